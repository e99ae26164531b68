#include "extract/relations/conjunct_repair.h"

#include <string_view>

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

}  // namespace

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
