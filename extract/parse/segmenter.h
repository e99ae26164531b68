// SentenceSegmenter: finds the sentence ends that punctuation does not mark.
//
// Web text (EWT's reviews, e-mails and answers) often starts sentences in
// lower case, leaves out the final period or runs a signature into the next
// line; a rule-based splitter leaves such runs together. The segmenter reads
// the tokens of one such run and decides, left to right, after which tokens
// a sentence ends: an averaged perceptron over the words and shapes around
// the gap and the number of tokens since the last end. It is trained on the
// sentence boundaries of the treebank's documents (sentences joined as raw
// text, tokenised as the treebank has them) and only proposes ends where
// whitespace separates two tokens. Immutable once built; thread-safe.
#pragma once

#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "extract/parse/model_file.h"
#include "extract/parse/weights.h"

namespace kg::parse {

// One token as the segmenter sees it.
struct SegmenterToken {
  std::string_view form;
  bool space_after = true;
};

// A document for training: its tokens and, for each, whether a sentence ends
// after it.
struct SegmenterDocument {
  std::vector<std::string> forms;
  std::vector<bool> space_after;
  std::vector<bool> ends;
};

struct SegmenterTrainingOptions {
  int epochs = 6;
  std::uint64_t seed = 1;
  std::function<void(const std::string&)> log;
};

class SentenceSegmenter {
 public:
  SentenceSegmenter() = default;

  // Indices i such that a sentence ends after tokens[i] (i + 1 < size).
  std::vector<std::size_t> ends(std::span<const SegmenterToken> tokens) const;

  // Precision, recall and F1 (percent) of the sentence ends inside the
  // documents (their last token excluded).
  struct Scores {
    double precision = 0;
    double recall = 0;
    double f1 = 0;
  };
  Scores evaluate(const std::vector<SegmenterDocument>& documents) const;

  // Trains on `train`, keeping the epoch with the best F1 on `dev` (the last
  // when dev is empty).
  static SentenceSegmenter train(const std::vector<SegmenterDocument>& train,
                                 const std::vector<SegmenterDocument>& dev,
                                 const SegmenterTrainingOptions& options);

  void write(ByteWriter& out) const;
  static SentenceSegmenter read(ByteReader& in);

 private:
  explicit SentenceSegmenter(CompactWeights weights) : weights_(std::move(weights)) {}
  CompactWeights weights_;
};

}  // namespace kg::parse
