#include "extract/parse/punct_attacher.h"

#include <algorithm>
#include <cstdio>
#include <numeric>

#include "extract/parse/hash.h"
#include "extract/parse/perceptron.h"
#include "extract/parse/word_features.h"

namespace kg::parse {
namespace {

constexpr std::uint64_t kRootLabel = 0x524f4f54ULL;

struct Candidate {
  int word = 0;
  int side = 0;    // 0 left path, 1 right path, 2 the common ancestor
  int height = 0;  // steps up from the neighbour
};

// The words from `w` up to the root (w first, 0 last).
std::vector<int> path_up(const std::vector<int>& heads, int w) {
  std::vector<int> path;
  std::size_t guard = 0;
  while (w != 0 && guard++ < heads.size()) {
    path.push_back(w);
    w = heads[w];
  }
  path.push_back(0);
  return path;
}

// Heads that keep word p's arc inside the tree's projective order.
std::vector<Candidate> candidates(const PunctTree& t, int p) {
  const int n = static_cast<int>(t.heads.size()) - 1;
  int left = p - 1;
  while (left >= 1 && t.movable[left]) --left;
  int right = p + 1;
  while (right <= n && t.movable[right]) ++right;
  const std::vector<int> up_left = left >= 1 ? path_up(t.heads, left) : std::vector<int>{0};
  const std::vector<int> up_right = right <= n ? path_up(t.heads, right) : std::vector<int>{0};
  int common = 0;
  for (const int x : up_left) {
    if (std::find(up_right.begin(), up_right.end(), x) != up_right.end()) {
      common = x;
      break;
    }
  }
  std::vector<Candidate> out;
  for (int h = 0; h < static_cast<int>(up_left.size()) && up_left[h] != common; ++h)
    out.push_back({up_left[h], 0, h});
  for (int h = 0; h < static_cast<int>(up_right.size()) && up_right[h] != common; ++h)
    out.push_back({up_right[h], 1, h});
  out.push_back({common, 2, 0});
  // The root (0) is only a candidate when the sentence has no other word.
  if (out.size() > 1) std::erase_if(out, [](const Candidate& c) { return c.word == 0; });
  return out;
}

void features(const PunctTree& t, int p, const Candidate& c, std::vector<std::uint64_t>& out) {
  const int n = static_cast<int>(t.heads.size()) - 1;
  const std::uint64_t mark = t.form[p];
  const std::uint64_t rel = c.word == 0 ? kRootLabel : t.labels[c.word];
  const std::uint64_t tag = c.word == 0 ? kRootLabel : t.tag[c.word];
  const auto form_at = [&](int w) { return w >= 1 && w <= n ? t.form[w] : kNoWord; };
  const auto tag_at = [&](int w) { return w >= 1 && w <= n ? t.tag[w] : kNoWord; };
  const int d = std::abs(c.word - p);
  const std::uint64_t distance =
      static_cast<std::uint64_t>(d <= 3 ? d : (d <= 6 ? 4 : (d <= 12 ? 5 : 6)));
  const std::uint64_t side = static_cast<std::uint64_t>(c.side);
  const std::uint64_t height = static_cast<std::uint64_t>(std::min(c.height, 4));
  const std::uint64_t direction = c.word < p ? 0 : 1;
  const std::uint64_t last = p == n ? 1 : 0;
  out.push_back(feature_key(1, mark, rel));
  out.push_back(feature_key(2, mark, tag));
  out.push_back(feature_key(3, mark, side, height));
  out.push_back(feature_key(4, mark, rel, side));
  out.push_back(feature_key(5, mark, tag, direction));
  out.push_back(feature_key(6, mark, distance, direction));
  out.push_back(feature_key(7, mark, last, rel));
  out.push_back(feature_key(8, mark, form_at(p + 1), side));
  out.push_back(feature_key(9, mark, form_at(p - 1), side));
  out.push_back(feature_key(10, mark, tag_at(p + 1), rel));
  out.push_back(feature_key(11, mark, tag_at(p - 1), rel));
  out.push_back(feature_key(12, rel, side, height));
  out.push_back(feature_key(13, mark, rel, side, height));
  out.push_back(feature_key(14, mark, rel, distance));
}

// Index of the best-scoring candidate; `score` returns a candidate's score.
template <typename Score>
std::size_t best(const std::vector<Candidate>& cands, Score&& score) {
  std::size_t best_index = 0;
  std::int64_t best_score = 0;
  for (std::size_t i = 0; i < cands.size(); ++i) {
    const std::int64_t s = score(cands[i]);
    if (i == 0 || s > best_score) {
      best_score = s;
      best_index = i;
    }
  }
  return best_index;
}

}  // namespace

PunctTree punct_tree(const std::vector<WordInfo>& words, const std::vector<int>& tags,
                     const std::vector<int>& heads, const std::vector<std::string>& labels) {
  PunctTree t;
  const std::size_t n = words.size();
  t.form.assign(n + 1, kNoWord);
  t.tag.assign(n + 1, kNoWord);
  t.labels.assign(n + 1, kNoWord);
  t.heads = heads;
  t.movable.assign(n + 1, false);
  std::vector<bool> has_dependents(n + 1, false);
  for (std::size_t w = 1; w <= n; ++w) has_dependents[static_cast<std::size_t>(heads[w])] = true;
  for (std::size_t w = 1; w <= n; ++w) {
    t.form[w] = words[w - 1].form;
    t.tag[w] = static_cast<std::uint64_t>(tags[w - 1]);
    const std::string_view rel = std::string_view(labels[w]).substr(0, labels[w].find(':'));
    t.labels[w] = hash_string(rel);
    t.movable[w] = rel == "punct" && !has_dependents[w];
  }
  return t;
}

void PunctAttacher::attach(PunctTree& tree) const {
  std::vector<std::uint64_t> f;
  for (int p = 1; p < static_cast<int>(tree.heads.size()); ++p) {
    if (!tree.movable[p]) continue;
    const std::vector<Candidate> cands = candidates(tree, p);
    const std::size_t i = best(cands, [&](const Candidate& c) {
      f.clear();
      features(tree, p, c, f);
      std::int32_t score = 0;
      weights_.add_scores(f, &score);
      return static_cast<std::int64_t>(score);
    });
    tree.heads[p] = cands[i].word;
  }
}

double PunctAttacher::accuracy(const std::vector<PunctTree>& trees) const {
  std::size_t right = 0;
  std::size_t total = 0;
  for (const PunctTree& gold : trees) {
    PunctTree t = gold;
    attach(t);
    for (std::size_t w = 1; w < t.heads.size(); ++w) {
      if (!t.movable[w]) continue;
      ++total;
      right += t.heads[w] == gold.heads[w];
    }
  }
  return total == 0 ? 0.0 : 100.0 * static_cast<double>(right) / static_cast<double>(total);
}

PunctAttacher PunctAttacher::train(const std::vector<PunctTree>& train,
                                   const std::vector<PunctTree>& dev,
                                   const PunctTrainingOptions& options) {
  AveragedPerceptron model(1);
  std::vector<std::size_t> order(train.size());
  std::iota(order.begin(), order.end(), 0);
  Rng rng(options.seed);
  PunctAttacher best_model;
  double best_accuracy = -1;
  std::vector<std::uint64_t> f;
  std::vector<std::uint64_t> f_gold;
  for (int epoch = 1; epoch <= options.epochs; ++epoch) {
    for (std::size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng.below(i)]);
    for (const std::size_t index : order) {
      const PunctTree& t = train[index];
      for (int p = 1; p < static_cast<int>(t.heads.size()); ++p) {
        if (!t.movable[p]) continue;
        const std::vector<Candidate> cands = candidates(t, p);
        const auto gold = std::find_if(cands.begin(), cands.end(),
                                       [&](const Candidate& c) { return c.word == t.heads[p]; });
        if (gold == cands.end()) continue;  // a head no projective attachment reaches
        const std::size_t guess = best(cands, [&](const Candidate& c) {
          f.clear();
          features(t, p, c, f);
          std::int32_t score = 0;
          model.add_scores(f, &score);
          return static_cast<std::int64_t>(score);
        });
        if (cands[guess].word != gold->word) {
          f.clear();
          features(t, p, cands[guess], f);
          f_gold.clear();
          features(t, p, *gold, f_gold);
          model.adjust(f_gold, 0, 1);
          model.adjust(f, 0, -1);
        }
        model.tick();
      }
    }
    PunctAttacher candidate(model.average());
    const double score = dev.empty() ? epoch : candidate.accuracy(dev);
    if (options.log) {
      char line[120];
      std::snprintf(line, sizeof line, "punct epoch %d: dev accuracy %.2f", epoch, score);
      options.log(line);
    }
    if (score > best_accuracy) {
      best_accuracy = score;
      best_model = std::move(candidate);
    }
  }
  return best_model;
}

void PunctAttacher::write(ByteWriter& out) const { weights_.write(out); }

PunctAttacher PunctAttacher::read(ByteReader& in) {
  PunctAttacher a(CompactWeights::read(in));
  if (!in.failed() && a.weights_.classes() != 1) in.fail();
  return a;
}

}  // namespace kg::parse
