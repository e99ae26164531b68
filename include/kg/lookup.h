// Finding entities by the names users type: exact lookup that reports
// ambiguity instead of guessing, suggestions for misspelt names, and search
// by part of a name. Names are compared folded (kg's fold_name: case,
// diacritics, white space), over canonical names and aliases.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "kg/graph.h"

namespace kg {

// The number of relations that touch `v` (in and out, parallel ones each).
std::size_t relation_degree(const KnowledgeGraph& g, Vertex v);

// The answer to "which entity is NAME?".
//   matches: the entities NAME names at the first level that matches
//     (KnowledgeGraph::find_all): one means found, several that the name is
//     ambiguous (every candidate, most relations first, then by name);
//   suggestions: when nothing matches, up to `max_suggestions` entities whose
//     name or an alias is close to NAME (closest first, then most relations,
//     then by name): the edit distance between the folded names as a whole,
//     or word by word (each word of NAME against the closest word of the
//     entity's name, so "Ramaposa" finds "Cyril Ramaphosa"), is at most a
//     third of NAME's length (at least 1). Empty when nothing is close.
struct EntityLookup {
  std::vector<Vertex> matches;
  std::vector<Vertex> suggestions;
};
EntityLookup lookup_entity(const KnowledgeGraph& g, std::string_view name,
                           std::size_t max_suggestions = 5);

// The entities whose folded name or an alias contains folded `text`: those
// whose name equals it first, then those whose name starts with it, then the
// rest; within each, most relations first, then by name. Empty for empty text.
std::vector<Vertex> search_entities(const KnowledgeGraph& g, std::string_view text);

}  // namespace kg
