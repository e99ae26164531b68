// PunctAttacher: re-attaches punctuation once the rest of the tree is built.
//
// A greedy parser attaches a comma or a quote early, before it knows the
// clauses around it; punctuation heads are its most frequent error. In UD a
// punctuation mark hangs from a word whose subtree it does not break: a word
// on the path from its left neighbour up to the lowest common ancestor of
// its two neighbours, or on the path from its right neighbour up to it.
// After parsing, every word labelled punct without dependents is moved to
// the best of those candidates, as ranked by an averaged perceptron over the
// mark, the candidate's relation and tag, its side and height on the path,
// the distance and the neighbouring words. Trained on the treebank's trees
// (with predicted tags). Immutable once built; thread-safe.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "extract/parse/model_file.h"
#include "extract/parse/weights.h"
#include "extract/parse/word_features.h"

namespace kg::parse {

// A tree with what the attacher reads; index 0 is the root, words are 1..n.
struct PunctTree {
  std::vector<std::uint64_t> form;    // folded form hash
  std::vector<std::uint64_t> tag;     // tag index
  std::vector<int> heads;             // heads[w]
  std::vector<std::uint64_t> labels;  // hash of the universal relation of w
  std::vector<bool> movable;          // punct leaves the attacher may move
};

// The PunctTree of a sentence: words (0-based), their tag indices, and the
// tree as heads[w] and labels[w] for w = 1..n. Words labelled punct without
// dependents are movable.
PunctTree punct_tree(const std::vector<WordInfo>& words, const std::vector<int>& tags,
                     const std::vector<int>& heads, const std::vector<std::string>& labels);

struct PunctTrainingOptions {
  int epochs = 5;
  std::uint64_t seed = 1;
  std::function<void(const std::string&)> log;
};

class PunctAttacher {
 public:
  PunctAttacher() = default;

  // Moves every movable word of `tree` to its best candidate head.
  void attach(PunctTree& tree) const;

  // Percent of movable words whose head attach() gets right, starting from
  // trees whose punctuation has been detached.
  double accuracy(const std::vector<PunctTree>& trees) const;

  static PunctAttacher train(const std::vector<PunctTree>& train, const std::vector<PunctTree>& dev,
                             const PunctTrainingOptions& options);

  void write(ByteWriter& out) const;
  static PunctAttacher read(ByteReader& in);

 private:
  explicit PunctAttacher(CompactWeights weights) : weights_(std::move(weights)) {}
  CompactWeights weights_;
};

}  // namespace kg::parse
