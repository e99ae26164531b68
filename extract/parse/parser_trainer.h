// Training the Parser with the dynamic oracle (Goldberg and Nivre 2012,
// 2013): at each step the model's best allowed action is compared with the
// best-scoring zero-cost one; on a mistake the averaged perceptron moves
// towards the latter. From epoch `explore_from` on, the step taken is the
// model's own with probability `explore`, so training visits the
// configurations its mistakes lead to. Sentences are shuffled each epoch by a
// seeded generator; the epoch with the best dev LAS is kept. Same inputs and
// seed, same Parser.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "extract/parse/oracle.h"
#include "extract/parse/parser.h"

namespace kg::parse {

struct ParserExample {
  ParserSentence sentence;
  GoldTree gold;  // projectivised; labels index the parser's label list
};

// A dev sentence: what the parser reads (predicted tags) and the original tree.
struct ParserDevSentence {
  ParserSentence sentence;
  DependencyTree gold;
};

struct ParserTrainingOptions {
  int epochs = 15;
  std::uint64_t seed = 1;
  int explore_from = 2;  // first epoch that follows the model's own actions
  double explore = 0.9;
  int min_weight = 1;
  int min_updates = 1;  // features in fewer updates are dropped
  std::function<void(const std::string&)> log;
};

// UAS and LAS (percent; labels compared without subtypes, as in CoNLL 2018).
struct AttachmentScores {
  double uas = 0;
  double las = 0;
};
AttachmentScores attachment_scores(const Parser& parser,
                                   const std::vector<ParserDevSentence>& sentences);

Parser train_parser(const std::vector<ParserExample>& train,
                    const std::vector<ParserDevSentence>& dev,
                    const std::vector<std::string>& labels, const ParserTrainingOptions& options);

}  // namespace kg::parse
