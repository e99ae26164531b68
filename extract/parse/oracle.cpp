#include "extract/parse/oracle.h"

namespace kg::parse {
namespace {

// Whether any buffer word has gold head `word`.
int dependents_in_buffer(const Configuration& c, const GoldTree& gold, int word) {
  int count = 0;
  for (int b = c.buffer_begin(); b <= c.words(); ++b) count += gold.heads[b] == word;
  return count;
}

bool in_buffer(const Configuration& c, int word) { return word >= c.buffer_begin(); }

}  // namespace

Action static_oracle(const Configuration& c, const GoldTree& gold) {
  const int s0 = c.stack(0);
  const int s1 = c.stack(1);
  const int b0 = c.buffer(0);
  if (b0 != Configuration::kNone && s0 != 0 && gold.heads[s0] == b0)
    return {Move::kLeft, gold.labels[s0]};
  if (s1 != Configuration::kNone && gold.heads[s0] == s1 &&
      dependents_in_buffer(c, gold, s0) == 0 && (s1 != 0 || b0 == Configuration::kNone))
    return {Move::kRight, gold.labels[s0]};
  if (c.can_shift()) return {Move::kShift, 0};
  // Only reachable from a configuration off the gold path.
  return {Move::kRight, c.right_is_root() ? c.root_label() : gold.labels[s0]};
}

MoveCosts move_costs(const Configuration& c, const GoldTree& gold) {
  MoveCosts costs;
  const int s0 = c.stack(0);
  const int s1 = c.stack(1);
  const int b0 = c.buffer(0);
  if (c.can_left() || c.can_right()) {
    // s0 is popped by LEFT and RIGHT: its dependents still in the buffer are lost.
    const int lost_dependents = dependents_in_buffer(c, gold, s0);
    const int h = gold.heads[s0];
    if (c.can_left()) {
      const bool head_lost = h != b0 && (h == s1 || in_buffer(c, h));
      costs.left = lost_dependents + head_lost;
    }
    if (c.can_right()) {
      const bool head_lost = h != s1 && in_buffer(c, h);
      costs.right = lost_dependents + head_lost;
    }
  }
  if (c.can_shift()) {
    // b0 goes onto the stack: a head deeper than s0, and dependents on the stack, are lost.
    int lost = 0;
    const int h = gold.heads[b0];
    for (const int item : c.stack_items()) {
      if (item != s0 && item == h) ++lost;
      if (item != 0 && gold.heads[item] == b0) ++lost;
    }
    costs.shift = lost;
  }
  return costs;
}

int action_cost(const Configuration& c, const GoldTree& gold, const MoveCosts& costs, Action a) {
  switch (a.move) {
    case Move::kShift:
      return costs.shift;
    case Move::kLeft: {
      const int s0 = c.stack(0);
      return costs.left + (gold.heads[s0] == c.buffer(0) && gold.labels[s0] != a.label);
    }
    case Move::kRight: {
      const int s0 = c.stack(0);
      return costs.right + (gold.heads[s0] == c.stack(1) && gold.labels[s0] != a.label);
    }
  }
  return MoveCosts::kImpossible;
}

}  // namespace kg::parse
