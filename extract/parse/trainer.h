// Training a whole Model from treebanks:
//  - the lemmatiser from the training words;
//  - the sentence segmenter from the documents' sentence ends;
//  - the two-pass tagger by jackknifing: the training sentences are split
//    into folds, and each fold is tagged by taggers trained on the others,
//    first pass then second pass (which learns from first-pass tags of
//    sentences its first pass never saw); the final tagger learns from all;
//  - the parser on projectivised trees (encoded labels seen fewer than 5
//    times keep the lift but not the encoding) with the jackknifed tags and
//    their lemmas, so it learns from tags as wrong as those it will see; its
//    epochs are scored on the dev sentences as the final tagger tags them.
// Every component keeps its best dev epoch.
//
// Deterministic: the same sentences, options and seed give the same model
// bytes whatever the thread count (threads only run the segmenter and the
// taggers of different folds at once; each is trained from its own seed).
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "extract/parse/conllu.h"
#include "extract/parse/model.h"

namespace kg::parse {

struct TrainingOptions {
  std::uint64_t seed = 1;
  int parser_epochs = 15;
  int tagger_epochs = 10;
  int folds = 5;    // jackknife folds; 0 or 1: train the parser on gold tags
  int threads = 2;  // taggers trained at once
  // Pruning (see AveragedPerceptron::average): features in fewer updates,
  // and weights below this magnitude (of 255), are dropped.
  int parser_min_updates = 3;
  int tagger_min_updates = 2;
  int parser_min_weight = 2;
  int tagger_min_weight = 2;
  std::function<void(const std::string&)> log;  // progress lines, may be empty
};

// Every training sentence must be a tree (check_tree); dev sentences too.
Result<Model> train_model(const std::vector<Sentence>& train, const std::vector<Sentence>& dev,
                          const TrainingOptions& options);

}  // namespace kg::parse
