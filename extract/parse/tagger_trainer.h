// Training the Tagger: averaged perceptron, greedy decoding with the
// predicted tag history (as at run time), sentences shuffled each epoch by a
// seeded generator, the averaged weights of the epoch with the best dev UPOS
// accuracy kept. The same inputs and seed give the same Tagger.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "extract/parse/tagger.h"

namespace kg::parse {

struct TaggedSentence {
  std::vector<WordInfo> words;
  std::vector<int> tags;   // indices into the tag list
  std::vector<int> first;  // a first pass's tags, for training a second pass
};

struct TaggerTrainingOptions {
  int epochs = 10;
  std::uint64_t seed = 1;
  int lexicon_min_count = 2;
  double lexicon_min_share = 0.01;
  int min_weight = 1;   // quantised weights below this magnitude are dropped
  int min_updates = 1;  // features in fewer updates are dropped
  // Progress lines ("tagger epoch 3: dev upos 94.87"); may be empty.
  std::function<void(const std::string&)> log;
};

// UPOS accuracy (percent) of `tagger` on `sentences`.
double upos_accuracy(const Tagger& tagger, const std::vector<TaggedSentence>& sentences);

// Trains on `train` and keeps the best epoch on `dev` (the last epoch when
// dev is empty). `tags` lists the classes that tag indices refer to.
// With `first_pass`, trains the second pass of a two-pass tagger instead,
// reading the first-pass tags of the training sentences from their `first`
// (they should come from taggers that did not see them) and tagging the dev
// sentences with `first_pass`; the result has first_pass's first pass.
Tagger train_tagger(const std::vector<TaggedSentence>& train,
                    const std::vector<TaggedSentence>& dev, const std::vector<TagPair>& tags,
                    const TaggerTrainingOptions& options, const Tagger* first_pass = nullptr);

}  // namespace kg::parse
