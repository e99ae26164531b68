#include "extract/parse/tagger_trainer.h"

#include <algorithm>
#include <cstdio>
#include <numeric>

#include "extract/parse/hash.h"
#include "extract/parse/perceptron.h"

namespace kg::parse {

double upos_accuracy(const Tagger& tagger, const std::vector<TaggedSentence>& sentences) {
  std::size_t right = 0;
  std::size_t total = 0;
  for (const TaggedSentence& s : sentences) {
    const std::vector<int> predicted = tagger.tag(s.words);
    for (std::size_t i = 0; i < predicted.size(); ++i) {
      right += tagger.tags()[predicted[i]].upos == tagger.tags()[s.tags[i]].upos;
      ++total;
    }
  }
  return total == 0 ? 0.0 : 100.0 * static_cast<double>(right) / static_cast<double>(total);
}

Tagger train_tagger(const std::vector<TaggedSentence>& train,
                    const std::vector<TaggedSentence>& dev, const std::vector<TagPair>& tags,
                    const TaggerTrainingOptions& options, const Tagger* first_pass) {
  TagLexicon lexicon;
  for (const TaggedSentence& s : train)
    for (std::size_t i = 0; i < s.words.size(); ++i)
      lexicon.count(s.words[i].lower, s.tags[i], i > 0, s.words[i].capitalised);
  lexicon.finish(options.lexicon_min_count, options.lexicon_min_share);

  const int classes = static_cast<int>(tags.size());
  AveragedPerceptron model(classes);
  std::vector<std::size_t> order(train.size());
  std::iota(order.begin(), order.end(), 0);
  Rng rng(options.seed);
  std::vector<std::uint64_t> features;
  std::vector<std::int32_t> scores(tags.size());
  std::vector<int> history;
  Tagger best;
  double best_score = -1;
  for (int epoch = 1; epoch <= options.epochs; ++epoch) {
    for (std::size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng.below(i)]);
    std::size_t errors = 0;
    std::size_t words = 0;
    for (const std::size_t index : order) {
      const TaggedSentence& s = train[index];
      TaggerInput input(s.words, &lexicon);
      history.assign(s.words.size(), 0);
      for (std::size_t i = 0; i < s.words.size(); ++i) {
        features.clear();
        tagger_features(input, i, history, features);
        if (first_pass != nullptr) stacked_features(input, i, history, s.first, features);
        std::fill(scores.begin(), scores.end(), 0);
        model.add_scores(features, scores.data());
        const int guess =
            static_cast<int>(std::max_element(scores.begin(), scores.end()) - scores.begin());
        if (guess != s.tags[i]) {
          model.update(features, s.tags[i], guess);
          ++errors;
        }
        history[i] = guess;
        model.tick();
        ++words;
      }
    }
    CompactWeights weights = model.average(options.min_weight, options.min_updates);
    Tagger candidate = first_pass == nullptr
                           ? Tagger(tags, lexicon, std::move(weights))
                           : Tagger(tags, lexicon, first_pass->weights(), std::move(weights));
    const double score = dev.empty() ? static_cast<double>(epoch) : upos_accuracy(candidate, dev);
    if (options.log) {
      char line[160];
      std::snprintf(
          line, sizeof line, "tagger %s epoch %d: train errors %.2f%%, dev upos %.2f, %zu features",
          first_pass == nullptr ? "pass 1" : "pass 2", epoch,
          100.0 * static_cast<double>(errors) / static_cast<double>(words), score,
          (first_pass == nullptr ? candidate.weights() : candidate.second_weights()).features());
      options.log(line);
    }
    if (score > best_score) {
      best_score = score;
      best = std::move(candidate);
    }
  }
  return best;
}

}  // namespace kg::parse
