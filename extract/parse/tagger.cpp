#include "extract/parse/tagger.h"

#include <algorithm>

#include "extract/parse/hash.h"

namespace kg::parse {
namespace {

// Feature template ids (stable: they are part of the model's keys).
enum TaggerTemplate : std::uint32_t {
  kBias = 1,
  kW0,
  kForm0,
  kWm1,
  kWp1,
  kWm2,
  kWp2,
  kSuffix,  // + length
  kPrefix = kSuffix + 8,
  kShape0 = kPrefix + 8,
  kShortShape0First,
  kShapeM1,
  kShapeP1,
  kT1,
  kT2T1,
  kT1W0,
  kWm1W0,
  kW0Wp1,
  kSuffixP1,
  kSuffixM1,
  kAmb0,
  kAmbP1,
  kAmbP2,
  kAmbM1,
  kT1Amb0,
  kAmb0AmbP1,
  kT1Wp1,
  kFlags,
  kT1Suffix0,
  kT2,
  kWm1Wp1,
  kT1Wm1W0,
  // second pass: f0..f2 are the first pass's tags of words i..i+2, fm1 of i-1
  kF0 = 100,
  kFp1,
  kFp2,
  kFp1Fp2,
  kF0W0,
  kFp1W0,
  kT1Fp1,
  kFm1F0Fp1,
  kF0Suffix0,
  kT1F0,
  kCapitals = 120,
  kCapitalsShare,
  kCapitalsT1,
};

std::uint64_t word_at(const TaggerInput& in, std::ptrdiff_t i) {
  if (i < 0) return kStartWord;
  if (i >= static_cast<std::ptrdiff_t>(in.words.size())) return kEndWord;
  return in.words[static_cast<std::size_t>(i)].lower;
}

std::uint64_t ambiguity_at(const TaggerInput& in, std::ptrdiff_t i) {
  if (i < 0) return kStartWord;
  if (i >= static_cast<std::ptrdiff_t>(in.words.size())) return kEndWord;
  return in.ambiguity[static_cast<std::size_t>(i)];
}

}  // namespace

void TagLexicon::count(std::uint64_t lower, int tag, bool inner, bool capitalised) {
  std::uint32_t row = 0;
  if (const auto r = rows_.get(lower)) {
    row = *r;
  } else {
    row = static_cast<std::uint32_t>(words_.size());
    rows_.set(lower, row);
    words_.push_back(lower);
    counts_.emplace_back();
    inner_.emplace_back(0, 0);
  }
  if (inner) {
    ++inner_[row].first;
    if (capitalised) ++inner_[row].second;
  }
  auto& c = counts_[row];
  auto it = std::find_if(c.begin(), c.end(), [&](const auto& p) { return p.first == tag; });
  if (it == c.end()) {
    c.push_back({tag, 1});
  } else {
    ++it->second;
  }
}

void TagLexicon::finish(int min_count, double min_share) {
  FlatMap hash_index;
  for (std::size_t row = 0; row < words_.size(); ++row) {
    int total = 0;
    for (const auto& [tag, n] : counts_[row]) total += n;
    if (total < min_count) continue;
    const auto [inside, capitals] = inner_[row];
    const std::uint32_t bucket = inside == 0             ? 0
                                 : capitals == 0         ? 1
                                 : capitals * 2 < inside ? 2
                                 : capitals < inside     ? 3
                                                         : 4;
    capitals_.set(words_[row], bucket);
    std::vector<int> tags;
    for (const auto& [tag, n] : counts_[row])
      if (n >= min_share * total) tags.push_back(tag);
    std::sort(tags.begin(), tags.end());
    std::uint64_t h = 0x414d4249ULL;
    for (const int t : tags) h = hash_combine(h, static_cast<std::uint64_t>(t));
    std::uint32_t index = 0;
    if (const auto found = hash_index.get(h)) {
      index = *found;
    } else {
      index = static_cast<std::uint32_t>(class_hashes_.size());
      class_hashes_.push_back(h);
      hash_index.set(h, index);
    }
    classes_.set(words_[row], index);
  }
  words_.clear();
  counts_.clear();
  inner_.clear();
  rows_ = FlatMap();
}

void TagLexicon::write(ByteWriter& out) const {
  out.varint(class_hashes_.size());
  for (const std::uint64_t h : class_hashes_) out.u64(h);
  std::vector<std::pair<std::uint64_t, std::uint32_t>> entries;
  classes_.for_each([&](std::uint64_t k, std::uint32_t v) { entries.push_back({k, v}); });
  std::sort(entries.begin(), entries.end());
  out.varint(entries.size());
  for (const auto& [k, v] : entries) {
    out.u64(k);
    out.varint(v);
  }
  entries.clear();
  capitals_.for_each([&](std::uint64_t k, std::uint32_t v) { entries.push_back({k, v}); });
  std::sort(entries.begin(), entries.end());
  out.varint(entries.size());
  for (const auto& [k, v] : entries) {
    out.u64(k);
    out.u8(static_cast<std::uint8_t>(v));
  }
}

TagLexicon TagLexicon::read(ByteReader& in) {
  TagLexicon lex;
  const std::size_t n = in.count(8);
  for (std::size_t i = 0; i < n && !in.failed(); ++i) lex.class_hashes_.push_back(in.u64());
  const std::size_t m = in.count(9);
  lex.classes_.reserve(m);
  for (std::size_t i = 0; i < m && !in.failed(); ++i) {
    const std::uint64_t k = in.u64();
    const std::uint64_t v = in.varint();
    if (v >= n) in.fail();
    lex.classes_.set(k, static_cast<std::uint32_t>(v));
  }
  const std::size_t c = in.count(9);
  lex.capitals_.reserve(c);
  for (std::size_t i = 0; i < c && !in.failed(); ++i) {
    const std::uint64_t k = in.u64();
    const std::uint8_t v = in.u8();
    if (v > 4) in.fail();
    lex.capitals_.set(k, v);
  }
  return lex;
}

TaggerInput::TaggerInput(std::span<const WordInfo> w, const TagLexicon* lexicon) : words(w) {
  ambiguity.resize(words.size());
  capitalisation.resize(words.size());
  std::size_t letters = 0;
  std::size_t capitals = 0;
  for (std::size_t i = 0; i < words.size(); ++i) {
    ambiguity[i] = lexicon != nullptr ? lexicon->ambiguity(words[i].lower) : 0;
    capitalisation[i] = lexicon != nullptr ? lexicon->capitalisation(words[i].lower) : 0;
    if (words[i].has_letter) {
      ++letters;
      capitals += words[i].capitalised;
    }
  }
  capitalised_share = letters == 0 ? 0 : capitals * 5 / letters;
}

void tagger_features(const TaggerInput& in, std::size_t i, std::span<const int> tags,
                     std::vector<std::uint64_t>& out) {
  const auto at = static_cast<std::ptrdiff_t>(i);
  const WordInfo& w = in.words[i];
  const std::uint64_t t1 = i >= 1 ? static_cast<std::uint64_t>(tags[i - 1]) : kStartWord;
  const std::uint64_t t2 = i >= 2 ? static_cast<std::uint64_t>(tags[i - 2]) : kStartWord;
  const std::uint64_t wm1 = word_at(in, at - 1);
  const std::uint64_t wp1 = word_at(in, at + 1);
  const std::uint64_t amb0 = in.ambiguity[i];
  const std::uint64_t ambp1 = ambiguity_at(in, at + 1);
  out.push_back(feature_key(kBias, 0));
  out.push_back(feature_key(kW0, w.lower));
  out.push_back(feature_key(kForm0, w.form));
  out.push_back(feature_key(kWm1, wm1));
  out.push_back(feature_key(kWp1, wp1));
  out.push_back(feature_key(kWm2, word_at(in, at - 2)));
  out.push_back(feature_key(kWp2, word_at(in, at + 2)));
  for (int n = 0; n < kMaxAffix; ++n) {
    if (w.suffix[n] != 0) out.push_back(feature_key(kSuffix + n, w.suffix[n]));
    if (w.prefix[n] != 0 && n < 4) out.push_back(feature_key(kPrefix + n, w.prefix[n]));
  }
  out.push_back(feature_key(kShape0, w.shape));
  out.push_back(feature_key(kShortShape0First, w.short_shape, i == 0));
  const std::uint64_t shape_m1 = i >= 1 ? in.words[i - 1].short_shape : kStartWord;
  const std::uint64_t shape_p1 = i + 1 < in.words.size() ? in.words[i + 1].short_shape : kEndWord;
  out.push_back(feature_key(kShapeM1, shape_m1));
  out.push_back(feature_key(kShapeP1, shape_p1));
  out.push_back(feature_key(kT1, t1));
  out.push_back(feature_key(kT2, t2));
  out.push_back(feature_key(kT2T1, t2, t1));
  out.push_back(feature_key(kT1W0, t1, w.lower));
  out.push_back(feature_key(kWm1W0, wm1, w.lower));
  out.push_back(feature_key(kW0Wp1, w.lower, wp1));
  const std::uint64_t suffix_p1 = i + 1 < in.words.size() ? in.words[i + 1].suffix[2] : kEndWord;
  const std::uint64_t suffix_m1 = i >= 1 ? in.words[i - 1].suffix[2] : kStartWord;
  out.push_back(feature_key(kSuffixP1, suffix_p1));
  out.push_back(feature_key(kSuffixM1, suffix_m1));
  out.push_back(feature_key(kAmb0, amb0));
  out.push_back(feature_key(kAmbP1, ambp1));
  out.push_back(feature_key(kAmbP2, ambiguity_at(in, at + 2)));
  out.push_back(feature_key(kAmbM1, ambiguity_at(in, at - 1)));
  out.push_back(feature_key(kT1Amb0, t1, amb0));
  out.push_back(feature_key(kAmb0AmbP1, amb0, ambp1));
  out.push_back(feature_key(kT1Wp1, t1, wp1));
  const std::uint64_t flags =
      static_cast<std::uint64_t>(w.capitalised) | static_cast<std::uint64_t>(w.has_digit) << 1 |
      static_cast<std::uint64_t>(w.has_hyphen) << 2 |
      static_cast<std::uint64_t>(w.has_letter) << 3 | static_cast<std::uint64_t>(i == 0) << 4 |
      static_cast<std::uint64_t>(std::min<std::uint32_t>(w.length, 8)) << 5;
  out.push_back(feature_key(kFlags, flags));
  out.push_back(feature_key(kT1Suffix0, t1, w.suffix[2]));
  out.push_back(feature_key(kWm1Wp1, wm1, wp1));
  const std::uint64_t shape = static_cast<std::uint64_t>(w.capitalised) | (i == 0 ? 2 : 0);
  out.push_back(feature_key(kCapitals, in.capitalisation[i], shape));
  out.push_back(feature_key(kCapitalsShare, in.capitalised_share, shape, in.capitalisation[i]));
  out.push_back(feature_key(kCapitalsT1, in.capitalisation[i], shape, t1));
  out.push_back(feature_key(kT1Wm1W0, t1, wm1, w.lower));
}

void stacked_features(const TaggerInput& in, std::size_t i, std::span<const int> tags,
                      std::span<const int> first, std::vector<std::uint64_t>& out) {
  const auto tag_at = [&](std::ptrdiff_t j) -> std::uint64_t {
    if (j < 0) return kStartWord;
    if (j >= static_cast<std::ptrdiff_t>(first.size())) return kEndWord;
    return static_cast<std::uint64_t>(first[static_cast<std::size_t>(j)]);
  };
  const auto at = static_cast<std::ptrdiff_t>(i);
  const std::uint64_t f0 = tag_at(at);
  const std::uint64_t fp1 = tag_at(at + 1);
  const std::uint64_t fp2 = tag_at(at + 2);
  const std::uint64_t w0 = in.words[i].lower;
  out.push_back(feature_key(kF0, f0));
  out.push_back(feature_key(kFp1, fp1));
  out.push_back(feature_key(kFp2, fp2));
  out.push_back(feature_key(kFp1Fp2, fp1, fp2));
  out.push_back(feature_key(kF0W0, f0, w0));
  out.push_back(feature_key(kFp1W0, fp1, w0));
  out.push_back(feature_key(kFm1F0Fp1, tag_at(at - 1), f0, fp1));
  out.push_back(feature_key(kF0Suffix0, f0, in.words[i].suffix[2]));
  const std::uint64_t t1 = i >= 1 ? static_cast<std::uint64_t>(tags[i - 1]) : kStartWord;
  out.push_back(feature_key(kT1F0, t1, f0));
  out.push_back(feature_key(kT1Fp1, t1, fp1));
}

namespace {

// Greedy left-to-right decoding with `weights`; `first` (or empty) adds the
// stacked features.
std::vector<int> decode(const TaggerInput& input, const CompactWeights& weights,
                        std::size_t classes, std::span<const int> first) {
  const std::size_t n = input.words.size();
  std::vector<int> tags(n, 0);
  std::vector<std::uint64_t> features;
  std::vector<std::int32_t> scores(classes);
  for (std::size_t i = 0; i < n; ++i) {
    features.clear();
    tagger_features(input, i, tags, features);
    if (!first.empty()) stacked_features(input, i, tags, first, features);
    std::fill(scores.begin(), scores.end(), 0);
    weights.add_scores(features, scores.data());
    tags[i] = static_cast<int>(std::max_element(scores.begin(), scores.end()) - scores.begin());
  }
  return tags;
}

}  // namespace

std::vector<int> Tagger::first_pass(std::span<const WordInfo> words) const {
  TaggerInput input(words, &lexicon_);
  return decode(input, weights_, tags_.size(), {});
}

std::vector<int> Tagger::second_pass(std::span<const WordInfo> words,
                                     std::span<const int> first) const {
  TaggerInput input(words, &lexicon_);
  return decode(input, second_, tags_.size(), first);
}

std::vector<int> Tagger::tag(std::span<const WordInfo> words) const {
  TaggerInput input(words, &lexicon_);
  const std::vector<int> first = decode(input, weights_, tags_.size(), {});
  if (!two_pass() || words.empty()) return first;
  return decode(input, second_, tags_.size(), first);
}

void Tagger::write(ByteWriter& out) const {
  out.varint(tags_.size());
  for (const TagPair& t : tags_) {
    out.str(t.upos);
    out.str(t.xpos);
  }
  lexicon_.write(out);
  weights_.write(out);
  out.u8(two_pass() ? 1 : 0);
  if (two_pass()) second_.write(out);
}

Tagger Tagger::read(ByteReader& in) {
  Tagger t;
  const std::size_t n = in.count(2);
  for (std::size_t i = 0; i < n && !in.failed(); ++i) {
    TagPair pair;
    pair.upos = std::string(in.str());
    pair.xpos = std::string(in.str());
    t.tags_.push_back(std::move(pair));
  }
  t.lexicon_ = TagLexicon::read(in);
  t.weights_ = CompactWeights::read(in);
  if (in.u8() != 0) {
    t.second_ = CompactWeights::read(in);
    if (!in.failed() && t.second_.classes() != static_cast<int>(n)) in.fail();
  }
  if (!in.failed() && (t.tags_.empty() || t.weights_.classes() != static_cast<int>(n))) in.fail();
  return t;
}

int Tagger::tag_of_upos(std::string_view upos) const {
  static constexpr std::pair<std::string_view, std::string_view> kCommon[] = {
      {"PROPN", "NNP"}, {"ADJ", "JJ"}, {"NOUN", "NN"}, {"VERB", "VB"}};
  int first = -1;
  for (std::size_t i = 0; i < tags_.size(); ++i) {
    if (tags_[i].upos != upos) continue;
    for (const auto& [u, x] : kCommon) {
      if (u == upos && tags_[i].xpos == x) return static_cast<int>(i);
    }
    if (first < 0) first = static_cast<int>(i);
  }
  return first;
}

}  // namespace kg::parse
