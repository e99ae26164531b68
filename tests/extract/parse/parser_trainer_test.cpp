#include "extract/parse/parser_trainer.h"

#include <doctest/doctest.h>

#include <map>

#include "extract/parse/conllu.h"
#include "extract/parse/hash.h"
#include "tests/extract/parse/sample_treebank.h"

using namespace kg::parse;

namespace {

// Parser examples from the sample treebank with gold tags and lemmas.
struct Data {
  std::vector<std::string> labels = {"root"};
  std::vector<ParserExample> train;
  std::vector<ParserDevSentence> dev;
};

Data data() {
  Data d;
  std::map<std::string, int> label_ids = {{"root", 0}};
  std::map<std::string, int> tag_ids;
  auto sentences = read_conllu(test::kSampleTreebank, "sample");
  REQUIRE(sentences.ok());
  for (const Sentence& s : *sentences) {
    ParserExample ex;
    ParserDevSentence dev;
    ex.sentence.word.push_back(0);
    ex.sentence.tag.push_back(0);
    ex.sentence.lemma.push_back(0);
    ex.sentence.coarse.push_back(0);
    ex.gold.heads.push_back(0);
    ex.gold.labels.push_back(0);
    dev.gold.heads.push_back(0);
    dev.gold.labels.emplace_back();
    for (const Word& w : s.words) {
      const auto [tag, added] = tag_ids.emplace(w.xpos, static_cast<int>(tag_ids.size()));
      ex.sentence.word.push_back(hash_string(w.form));
      ex.sentence.tag.push_back(static_cast<std::uint64_t>(tag->second));
      ex.sentence.lemma.push_back(hash_string(w.lemma));
      ex.sentence.coarse.push_back(hash_string(w.upos));
      const auto [label, new_label] =
          label_ids.emplace(w.deprel, static_cast<int>(d.labels.size()));
      if (new_label) d.labels.push_back(w.deprel);
      ex.gold.heads.push_back(w.head);
      ex.gold.labels.push_back(label->second);
      dev.gold.heads.push_back(w.head);
      dev.gold.labels.push_back(w.deprel);
    }
    dev.sentence = ex.sentence;
    d.train.push_back(std::move(ex));
    d.dev.push_back(std::move(dev));
  }
  return d;
}

}  // namespace

TEST_CASE("the dynamic-oracle trainer fits a small treebank") {
  const Data d = data();
  std::vector<std::string> lines;
  ParserTrainingOptions options;
  options.epochs = 20;
  options.log = [&](const std::string& l) { lines.push_back(l); };
  const Parser parser = train_parser(d.train, d.dev, d.labels, options);
  CHECK(lines.size() == 20);
  const AttachmentScores scores = attachment_scores(parser, d.dev);
  CHECK(scores.uas == doctest::Approx(100.0));
  CHECK(scores.las == doctest::Approx(100.0));
}

TEST_CASE("attachment scores count heads and relations without subtypes") {
  const Data d = data();
  const Parser untrained(d.labels, CompactWeights{});
  const AttachmentScores scores = attachment_scores(untrained, d.dev);
  CHECK(scores.uas >= 0.0);
  CHECK(scores.uas <= 100.0);
  CHECK(scores.las <= scores.uas);
}
