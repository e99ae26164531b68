#include "extract/parse/parser_trainer.h"

#include <algorithm>
#include <cstdio>
#include <numeric>

#include "extract/parse/conllu.h"
#include "extract/parse/hash.h"
#include "extract/parse/perceptron.h"

namespace kg::parse {

AttachmentScores attachment_scores(const Parser& parser,
                                   const std::vector<ParserDevSentence>& sentences) {
  std::size_t total = 0;
  std::size_t heads = 0;
  std::size_t labelled = 0;
  for (const ParserDevSentence& s : sentences) {
    const DependencyTree tree = parser.parse_tree(s.sentence);
    for (std::size_t w = 1; w < tree.heads.size(); ++w) {
      ++total;
      if (tree.heads[w] != s.gold.heads[w]) continue;
      ++heads;
      labelled += universal_relation(tree.labels[w]) == universal_relation(s.gold.labels[w]);
    }
  }
  const double n = total == 0 ? 1.0 : static_cast<double>(total);
  return {100.0 * static_cast<double>(heads) / n, 100.0 * static_cast<double>(labelled) / n};
}

Parser train_parser(const std::vector<ParserExample>& train,
                    const std::vector<ParserDevSentence>& dev,
                    const std::vector<std::string>& labels, const ParserTrainingOptions& options) {
  const int label_count = static_cast<int>(labels.size());
  const int classes = action_count(label_count);
  const Parser shape(labels, CompactWeights{});
  AveragedPerceptron model(classes);
  std::vector<std::size_t> order(train.size());
  std::iota(order.begin(), order.end(), 0);
  Rng rng(options.seed);
  std::vector<std::uint64_t> features;
  std::vector<std::int32_t> scores(static_cast<std::size_t>(classes));
  Parser best;
  double best_las = -1;
  for (int epoch = 1; epoch <= options.epochs; ++epoch) {
    for (std::size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng.below(i)]);
    const bool explore = epoch >= options.explore_from;
    std::size_t errors = 0;
    std::size_t steps = 0;
    for (const std::size_t index : order) {
      const ParserExample& ex = train[index];
      const int n = static_cast<int>(ex.sentence.word.size()) - 1;
      Configuration c(n, shape.root_label());
      c.set_label_groups(&shape.label_groups());
      while (!c.terminal()) {
        features.clear();
        parser_features(ex.sentence, c, features);
        std::fill(scores.begin(), scores.end(), 0);
        model.add_scores(features, scores.data());
        const int guess = Parser::best_allowed(c, scores, label_count);
        // The best-scoring least-cost allowed action.
        const MoveCosts move = move_costs(c, ex.gold);
        int gold = -1;
        int best_cost = 0;
        const auto consider = [&](int action, int cost) {
          if (gold < 0 || cost < best_cost ||
              (cost == best_cost && scores[action] > scores[gold])) {
            gold = action;
            best_cost = cost;
          }
        };
        if (c.can_shift()) consider(0, move.shift);
        if (c.can_left()) {
          const int s0 = c.stack(0);
          const bool arc = ex.gold.heads[s0] == c.buffer(0);
          for (int l = 0; l < label_count; ++l)
            if (l != shape.root_label())
              consider(1 + 2 * l, move.left + (arc && l != ex.gold.labels[s0]));
        }
        if (c.can_right()) {
          const int s0 = c.stack(0);
          const bool arc = ex.gold.heads[s0] == c.stack(1);
          for (int l = 0; l < label_count; ++l) {
            if ((l == shape.root_label()) != c.right_is_root()) continue;
            consider(2 + 2 * l, move.right + (arc && l != ex.gold.labels[s0]));
          }
        }
        const int guess_cost = action_cost(c, ex.gold, move, action_at(guess));
        if (guess_cost > best_cost) {
          model.update(features, gold, guess);
          ++errors;
        }
        model.tick();
        ++steps;
        const bool follow_guess = explore && rng.uniform() < options.explore;
        c.apply(action_at(follow_guess ? guess : gold));
      }
    }
    const Parser candidate(labels, model.average(options.min_weight, options.min_updates));
    const AttachmentScores score = dev.empty() ? AttachmentScores{0, static_cast<double>(epoch)}
                                               : attachment_scores(candidate, dev);
    if (options.log) {
      char line[200];
      std::snprintf(line, sizeof line,
                    "parser epoch %d: train errors %.2f%%, dev uas %.2f las %.2f, %zu features",
                    epoch, 100.0 * static_cast<double>(errors) / static_cast<double>(steps),
                    score.uas, score.las, candidate.weights().features());
      options.log(line);
    }
    if (score.las > best_las) {
      best_las = score.las;
      best = candidate;
    }
  }
  return best;
}

}  // namespace kg::parse
