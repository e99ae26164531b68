#include "extract/parse/trainer.h"

#include <doctest/doctest.h>

#include "tests/extract/parse/sample_treebank.h"

using namespace kg::parse;

namespace {

std::vector<Sentence> sample() {
  auto sentences = read_conllu(test::kSampleTreebank, "sample");
  REQUIRE(sentences.ok());
  return *sentences;
}

TrainingOptions tiny_options() {
  TrainingOptions o;
  o.parser_epochs = 25;
  o.tagger_epochs = 20;
  o.folds = 0;
  o.parser_min_updates = 1;
  o.tagger_min_updates = 1;
  o.parser_min_weight = 1;
  o.tagger_min_weight = 1;
  return o;
}

}  // namespace

TEST_CASE("a tiny model trained on a handful of sentences parses them back") {
  const std::vector<Sentence> train = sample();
  std::vector<std::string> log;
  TrainingOptions options = tiny_options();
  options.log = [&](const std::string& line) { log.push_back(line); };
  auto model = train_model(train, train, options);
  REQUIRE(model.ok());
  CHECK_FALSE(log.empty());
  for (const Sentence& gold : train) {
    Sentence s = gold;
    for (Word& w : s.words) {
      w.head = Word::kNoHead;
      for (std::string* field : {&w.deprel, &w.upos, &w.xpos, &w.lemma}) field->assign(1, '_');
    }
    model->annotate(s);
    for (std::size_t i = 0; i < s.words.size(); ++i) {
      INFO(gold.comment_value("text") << " word " << i + 1);
      CHECK(s.words[i].upos == gold.words[i].upos);
      CHECK(s.words[i].xpos == gold.words[i].xpos);
      CHECK(s.words[i].lemma == gold.words[i].lemma);
      CHECK(s.words[i].head == gold.words[i].head);
      CHECK(s.words[i].deprel == gold.words[i].deprel);
    }
    CHECK(check_tree(s, "annotated").ok());
  }
}

TEST_CASE("training is deterministic: same data and seed, same bytes, any thread count") {
  const std::vector<Sentence> train = sample();
  TrainingOptions options = tiny_options();
  options.parser_epochs = 3;
  options.tagger_epochs = 3;
  options.folds = 2;  // jackknifed tags: taggers trained in parallel
  options.threads = 1;
  auto one = train_model(train, train, options);
  options.threads = 3;
  auto three = train_model(train, train, options);
  REQUIRE(one.ok());
  REQUIRE(three.ok());
  CHECK(one->serialize() == three->serialize());
  options.seed = 2;
  auto other_seed = train_model(train, train, options);
  REQUIRE(other_seed.ok());
  CHECK(other_seed->serialize().size() > 0);
}

TEST_CASE("no training sentences is an error") {
  auto model = train_model({}, {}, tiny_options());
  CHECK_FALSE(model.ok());
}
