#include "extract/parse/transition.h"

namespace kg::parse {

Configuration::Configuration(int words, int root_label)
    : n_(words),
      root_label_(root_label),
      head_(static_cast<std::size_t>(words) + 1, kNone),
      label_(static_cast<std::size_t>(words) + 1, kNone),
      children_(static_cast<std::size_t>(words) + 1) {
  stack_.reserve(static_cast<std::size_t>(words) + 1);
  stack_.push_back(0);
}

bool Configuration::allowed(Action a) const {
  switch (a.move) {
    case Move::kShift:
      return can_shift();
    case Move::kLeft:
      return can_left() && a.label != root_label_;
    case Move::kRight:
      return can_right() && (a.label == root_label_) == right_is_root();
  }
  return false;
}

void Configuration::apply(Action a) {
  switch (a.move) {
    case Move::kShift:
      stack_.push_back(next_++);
      return;
    case Move::kLeft: {
      const int dependent = stack_.back();
      stack_.pop_back();
      attach(next_, dependent, a.label);
      return;
    }
    case Move::kRight: {
      const int dependent = stack_.back();
      stack_.pop_back();
      attach(stack_.back(), dependent, a.label);
      return;
    }
  }
}

void Configuration::attach(int head, int dependent, int label) {
  head_[dependent] = head;
  label_[dependent] = label;
  Children& c = children_[head];
  const int group = groups_ != nullptr ? (*groups_)[label] : label % 64;
  if (dependent < head) {
    // LEFT attaches dependents from the nearest outwards: the new one is leftmost.
    c.left2 = c.left1;
    c.left1 = dependent;
    ++c.left_count;
    c.left_labels |= std::uint64_t{1} << group;
  } else {
    // RIGHT attaches dependents from the nearest outwards: the new one is rightmost.
    c.right2 = c.right1;
    c.right1 = dependent;
    ++c.right_count;
    c.right_labels |= std::uint64_t{1} << group;
  }
}

}  // namespace kg::parse
