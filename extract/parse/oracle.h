// Oracles for the arc-hybrid system (transition.h) against a projective gold
// tree (gold_heads[w], gold_labels[w] for words 1..n; index 0 unused).
//
// static_oracle: the canonical derivation: LEFT when b0 is the gold head of
// s0, RIGHT when s1 is and s0 has no gold dependent left in the buffer,
// SHIFT otherwise. Following it from the start rebuilds the gold tree.
//
// move_costs and action_cost (the dynamic oracle of Goldberg and Nivre 2013):
// the number of gold arcs that become unreachable if a move is taken now, plus
// 1 when it builds a gold arc with the wrong label. For a projective gold tree
// this is how much the loss of the best reachable tree grows, so the
// zero-cost actions are the optimal ones from any configuration, including
// configurations reached after mistakes.
#pragma once

#include <vector>

#include "extract/parse/transition.h"

namespace kg::parse {

struct GoldTree {
  std::vector<int> heads;   // heads[w] for w = 1..n; heads[0] unused
  std::vector<int> labels;  // labels[w]
};

Action static_oracle(const Configuration& c, const GoldTree& gold);

// Costs of the three moves, unlabelled; kImpossible for a move not allowed.
struct MoveCosts {
  static constexpr int kImpossible = 1 << 20;
  int shift = kImpossible;
  int left = kImpossible;
  int right = kImpossible;
};
MoveCosts move_costs(const Configuration& c, const GoldTree& gold);

// The labelled cost of `a` (allowed in c) given the move costs.
int action_cost(const Configuration& c, const GoldTree& gold, const MoveCosts& costs, Action a);

}  // namespace kg::parse
