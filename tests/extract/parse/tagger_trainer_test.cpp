#include "extract/parse/tagger_trainer.h"

#include <doctest/doctest.h>

using namespace kg::parse;

namespace {

TaggedSentence sentence(std::vector<std::string> words, std::vector<int> tags) {
  TaggedSentence s;
  for (const std::string& w : words) s.words.push_back(describe_word(w));
  s.tags = std::move(tags);
  return s;
}

}  // namespace

TEST_CASE("training logs each epoch and is deterministic") {
  const std::vector<TagPair> tags = {{"PRON", "PRP"}, {"VERB", "VBP"}, {"NOUN", "NNS"}};
  const std::vector<TaggedSentence> train = {sentence({"we", "like", "apples"}, {0, 1, 2}),
                                             sentence({"they", "eat", "pears"}, {0, 1, 2}),
                                             sentence({"you", "want", "apples"}, {0, 1, 2})};
  std::vector<std::string> lines;
  TaggerTrainingOptions options;
  options.epochs = 4;
  options.log = [&](const std::string& l) { lines.push_back(l); };
  const Tagger a = train_tagger(train, train, tags, options);
  CHECK(lines.size() == 4);
  CHECK(lines[0].starts_with("tagger pass 1 epoch 1:"));
  options.log = nullptr;
  const Tagger b = train_tagger(train, train, tags, options);
  ByteWriter wa;
  ByteWriter wb;
  a.write(wa);
  b.write(wb);
  CHECK(wa.bytes() == wb.bytes());
  CHECK(upos_accuracy(a, train) == doctest::Approx(100.0));
  CHECK(upos_accuracy(a, {}) == doctest::Approx(0.0));
}
