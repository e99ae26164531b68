#include "extract/parse/transition.h"

#include <doctest/doctest.h>

using namespace kg::parse;

namespace {
constexpr int kRoot = 0;  // label index of "root" in these tests
constexpr int kNsubj = 1;
constexpr int kObj = 2;
}  // namespace

TEST_CASE("action numbering round-trips") {
  CHECK(action_count(3) == 7);
  for (int a = 0; a < action_count(3); ++a) CHECK(action_index(action_at(a)) == a);
  CHECK(action_at(0).move == Move::kShift);
  CHECK(action_at(1).move == Move::kLeft);
  CHECK(action_at(1).label == 0);
  CHECK(action_at(6).move == Move::kRight);
  CHECK(action_at(6).label == 2);
}

TEST_CASE("initial configuration: root on the stack, every word in the buffer") {
  const Configuration c(3, kRoot);
  CHECK(c.stack(0) == 0);
  CHECK(c.stack(1) == Configuration::kNone);
  CHECK(c.buffer(0) == 1);
  CHECK(c.buffer(2) == 3);
  CHECK(c.buffer(3) == Configuration::kNone);
  CHECK_FALSE(c.terminal());
  CHECK(c.can_shift());
  CHECK_FALSE(c.can_left());   // the root cannot be a dependent
  CHECK_FALSE(c.can_right());  // nothing below s0
}

TEST_CASE("SHIFT moves b0 onto the stack") {
  Configuration c(2, kRoot);
  c.apply({Move::kShift, 0});
  CHECK(c.stack(0) == 1);
  CHECK(c.stack(1) == 0);
  CHECK(c.buffer(0) == 2);
  c.apply({Move::kShift, 0});
  CHECK(c.stack(0) == 2);
  CHECK_FALSE(c.can_shift());
  CHECK(c.buffer(0) == Configuration::kNone);
}

TEST_CASE("LEFT makes b0 the head of s0 and pops it") {
  Configuration c(2, kRoot);  // "She runs"
  c.apply({Move::kShift, 0});
  REQUIRE(c.can_left());
  CHECK(c.allowed({Move::kLeft, kNsubj}));
  CHECK_FALSE(c.allowed({Move::kLeft, kRoot}));  // root only for the last RIGHT
  c.apply({Move::kLeft, kNsubj});
  CHECK(c.head(1) == 2);
  CHECK(c.label(1) == kNsubj);
  CHECK(c.stack(0) == 0);
  CHECK(c.buffer(0) == 2);
  CHECK(c.children(2).left1 == 1);
  CHECK(c.children(2).left_count == 1);
  CHECK(c.children(2).left_labels == (std::uint64_t{1} << kNsubj));
}

TEST_CASE("RIGHT makes s1 the head of s0; the root's dependent comes last") {
  Configuration c(3, kRoot);  // "She eats fish": 2 -> 3 obj, 2 -> 1 nsubj
  c.apply({Move::kShift, 0});
  c.apply({Move::kLeft, kNsubj});
  c.apply({Move::kShift, 0});  // stack [0, 2], buffer [3]
  // Attaching 2 to the root while words remain in the buffer is not allowed.
  CHECK(c.stack_size() == 2);
  CHECK_FALSE(c.can_right());
  c.apply({Move::kShift, 0});  // stack [0, 2, 3]
  CHECK(c.can_right());
  CHECK_FALSE(c.right_is_root());
  CHECK(c.allowed({Move::kRight, kObj}));
  CHECK_FALSE(c.allowed({Move::kRight, kRoot}));
  CHECK_FALSE(c.can_left());  // empty buffer
  c.apply({Move::kRight, kObj});
  CHECK(c.head(3) == 2);
  CHECK(c.children(2).right1 == 3);
  CHECK(c.children(2).right_count == 1);
  // The last transition: stack [0, 2], empty buffer: RIGHT with label root only.
  CHECK(c.right_is_root());
  CHECK(c.allowed({Move::kRight, kRoot}));
  CHECK_FALSE(c.allowed({Move::kRight, kObj}));
  c.apply({Move::kRight, kRoot});
  CHECK(c.head(2) == 0);
  CHECK(c.label(2) == kRoot);
  CHECK(c.terminal());
}

TEST_CASE("dependents are recorded from the nearest outwards") {
  Configuration c(4, kRoot);  // 1 2 3 <- 4: LEFT twice onto 4
  c.apply({Move::kShift, 0});
  c.apply({Move::kShift, 0});
  c.apply({Move::kShift, 0});
  c.apply({Move::kLeft, kNsubj});  // 3 <- 4
  c.apply({Move::kLeft, kObj});    // 2 <- 4
  CHECK(c.children(4).left1 == 2);
  CHECK(c.children(4).left2 == 3);
  CHECK(c.children(4).left_count == 2);
  c.apply({Move::kShift, 0});     // stack [0, 1, 4]
  c.apply({Move::kRight, kObj});  // 1 -> 4
  CHECK(c.children(1).right1 == 4);
  c.apply({Move::kRight, kRoot});
  CHECK(c.terminal());
}

TEST_CASE("any sequence of allowed actions ends in a tree with one root word") {
  for (int n = 1; n <= 6; ++n) {
    for (int seed = 0; seed < 50; ++seed) {
      Configuration c(n, kRoot);
      unsigned state = static_cast<unsigned>(seed * 7919 + n);
      int steps = 0;
      while (!c.terminal()) {
        state = state * 1103515245u + 12345u;
        std::vector<Action> allowed;
        for (int a = 0; a < action_count(3); ++a)
          if (c.allowed(action_at(a))) allowed.push_back(action_at(a));
        REQUIRE_FALSE(allowed.empty());
        c.apply(allowed[(state >> 8) % allowed.size()]);
        ++steps;
      }
      CHECK(steps == 2 * n);
      int roots = 0;
      for (int w = 1; w <= n; ++w) {
        CHECK(c.head(w) != Configuration::kNone);
        roots += c.head(w) == 0;
        CHECK((c.head(w) == 0) == (c.label(w) == kRoot));
      }
      CHECK(roots == 1);
    }
  }
}
