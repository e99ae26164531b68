#include "extract/mentions/entity_table.h"

#include <algorithm>
#include <utility>

#include "base/name_fold.h"

namespace kg::extract {

bool compatible_types(EntityType a, EntityType b) {
  return a == b || a == EntityType::kOther || b == EntityType::kOther;
}

std::vector<std::string> folded_words(std::string_view name) {
  std::vector<std::string> out;
  std::size_t pos = 0;
  while (pos < name.size()) {
    while (pos < name.size() && (name[pos] == ' ' || name[pos] == '\t' || name[pos] == '\n')) ++pos;
    std::size_t end = pos;
    while (end < name.size() && name[end] != ' ' && name[end] != '\t' && name[end] != '\n') ++end;
    if (end > pos) out.push_back(fold_name(name.substr(pos, end - pos)));
    pos = end;
  }
  return out;
}

std::string initials(std::string_view name) {
  std::string out;
  bool word_start = true;
  for (const char c : name) {
    const bool blank = c == ' ' || c == '\t' || c == '\n';
    if (word_start && !blank && c >= 'A' && c <= 'Z') out += c;
    word_start = blank;
  }
  return out;
}

int EntityTable::add(std::string name, EntityType type) {
  const int e = static_cast<int>(entities_.size());
  entities_.push_back({std::move(name), type, {}, 0, {}, {}, false, {}, 0});
  words_.push_back(folded_words(entities_.back().name));
  index_name(e, entities_.back().name);
  index_person(e, true);
  index_initials(e, true);
  index_words(e, true);
  return e;
}

void EntityTable::add_alias(int e, const std::string& alias) {
  if ((*this)[e].aliases.insert(alias).second) index_name(e, alias);
}

void EntityTable::rename(int e, std::string name) {
  DocumentEntity& d = (*this)[e];
  if (name == d.name) return;
  index_person(e, false);
  index_initials(e, false);
  index_words(e, false);
  std::string old = std::exchange(d.name, std::move(name));
  words_[static_cast<std::size_t>(e)] = folded_words(d.name);
  index_name(e, d.name);
  d.aliases.insert(std::move(old));  // already indexed as the old name
  index_person(e, true);
  index_initials(e, true);
  index_words(e, true);
}

void EntityTable::set_type(int e, EntityType type) {
  if ((*this)[e].type == type) return;
  index_person(e, false);
  index_initials(e, false);
  index_words(e, false);
  (*this)[e].type = type;
  index_person(e, true);
  index_initials(e, true);
  index_words(e, true);
}

void EntityTable::index_name(int e, const std::string& name) {
  std::vector<int>& list = by_name_[fold_name(name)];
  if (std::find(list.begin(), list.end(), e) == list.end()) list.push_back(e);
}

void EntityTable::index_person(int e, bool add) {
  if ((*this)[e].type != EntityType::kPerson) return;
  for (const std::string& w : words_[static_cast<std::size_t>(e)]) {
    std::vector<int>& list = persons_by_word_[w];
    const auto it = std::find(list.begin(), list.end(), e);
    if (add && it == list.end()) list.push_back(e);
    if (!add && it != list.end()) list.erase(it);
  }
}

void EntityTable::index_initials(int e, bool add) {
  if ((*this)[e].type == EntityType::kPerson) return;
  const std::string key = initials((*this)[e].name);
  if (add) {
    by_initials_[key].insert(e);
  } else if (auto it = by_initials_.find(key); it != by_initials_.end()) {
    it->second.erase(e);
  }
}

void EntityTable::index_words(int e, bool add) {
  if ((*this)[e].type == EntityType::kPerson) return;
  for (const std::string& w : words_[static_cast<std::size_t>(e)]) {
    if (add) {
      by_word_[w].insert(e);
    } else if (auto it = by_word_.find(w); it != by_word_.end()) {
      it->second.erase(e);
    }
  }
}

std::vector<int> EntityTable::with_word(const std::string& word) const {
  const auto it = by_word_.find(word);
  if (it == by_word_.end()) return {};
  return {it->second.begin(), it->second.end()};
}

int EntityTable::find(std::string_view name, EntityType type) const {
  const auto it = by_name_.find(fold_name(name));
  if (it == by_name_.end()) return -1;
  int best = -1;
  for (const int e : it->second) {
    if (compatible_types((*this)[e].type, type) && (best < 0 || e < best)) best = e;
  }
  return best;
}

int EntityTable::person_containing(const std::vector<std::string>& words) const {
  const std::vector<int> all = persons_containing(words);
  return all.size() == 1 ? all.front() : -1;
}

std::vector<int> EntityTable::persons_containing(const std::vector<std::string>& words) const {
  auto contains = [](const std::vector<std::string>& big, const std::vector<std::string>& small) {
    return std::all_of(small.begin(), small.end(), [&](const std::string& x) {
      return std::find(big.begin(), big.end(), x) != big.end();
    });
  };
  // Every match shares a word with `words` (names have at least one word);
  // an empty `words` is contained in every person's name.
  std::set<int> candidates;
  if (words.empty()) {
    for (std::size_t e = 0; e < entities_.size(); ++e) {
      if (entities_[e].type == EntityType::kPerson) candidates.insert(static_cast<int>(e));
    }
  }
  for (const std::string& w : words) {
    if (const auto it = persons_by_word_.find(w); it != persons_by_word_.end())
      candidates.insert(it->second.begin(), it->second.end());
  }
  std::vector<int> found;
  for (const int e : candidates) {
    const std::vector<std::string>& dw = words_[static_cast<std::size_t>(e)];
    if (contains(dw, words) || contains(words, dw)) found.push_back(e);
  }
  return found;
}

int EntityTable::with_initials(const std::string& acronym) const {
  const auto it = by_initials_.find(acronym);
  return it == by_initials_.end() || it->second.empty() ? -1 : *it->second.begin();
}

}  // namespace kg::extract
