// The user's entity decisions (`--aliases FILE` of kg build and kg add): two
// names that are one entity, or two names that are never the same entity.
// KnowledgeGraph::add_entity applies them where documents' entity records are
// merged across documents, so a build and a store's graph agree.
//
// File format: UTF-8 text, one decision a line, fields separated by one tab:
//   same<TAB>NAME A<TAB>NAME B        the entities named A and B are one
//   different<TAB>NAME A<TAB>NAME B   an entity named A never joins one named B
// Blank lines and lines whose first non-blank character is '#' are ignored;
// a trailing CR is dropped. Names are compared as entity names are across
// documents (fold_name: case, diacritics, white space), against an entity
// record's canonical name and an entity's canonical name (not aliases).
// Errors: an unknown keyword, a line without exactly three fields, an empty
// name, a pair whose names fold to the same key, a pair declared both "same"
// and "different".
#pragma once

#include <map>
#include <set>
#include <string>
#include <string_view>

#include "kg/status.h"

namespace kg {

struct AliasDecisions {
  // Folded name -> the folded names it is declared the same as / different
  // from; both directions are stored.
  std::map<std::string, std::set<std::string>> same;
  std::map<std::string, std::set<std::string>> different;
  // The text the decisions were read from (what a store records).
  std::string text;

  bool empty() const { return same.empty() && different.empty(); }
  // Whether the folded names `a` and `b` were declared one entity / apart.
  bool forced(const std::string& a, const std::string& b) const;
  bool apart(const std::string& a, const std::string& b) const;
};

// Parses the decisions in `text`. Errors are InvalidInput
// "SOURCE: line N: cause", one line.
Result<AliasDecisions> parse_aliases(std::string_view text, const std::string& source);

// Reads and parses the aliases file at `path` (errors name `path`).
Result<AliasDecisions> load_aliases_file(const std::string& path);

}  // namespace kg
