// Parser: greedy arc-hybrid dependency parsing with a linear model. At each
// step the allowed action with the highest score (CompactWeights over
// parser_features) is taken; the result is always a tree with one root word.
// Labels may carry the pseudo-projective encoding ("obl^advcl"); parse_tree
// decodes it. Immutable once built; parse is const and thread-safe.
#pragma once

#include <string>
#include <vector>

#include "extract/parse/model_file.h"
#include "extract/parse/parser_features.h"
#include "extract/parse/weights.h"

namespace kg::parse {

// A dependency tree: heads[w] and labels[w] for words 1..n (index 0 unused).
struct DependencyTree {
  std::vector<int> heads;
  std::vector<std::string> labels;
};

class Parser {
 public:
  Parser() = default;
  // `labels` lists the label strings (encoded ones included), one of them "root".
  Parser(std::vector<std::string> labels, CompactWeights weights);

  const std::vector<std::string>& labels() const { return labels_; }
  int root_label() const { return root_label_; }
  const std::vector<int>& label_groups() const { return groups_; }
  const CompactWeights& weights() const { return weights_; }

  // The best-scoring action among the allowed ones, given the scores; with
  // `runner_up`, the best score among the other allowed actions goes there
  // (the best's own score when it is the only one allowed).
  static int best_allowed(const Configuration& c, const std::vector<std::int32_t>& scores,
                          int labels, std::int32_t* runner_up = nullptr);

  // Heads and label indices of words 1..n as the transitions built them.
  // With `margins`, margins[w] is how far the transition that attached word
  // w scored above the best other allowed one (0 = a tie; the last, forced
  // transition gets the largest int): how sure the parser was of w's arc.
  void parse(const ParserSentence& sentence, std::vector<int>& heads, std::vector<int>& labels,
             std::vector<int>* margins = nullptr) const;

  // The parse with labels as strings and lifted arcs put back.
  DependencyTree parse_tree(const ParserSentence& sentence,
                            std::vector<int>* margins = nullptr) const;

  void write(ByteWriter& out) const;
  static Parser read(ByteReader& in);

 private:
  std::vector<std::string> labels_;
  std::vector<int> groups_;  // universal relation group (0..63) of each label
  int root_label_ = -1;
  CompactWeights weights_;
};

}  // namespace kg::parse
