#include "extract/parse/tagger.h"

#include <doctest/doctest.h>

#include "extract/parse/tagger_trainer.h"

using namespace kg::parse;

namespace {

// Tags: 0 DET, 1 NOUN, 2 VERB.
std::vector<TagPair> tag_list() { return {{"DET", "DT"}, {"NOUN", "NN"}, {"VERB", "VBZ"}}; }

TaggedSentence sentence(std::vector<std::string> words, std::vector<int> tags) {
  TaggedSentence s;
  for (const std::string& w : words) s.words.push_back(describe_word(w));
  s.tags = std::move(tags);
  return s;
}

std::vector<TaggedSentence> corpus() {
  return {sentence({"the", "dog", "barks"}, {0, 1, 2}), sentence({"a", "cat", "sleeps"}, {0, 1, 2}),
          sentence({"the", "bird", "sings"}, {0, 1, 2}),
          sentence({"a", "dog", "sleeps"}, {0, 1, 2}),
          sentence({"the", "cat", "barks"}, {0, 1, 2})};
}

}  // namespace

TEST_CASE("the ambiguity class of a word is the set of tags it took") {
  TagLexicon lex;
  lex.count(1, 0);
  lex.count(1, 1);
  lex.count(2, 0);
  lex.count(2, 0);
  lex.count(3, 1);  // seen once: below min_count
  lex.finish(2, 0.0);
  CHECK(lex.ambiguity(1) != 0);
  CHECK(lex.ambiguity(2) != 0);
  CHECK(lex.ambiguity(1) != lex.ambiguity(2));
  CHECK(lex.ambiguity(3) == 0);
  CHECK(lex.ambiguity(4) == 0);
}

TEST_CASE("a tagger trained on a few sentences tags them and generalises by context") {
  TaggerTrainingOptions options;
  options.epochs = 10;
  const Tagger t = train_tagger(corpus(), corpus(), tag_list(), options);
  CHECK(upos_accuracy(t, corpus()) == doctest::Approx(100.0));
  const TaggedSentence unseen = sentence({"the", "fox", "runs"}, {0, 1, 2});
  CHECK(t.tag(unseen.words) == unseen.tags);
  CHECK(t.tag({}).empty());

  ByteWriter out;
  t.write(out);
  ByteReader in(out.bytes());
  const Tagger back = Tagger::read(in);
  REQUIRE_FALSE(in.failed());
  CHECK(back.tags() == t.tags());
  CHECK(back.tag(unseen.words) == unseen.tags);
}

TEST_CASE("tagger features depend on the words around and the tags before") {
  const std::vector<TaggedSentence> c = corpus();
  TaggerInput input(c[0].words, nullptr);
  std::vector<std::uint64_t> a;
  std::vector<std::uint64_t> b;
  tagger_features(input, 1, std::vector<int>{0, 0, 0}, a);
  tagger_features(input, 1, std::vector<int>{1, 0, 0}, b);
  CHECK(a.size() == b.size());
  CHECK(a != b);
}
