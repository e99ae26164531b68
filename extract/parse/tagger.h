// Tagger: a greedy left-to-right averaged-perceptron part-of-speech tagger,
// run in two passes. Each class is a pair of tags, UPOS and PTB XPOS
// ("NOUN NN"), so one pass gives both and they always agree. Features
// (Collins 2002 style): the word and its neighbours two either side,
// prefixes and suffixes, shapes, the two previous tags, word pairs, and the
// ambiguity class of the word and of its neighbours (the set of tags a word
// took in training, for words seen at least twice). The second pass (a
// stacked tagger) also reads the first pass's tags of the word and of the
// words after it, which a left-to-right tagger cannot otherwise see; it is
// trained on first-pass tags of sentences the first pass did not learn from
// (jackknifing, see trainer.h).
//
// A Tagger is immutable once built; tag() is const and thread-safe.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "extract/parse/flat_map.h"
#include "extract/parse/model_file.h"
#include "extract/parse/weights.h"
#include "extract/parse/word_features.h"

namespace kg::parse {

struct TagPair {
  std::string upos;
  std::string xpos;
  bool operator==(const TagPair&) const = default;
};

// The words' known tag sets: lower-cased word -> ambiguity class hash.
class TagLexicon {
 public:
  // Adds one observation of a word (lower-cased form hash) with a tag;
  // `inner` when it was not the first word of its sentence, `capitalised`
  // when it started with a capital letter.
  void count(std::uint64_t lower, int tag, bool inner = false, bool capitalised = false);
  // Freezes the counts into classes for words seen at least `min_count` times;
  // a tag joins a word's class when it took at least `min_share` of its uses.
  void finish(int min_count, double min_share);
  // The class of a word, or 0.
  std::uint64_t ambiguity(std::uint64_t lower) const {
    const auto c = classes_.get(lower);
    return c ? class_hashes_[*c] : 0;
  }
  // How often a word seen at least `min_count` times was capitalised inside
  // a sentence: 0 unknown, 1 never, 2 less than half the time, 3 more, 4 always.
  std::uint64_t capitalisation(std::uint64_t lower) const {
    const auto c = capitals_.get(lower);
    return c ? *c : 0;
  }
  void write(ByteWriter& out) const;
  static TagLexicon read(ByteReader& in);

 private:
  std::vector<std::uint64_t> words_;                      // while counting: word of each row
  std::vector<std::vector<std::pair<int, int>>> counts_;  // (tag, count) per row
  std::vector<std::pair<int, int>> inner_;  // per row: (inside the sentence, capitalised) counts
  FlatMap capitals_;
  FlatMap rows_;
  FlatMap classes_;  // word -> index into class_hashes_
  std::vector<std::uint64_t> class_hashes_;
};

// A sentence as the tagger reads it.
struct TaggerInput {
  // Looks the words up in `lexicon` (which may be null).
  TaggerInput(std::span<const WordInfo> words, const TagLexicon* lexicon);

  std::span<const WordInfo> words;
  std::vector<std::uint64_t> ambiguity;       // per word
  std::vector<std::uint64_t> capitalisation;  // per word
  std::uint64_t capitalised_share = 0;        // of the sentence's words, in fifths
};

// Appends the feature keys for word i, given the tags of words 0..i-1 (tags[j]).
void tagger_features(const TaggerInput& input, std::size_t i, std::span<const int> tags,
                     std::vector<std::uint64_t>& out);

// Appends the second pass's extra keys for word i, given its own tags of
// words 0..i-1 and the first pass's tags of every word.
void stacked_features(const TaggerInput& input, std::size_t i, std::span<const int> tags,
                      std::span<const int> first_pass, std::vector<std::uint64_t>& out);

class Tagger {
 public:
  Tagger() = default;
  // A one-pass tagger, or, with `second`, a two-pass one.
  Tagger(std::vector<TagPair> tags, TagLexicon lexicon, CompactWeights weights,
         CompactWeights second = {})
      : tags_(std::move(tags)),
        lexicon_(std::move(lexicon)),
        weights_(std::move(weights)),
        second_(std::move(second)) {}

  const std::vector<TagPair>& tags() const { return tags_; }
  const TagLexicon& lexicon() const { return lexicon_; }
  const CompactWeights& weights() const { return weights_; }
  const CompactWeights& second_weights() const { return second_; }
  bool two_pass() const { return second_.classes() > 0; }

  // The index of the tag pair a word known to be `upos` gets: its most common
  // XPOS (PROPN NNP, ADJ JJ, NOUN NN, VERB VB) when the tagset has it, else
  // the first pair with that UPOS; -1 when there is none.
  int tag_of_upos(std::string_view upos) const;

  // The tag index of every word (both passes).
  std::vector<int> tag(std::span<const WordInfo> words) const;
  // The first pass alone.
  std::vector<int> first_pass(std::span<const WordInfo> words) const;
  // The second pass, given the first pass's tags.
  std::vector<int> second_pass(std::span<const WordInfo> words, std::span<const int> first) const;

  void write(ByteWriter& out) const;
  static Tagger read(ByteReader& in);

 private:
  std::vector<TagPair> tags_;
  TagLexicon lexicon_;
  CompactWeights weights_;
  CompactWeights second_;
};

}  // namespace kg::parse
