// EntityTable: the entities of one document while they are being resolved,
// with the lookups entity resolution needs (by folded name or alias, by the
// words of person names, by initials), each an index kept up to date as names,
// aliases and types change, so that resolving a document costs time in
// proportion to its mentions, not to mentions times entities.
#pragma once

#include <cstddef>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "kg/graph.h"

namespace kg::extract {

struct DocumentEntity {
  std::string name;
  EntityType type = EntityType::kOther;
  std::set<std::string> aliases;
  int mentions = 0;
  std::string country;  // country the entity is tied to by a title or demonym, if any
  std::string roles;    // folded titles and the names they point at, space separated
  // The type was guessed from the shape of a name: a typed mention may change it.
  bool type_guessed = false;
  // Common nouns the text describes the entity with ("drugmaker", "group").
  std::set<std::string> descriptors;
  int first_sentence = 0;  // the sentence of the mention that created it
};

// Two types that may name the same entity: equal, or one of them unknown.
bool compatible_types(EntityType a, EntityType b);

// The folded words of a name ("To  Lam" -> {"to", "lam"}).
std::vector<std::string> folded_words(std::string_view name);

// The capital initials of a name's words ("Communist Party of Vietnam" -> "CPV").
std::string initials(std::string_view name);

class EntityTable {
 public:
  // Adds an entity; returns its index (entities are never removed).
  int add(std::string name, EntityType type);
  // Adds `alias` to entity e's aliases.
  void add_alias(int e, const std::string& alias);
  // Makes `name` entity e's canonical name; the old one becomes an alias.
  void rename(int e, std::string name);
  void set_type(int e, EntityType type);

  // The lowest-numbered entity of a type compatible with `type` that has
  // `name` as its name or an alias (compared folded); -1 if none.
  int find(std::string_view name, EntityType type) const;
  // The one person whose name's words contain all of `words`, or whose words
  // are all among `words`; -1 if none or more than one.
  int person_containing(const std::vector<std::string>& words) const;
  // All such persons, lowest-numbered first.
  std::vector<int> persons_containing(const std::vector<std::string>& words) const;
  // Entities that are not persons with the folded word `word` in their name.
  std::vector<int> with_word(const std::string& word) const;
  // The lowest-numbered entity that is not a person and whose name's initials
  // are `acronym`; -1 if none.
  int with_initials(const std::string& acronym) const;

  DocumentEntity& operator[](int e) { return entities_[static_cast<std::size_t>(e)]; }
  const DocumentEntity& operator[](int e) const { return entities_[static_cast<std::size_t>(e)]; }
  std::size_t size() const { return entities_.size(); }
  std::vector<DocumentEntity> release() { return std::move(entities_); }

 private:
  void index_name(int e, const std::string& name);
  void index_person(int e, bool add);
  void index_initials(int e, bool add);
  void index_words(int e, bool add);

  std::vector<DocumentEntity> entities_;
  std::unordered_map<std::string, std::vector<int>> by_name_;  // folded name or alias
  std::unordered_map<std::string, std::vector<int>> persons_by_word_;
  std::map<std::string, std::set<int>> by_initials_;  // entities that are not persons
  std::map<std::string, std::set<int>> by_word_;      // entities that are not persons
  std::vector<std::vector<std::string>> words_;       // per entity: folded_words(name)
};

}  // namespace kg::extract
