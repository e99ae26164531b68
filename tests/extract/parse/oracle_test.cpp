#include "extract/parse/oracle.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <functional>

#include "extract/parse/projectivize.h"

using namespace kg::parse;

namespace {

constexpr int kRoot = 0;
constexpr int kLabels = 3;  // root, dep, other

// Every head assignment of n words that is a projective tree with one root word.
std::vector<std::vector<int>> projective_trees(int n) {
  std::vector<std::vector<int>> trees;
  std::vector<int> heads(static_cast<std::size_t>(n) + 1, 0);
  std::function<void(int)> assign = [&](int w) {
    if (w > n) {
      if (std::count(heads.begin() + 1, heads.end(), 0) != 1) return;
      // Acyclic: every word reaches 0.
      for (int v = 1; v <= n; ++v) {
        int x = v;
        int steps = 0;
        while (x != 0 && steps++ <= n) x = heads[x];
        if (x != 0) return;
      }
      if (is_projective(heads)) trees.push_back(heads);
      return;
    }
    for (int h = 0; h <= n; ++h) {
      if (h == w) continue;
      heads[w] = h;
      assign(w + 1);
    }
  };
  assign(1);
  return trees;
}

GoldTree gold_of(const std::vector<int>& heads) {
  GoldTree g;
  g.heads = heads;
  g.labels.assign(heads.size(), 1);
  for (std::size_t w = 1; w < heads.size(); ++w)
    if (heads[w] == 0) g.labels[w] = kRoot;
  return g;
}

// Errors (wrong head or label) of the best tree reachable from c, by search.
int best_reachable_loss(const Configuration& c, const GoldTree& gold) {
  if (c.terminal()) {
    int loss = 0;
    for (int w = 1; w <= c.words(); ++w)
      loss += c.head(w) != gold.heads[w] || c.label(w) != gold.labels[w];
    return loss;
  }
  int best = 1 << 20;
  for (int a = 0; a < action_count(kLabels); ++a) {
    if (!c.allowed(action_at(a))) continue;
    Configuration next = c;
    next.apply(action_at(a));
    best = std::min(best, best_reachable_loss(next, gold));
  }
  return best;
}

}  // namespace

TEST_CASE("the static oracle rebuilds every projective tree of up to 6 words") {
  int checked = 0;
  for (int n = 1; n <= 6; ++n) {
    for (const std::vector<int>& heads : projective_trees(n)) {
      const GoldTree gold = gold_of(heads);
      Configuration c(n, kRoot);
      while (!c.terminal()) {
        const Action a = static_oracle(c, gold);
        REQUIRE(c.allowed(a));
        c.apply(a);
      }
      for (int w = 1; w <= n; ++w) {
        CHECK(c.head(w) == heads[w]);
        CHECK(c.label(w) == gold.labels[w]);
      }
      ++checked;
    }
  }
  CHECK(checked == 1 + 2 + 7 + 30 + 143 + 728);  // projective trees with one root word
}

TEST_CASE("the static oracle's actions all cost zero") {
  for (const std::vector<int>& heads : projective_trees(5)) {
    const GoldTree gold = gold_of(heads);
    Configuration c(5, kRoot);
    while (!c.terminal()) {
      const Action a = static_oracle(c, gold);
      CHECK(action_cost(c, gold, move_costs(c, gold), a) == 0);
      c.apply(a);
    }
  }
}

TEST_CASE("dynamic-oracle costs on hand-made configurations") {
  // "she gave him books": 1 <- 2 -> 3, 2 -> 4, root 2.
  const GoldTree gold = gold_of({0, 2, 0, 2, 2});
  Configuration c(4, kRoot);
  // Stack [0, 1], buffer [2 3 4].
  c.apply({Move::kShift, 0});
  MoveCosts m = move_costs(c, gold);
  CHECK(m.left == 0);   // 1 <- 2 is gold
  CHECK(m.shift == 2);  // pushing 2 over 1 loses 1 <- 2, and 0 -> 2 (1 stays between)
  CHECK(m.right == MoveCosts::kImpossible);
  CHECK(action_cost(c, gold, m, {Move::kLeft, 1}) == 0);
  CHECK(action_cost(c, gold, m, {Move::kLeft, 2}) == 1);  // right arc, wrong label

  // Mistake: shift 2 anyway. Stack [0, 1, 2], buffer [3 4]; the arcs 1 <- 2
  // and 0 -> 2 are out of reach now (1 lies between 0 and 2 on the stack).
  c.apply({Move::kShift, 0});
  m = move_costs(c, gold);
  CHECK(m.right == 2);  // popping 2 loses its dependents 3 and 4
  CHECK(m.left == 2);   // the same
  CHECK(m.shift == 0);  // 3 can still take RIGHT onto 2

  // Stack [0, 1, 2, 3], buffer [4].
  c.apply({Move::kShift, 0});
  m = move_costs(c, gold);
  CHECK(m.right == 0);  // 2 -> 3 is gold
  CHECK(m.left == 1);   // 3 <- 4 would lose 3's head 2
  CHECK(m.shift == 1);  // 4 would lie above 3 and lose its head 2
}

TEST_CASE("dynamic-oracle costs equal the growth of the best reachable loss") {
  // Exhaustive over every projective tree of up to 5 words and every
  // configuration reachable from the start.
  int configurations = 0;
  for (int n = 1; n <= 5; ++n) {
    for (const std::vector<int>& heads : projective_trees(n)) {
      const GoldTree gold = gold_of(heads);
      std::function<void(const Configuration&, int)> visit = [&](const Configuration& c,
                                                                 int depth) {
        if (c.terminal() || depth > 3) return;
        const int before = best_reachable_loss(c, gold);
        const MoveCosts m = move_costs(c, gold);
        for (int a = 0; a < action_count(kLabels); ++a) {
          if (!c.allowed(action_at(a))) continue;
          Configuration next = c;
          next.apply(action_at(a));
          const int growth = best_reachable_loss(next, gold) - before;
          CHECK(action_cost(c, gold, m, action_at(a)) == growth);
          visit(next, depth + 1);
        }
        ++configurations;
      };
      visit(Configuration(n, kRoot), 0);
    }
  }
  CHECK(configurations > 1000);
}
