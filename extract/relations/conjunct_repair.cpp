#include "extract/relations/conjunct_repair.h"

#include <string_view>

#include "base/letters.h"
#include "extract/lexicon/word_lists.h"
#include "extract/openie/clause_repair.h"
#include "extract/text/word_shape.h"

namespace kg::extract {
namespace {

// How far up a modifier chain the conjunct's partner may sit ("A of the
// University of X and B": University, then A).
constexpr int kMaxClimb = 4;

bool modifier_arc(std::string_view deprel) {
  const std::string_view universal = deprel.substr(0, deprel.find(':'));
  return universal == "nmod" || universal == "appos" || universal == "flat" ||
         universal == "compound";
}

// Whether plural noun `form` counts entities of type `t`.
bool counts(const Lexicon& lex, const std::string& form, EntityType t) {
  const std::string noun = singular_noun(ascii_lower(form));
  if (noun.empty()) return false;
  const auto kind = lex.descriptor_kind(noun);
  switch (t) {
    case EntityType::kPlace:
      return kind == DescriptorKind::kPlace || lex.keyword_type(noun) == EntityType::kPlace;
    case EntityType::kCountry:
      return words::contains(words::kCountryNouns, noun);
    case EntityType::kOrganization:
      return kind == DescriptorKind::kOrganisation ||
             lex.keyword_type(noun) == EntityType::kOrganization;
    case EntityType::kPerson:
      return lex.is_role_noun(noun) || kind == DescriptorKind::kOccupation ||
             kind == DescriptorKind::kPlayer;
    default:
      return false;
  }
}

// Moves the list whose first item is word `item`, introduced by word
// `intro` ("including", ":"), to the nearest plural noun before `intro` that
// counts things of the item's type, with relation `deprel`; true if moved.
bool move_list(parse::Sentence& tree, const std::vector<EntityType>& types, const Lexicon& lex,
               int intro, int item, const char* deprel) {
  auto word = [&](int w) -> parse::Word& { return tree.words[static_cast<std::size_t>(w)]; };
  const EntityType type = types[static_cast<std::size_t>(item)];
  if (type == EntityType::kOther) return false;
  auto noun_for = [&](int w) {
    return w >= 0 && word(w).upos == "NOUN" && word(w).xpos == "NNS" &&
           counts(lex, word(w).form, type);
  };
  if (noun_for(word(item).head - 1)) return false;
  int target = -1;
  for (int w = intro - 1; w >= 0 && target < 0; --w) {
    if (word(w).form == ";") break;
    if (noun_for(w)) target = w;
  }
  if (target < 0) return false;
  // The noun must not hang from the list itself.
  if (hangs_from(tree, target, item)) return false;
  word(item).head = target + 1;
  word(item).deprel = deprel;
  return true;
}

}  // namespace

int repair_including_lists(parse::Sentence& tree, const std::vector<EntityType>& types,
                           const Lexicon& lex) {
  const int n = static_cast<int>(tree.words.size());
  if (static_cast<int>(types.size()) != n) return 0;
  int moved = 0;
  for (int i = 1; i < n; ++i) {
    const parse::Word& w = tree.words[static_cast<std::size_t>(i)];
    if (ascii_lower(w.form) != "including" || w.deprel != "case" || w.head - 1 <= i) continue;
    if (move_list(tree, types, lex, i, w.head - 1, "nmod")) ++moved;
  }
  return moved;
}

int repair_colon_lists(parse::Sentence& tree, const std::vector<EntityType>& types,
                       const Lexicon& lex) {
  const int n = static_cast<int>(tree.words.size());
  if (static_cast<int>(types.size()) != n) return 0;
  auto word = [&](int w) -> parse::Word& { return tree.words[static_cast<std::size_t>(w)]; };
  int colon = 1;
  while (colon + 1 < n && word(colon).form != ":") ++colon;
  if (colon + 1 >= n) return 0;
  const int first = colon + 1;
  const EntityType type = types[static_cast<std::size_t>(first)];
  if (type == EntityType::kOther) return 0;
  // Only a list: names of the first one's type, numbers ("Mali (2021)"),
  // brackets, commas and "and" to the end of the sentence.
  std::vector<int> starts;
  for (int w = first; w < n; ++w) {
    const std::string& f = word(w).form;
    if (types[static_cast<std::size_t>(w)] == type) {
      if (w > first && (word(w - 1).form == "," || ascii_lower(word(w - 1).form) == "and"))
        starts.push_back(w);
      continue;
    }
    if (f != "," && f != "(" && f != ")" && f != "." && ascii_lower(f) != "and" &&
        word(w).upos != "NUM")
      return 0;
  }
  int changed = move_list(tree, types, lex, colon, first, "appos") ? 1 : 0;
  // Each later item a conjunct of the first, however the parser hung it.
  for (int w : starts) {
    if (hangs_from(tree, first, w) || (word(w).deprel == "conj" && word(w).head - 1 == first))
      continue;
    word(w).head = first + 1;
    word(w).deprel = "conj";
    changed = 1;
  }
  return changed;
}

int repair_conjuncts(parse::Sentence& tree, const std::vector<EntityType>& types) {
  const int n = static_cast<int>(tree.words.size());
  if (static_cast<int>(types.size()) != n) return 0;
  auto type = [&](int w) { return types[static_cast<std::size_t>(w)]; };
  auto word = [&](int w) -> parse::Word& { return tree.words[static_cast<std::size_t>(w)]; };
  int moved = 0;
  for (int c = 0; c < n; ++c) {
    if (word(c).deprel != "conj") continue;
    const int head = word(c).head - 1;
    if (head < 0 || head >= c || type(c) == EntityType::kOther ||
        type(head) == EntityType::kOther || type(head) == type(c))
      continue;
    int x = head;
    for (int step = 0; step < kMaxClimb && x >= 0 && modifier_arc(word(x).deprel); ++step) {
      const int up = word(x).head - 1;
      if (up < 0) break;
      if (type(up) == type(c) && up < head) {
        word(c).head = up + 1;
        ++moved;
        break;
      }
      x = up;
    }
  }
  return moved;
}

}  // namespace kg::extract
