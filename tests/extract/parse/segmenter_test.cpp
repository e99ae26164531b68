#include "extract/parse/segmenter.h"

#include <doctest/doctest.h>

#include <sstream>

using namespace kg::parse;

namespace {

// "w w w . w w w . ..." with lower-case sentence starts and no punctuation
// half of the time: sentences of `length` words.
SegmenterDocument document(int sentences, int length, bool punctuated) {
  SegmenterDocument d;
  for (int s = 0; s < sentences; ++s) {
    for (int w = 0; w < length; ++w) {
      d.forms.push_back(w == 0 ? "so" : "word" + std::to_string(w));
      d.space_after.push_back(true);
      d.ends.push_back(false);
    }
    if (punctuated) {
      d.forms.push_back("!");
      d.space_after.push_back(true);
      d.ends.push_back(false);
    }
    d.ends.back() = true;
  }
  return d;
}

}  // namespace

TEST_CASE("the segmenter learns sentence ends without capitals or periods") {
  std::vector<SegmenterDocument> train;
  for (int i = 0; i < 20; ++i) train.push_back(document(6, 5, i % 2 == 0));
  const SentenceSegmenter s = SentenceSegmenter::train(train, train, {});
  const SentenceSegmenter::Scores scores = s.evaluate(train);
  CHECK(scores.f1 > 95.0);
  const SegmenterDocument d = document(3, 5, false);
  std::vector<SegmenterToken> tokens;
  for (std::size_t i = 0; i < d.forms.size(); ++i) tokens.push_back({d.forms[i], true});
  CHECK(s.ends(tokens) == std::vector<std::size_t>{4, 9});
  // No end where no space separates two tokens.
  for (SegmenterToken& t : tokens) t.space_after = false;
  CHECK(s.ends(tokens).empty());

  ByteWriter out;
  s.write(out);
  ByteReader in(out.bytes());
  const SentenceSegmenter back = SentenceSegmenter::read(in);
  REQUIRE_FALSE(in.failed());
  CHECK(back.evaluate(train).f1 == doctest::Approx(scores.f1));
}

TEST_CASE("an untrained segmenter never splits") {
  const SentenceSegmenter s;
  std::vector<SegmenterToken> tokens = {{"a", true}, {".", true}, {"B", true}};
  CHECK(s.ends(tokens).empty());
  CHECK(s.ends({}).empty());
}
