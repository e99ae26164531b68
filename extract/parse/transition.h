// The arc-hybrid transition system (Kuhlmann, Gomez-Rodriguez and Satta
// 2011) over words 1..n with the artificial root 0 at the bottom of the
// stack:
//   SHIFT     moves the first buffer word b0 onto the stack;
//   LEFT(l)   makes b0 the head of the stack top s0 (label l) and pops s0;
//   RIGHT(l)  makes the word below the top, s1, the head of s0 and pops s0.
// Preconditions keep every terminal configuration a tree with one root word:
// SHIFT needs a buffer word; LEFT needs a buffer word and s0 != 0; RIGHT
// needs s1 != 0, except that the root's single dependent is attached by the
// very last transition (buffer empty, stack [0, s0]), always labelled root.
// No configuration is a dead end: with an empty buffer RIGHT is possible
// until the stack is [0].
//
// Actions are numbered for the classifier: 0 SHIFT, 1 + 2l LEFT(l),
// 2 + 2l RIGHT(l), with l < label count.
#pragma once

#include <cstdint>
#include <vector>

namespace kg::parse {

enum class Move : std::uint8_t { kShift, kLeft, kRight };

struct Action {
  Move move = Move::kShift;
  int label = 0;
};

inline int action_index(Action a) {
  return a.move == Move::kShift ? 0 : (a.move == Move::kLeft ? 1 : 2) + 2 * a.label;
}
inline Action action_at(int index) {
  if (index == 0) return {Move::kShift, 0};
  return {(index % 2 == 1) ? Move::kLeft : Move::kRight, (index - 1) / 2};
}
inline int action_count(int labels) { return 1 + 2 * labels; }

class Configuration {
 public:
  static constexpr int kNone = -1;

  // Words 1..words; `root_label` is the label index of "root".
  Configuration(int words, int root_label);

  int words() const { return n_; }
  int root_label() const { return root_label_; }

  // Stack item i from the top (0 = s0) and buffer item i (0 = b0), or kNone.
  int stack(int i) const {
    return i < static_cast<int>(stack_.size()) ? stack_[stack_.size() - 1 - i] : kNone;
  }
  int buffer(int i) const { return next_ + i <= n_ ? next_ + i : kNone; }
  int stack_size() const { return static_cast<int>(stack_.size()); }
  const std::vector<int>& stack_items() const { return stack_; }  // bottom first
  int buffer_begin() const { return next_; }                      // buffer is next_..n

  bool terminal() const { return next_ > n_ && stack_.size() == 1; }
  bool can_shift() const { return next_ <= n_; }
  bool can_left() const { return next_ <= n_ && stack_.size() >= 2; }
  bool can_right() const { return stack_.size() >= 3 || (stack_.size() == 2 && next_ > n_); }
  // Whether `a` is allowed here, labels included (root only for the last RIGHT).
  bool allowed(Action a) const;
  // The label RIGHT must take now: the root label for the last transition,
  // kNone when any other label may be used.
  bool right_is_root() const { return stack_.size() == 2; }

  // Applies an allowed action.
  void apply(Action a);

  // The tree built so far: head and label per word (index 0 unused), kNone
  // while a word has no head.
  int head(int word) const { return head_[word]; }
  int label(int word) const { return label_[word]; }

  // Dependents: the leftmost and second leftmost, the rightmost and second
  // rightmost, counts on each side, and the set of their universal labels
  // (bit i for universal label id i < 64, see set_label_groups).
  struct Children {
    int left1 = kNone;
    int left2 = kNone;
    int right1 = kNone;
    int right2 = kNone;
    int left_count = 0;
    int right_count = 0;
    std::uint64_t left_labels = 0;
    std::uint64_t right_labels = 0;
  };
  const Children& children(int word) const { return children_[word]; }

  // Maps each label to a group bit (0..63) for the label sets; by default
  // the label index modulo 64.
  void set_label_groups(const std::vector<int>* groups) { groups_ = groups; }

 private:
  void attach(int head, int dependent, int label);

  int n_;
  int root_label_;
  int next_ = 1;
  std::vector<int> stack_;
  std::vector<int> head_;
  std::vector<int> label_;
  std::vector<Children> children_;
  const std::vector<int>* groups_ = nullptr;
};

}  // namespace kg::parse
