#include "extract/parse/segmenter.h"

#include <algorithm>
#include <cstdio>
#include <numeric>

#include "extract/parse/hash.h"
#include "extract/parse/perceptron.h"
#include "extract/parse/word_features.h"

namespace kg::parse {
namespace {

constexpr int kContinue = 0;
constexpr int kEnd = 1;

// What the features read about one token.
struct Cell {
  std::uint64_t lower = kNoWord;
  std::uint64_t shape = kNoWord;
  std::uint64_t last_char = kNoWord;  // shape of the last character
};

Cell cell(std::string_view form) {
  if (form.empty()) return {};
  const WordInfo info = describe_word(form);
  Cell c;
  c.lower = info.lower;
  c.shape = info.short_shape;
  c.last_char = hash_string(word_shape(form.substr(form.size() - 1), 1));
  return c;
}

std::uint64_t length_bucket(std::size_t n) {
  if (n <= 4) return n;
  if (n <= 6) return 5;
  if (n <= 9) return 6;
  if (n <= 14) return 7;
  if (n <= 24) return 8;
  return 9;
}

// Features of a gap after cells[i]; `since` tokens since the last end.
void features(const std::vector<Cell>& cells, std::size_t i, std::size_t since,
              std::vector<std::uint64_t>& out) {
  const auto at = [&](std::ptrdiff_t j) {
    if (j < 0 || j >= static_cast<std::ptrdiff_t>(cells.size())) return Cell{};
    return cells[static_cast<std::size_t>(j)];
  };
  const auto p = static_cast<std::ptrdiff_t>(i);
  const Cell prev = at(p - 1);
  const Cell cur = at(p);
  const Cell next = at(p + 1);
  const Cell next2 = at(p + 2);
  const std::uint64_t left = length_bucket(since);
  const std::uint64_t right = length_bucket(cells.size() - i - 1);
  out.push_back(feature_key(1, 0));
  out.push_back(feature_key(2, cur.lower));
  out.push_back(feature_key(3, next.lower));
  out.push_back(feature_key(4, prev.lower));
  out.push_back(feature_key(5, next2.lower));
  out.push_back(feature_key(6, cur.shape, next.shape));
  out.push_back(feature_key(7, cur.lower, next.shape));
  out.push_back(feature_key(8, cur.shape, next.lower));
  out.push_back(feature_key(9, cur.lower, next.lower));
  out.push_back(feature_key(10, prev.lower, cur.lower));
  out.push_back(feature_key(11, left));
  out.push_back(feature_key(12, right));
  out.push_back(feature_key(13, left, cur.shape, next.shape));
  out.push_back(feature_key(14, cur.last_char, next.shape, left));
  out.push_back(feature_key(15, next.lower, next2.shape));
  out.push_back(feature_key(16, prev.shape, cur.shape, next.shape));
  out.push_back(feature_key(17, right, next.shape));
}

std::vector<Cell> cells_of(std::span<const SegmenterToken> tokens) {
  std::vector<Cell> cells;
  cells.reserve(tokens.size());
  for (const SegmenterToken& t : tokens) cells.push_back(cell(t.form));
  return cells;
}

// Runs the greedy decoder; `decide` returns whether a sentence ends at a gap
// given its features (and may learn from it).
template <typename Decide>
std::vector<std::size_t> decode(std::span<const SegmenterToken> tokens, Decide&& decide) {
  std::vector<std::size_t> ends;
  if (tokens.size() < 2) return ends;
  const std::vector<Cell> cells = cells_of(tokens);
  std::vector<std::uint64_t> f;
  std::size_t since = 0;
  for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
    ++since;
    if (!tokens[i].space_after) continue;
    f.clear();
    features(cells, i, since, f);
    if (decide(i, f)) {
      ends.push_back(i);
      since = 0;
    }
  }
  return ends;
}

std::vector<SegmenterToken> tokens_of(const SegmenterDocument& d) {
  std::vector<SegmenterToken> tokens;
  for (std::size_t i = 0; i < d.forms.size(); ++i) tokens.push_back({d.forms[i], d.space_after[i]});
  return tokens;
}

}  // namespace

std::vector<std::size_t> SentenceSegmenter::ends(std::span<const SegmenterToken> tokens) const {
  std::int32_t scores[2];
  return decode(tokens, [&](std::size_t, const std::vector<std::uint64_t>& f) {
    scores[0] = scores[1] = 0;
    weights_.add_scores(f, scores);
    return scores[kEnd] > scores[kContinue];
  });
}

SentenceSegmenter::Scores SentenceSegmenter::evaluate(
    const std::vector<SegmenterDocument>& documents) const {
  std::size_t gold = 0;
  std::size_t found = 0;
  std::size_t right = 0;
  for (const SegmenterDocument& d : documents) {
    const std::vector<SegmenterToken> tokens = tokens_of(d);
    const std::vector<std::size_t> predicted = ends(tokens);
    for (std::size_t i = 0; i + 1 < d.ends.size(); ++i) gold += d.ends[i];
    found += predicted.size();
    for (const std::size_t i : predicted) right += d.ends[i];
  }
  Scores s;
  s.precision = found == 0 ? 0 : 100.0 * static_cast<double>(right) / static_cast<double>(found);
  s.recall = gold == 0 ? 0 : 100.0 * static_cast<double>(right) / static_cast<double>(gold);
  s.f1 = s.precision + s.recall == 0 ? 0 : 2 * s.precision * s.recall / (s.precision + s.recall);
  return s;
}

SentenceSegmenter SentenceSegmenter::train(const std::vector<SegmenterDocument>& train,
                                           const std::vector<SegmenterDocument>& dev,
                                           const SegmenterTrainingOptions& options) {
  AveragedPerceptron model(2);
  std::vector<std::size_t> order(train.size());
  std::iota(order.begin(), order.end(), 0);
  Rng rng(options.seed);
  SentenceSegmenter best;
  double best_f1 = -1;
  for (int epoch = 1; epoch <= options.epochs; ++epoch) {
    for (std::size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng.below(i)]);
    for (const std::size_t index : order) {
      const SegmenterDocument& d = train[index];
      const std::vector<SegmenterToken> tokens = tokens_of(d);
      decode(tokens, [&](std::size_t i, const std::vector<std::uint64_t>& f) {
        std::int32_t scores[2] = {0, 0};
        model.add_scores(f, scores);
        const int guess = scores[kEnd] > scores[kContinue] ? kEnd : kContinue;
        const int truth = d.ends[i] ? kEnd : kContinue;
        if (guess != truth) model.update(f, truth, guess);
        model.tick();
        return guess == kEnd;
      });
    }
    SentenceSegmenter candidate(model.average());
    const Scores s =
        dev.empty() ? Scores{0, 0, static_cast<double>(epoch)} : candidate.evaluate(dev);
    if (options.log) {
      char line[160];
      std::snprintf(line, sizeof line, "segmenter epoch %d: dev p %.2f r %.2f f1 %.2f", epoch,
                    s.precision, s.recall, s.f1);
      options.log(line);
    }
    if (s.f1 > best_f1) {
      best_f1 = s.f1;
      best = std::move(candidate);
    }
  }
  return best;
}

void SentenceSegmenter::write(ByteWriter& out) const { weights_.write(out); }

SentenceSegmenter SentenceSegmenter::read(ByteReader& in) {
  SentenceSegmenter s(CompactWeights::read(in));
  if (!in.failed() && s.weights_.classes() != 2) in.fail();
  return s;
}

}  // namespace kg::parse
