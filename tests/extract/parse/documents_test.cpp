#include "extract/parse/documents.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "extract/parse/embedded_model.h"
#include "tests/extract/parse/sample_treebank.h"
#include "tests/extract/temp_dir.h"

using namespace kg::parse;

namespace {

const Model& built_in() {
  static const Model model = [] {
    auto m = Model::deserialize(embedded_model_bytes(), std::string(kEmbeddedModelName));
    REQUIRE(m.ok());
    return std::move(*m);
  }();
  return model;
}

}  // namespace

TEST_CASE("a CoNLL-U file is read as data, its words as given") {
  kg::test::TempDir dir;
  const std::string path = dir.write("sample.conllu", std::string(test::kSampleTreebank));
  std::vector<Sentence> sentences;
  REQUIRE(read_conllu_input(path, sentences).ok());
  REQUIRE(sentences.size() >= 3);
  CHECK(sentences[1].tokens.size() == 1);  // "don't"
  std::vector<Sentence> treebank;
  CHECK(read_treebank(path, treebank).ok());
  CHECK(treebank.size() == sentences.size());
}

TEST_CASE("a treebank needs a relation on every word") {
  kg::test::TempDir dir;
  const std::string path = dir.write("bad.conllu", "1\tHi\thi\tINTJ\tUH\t_\t0\t_\t_\t_\n\n");
  std::vector<Sentence> sentences;
  const kg::Status status = read_treebank(path, sentences);
  CHECK(status.code() == kg::StatusCode::kInvalidInput);
  CHECK(status.message().find("has no usable DEPREL") != std::string::npos);
}

TEST_CASE("tokenised text: one sentence a line, words as given") {
  kg::test::TempDir dir;
  const std::string path = dir.write("t.txt", "Talks ended .\n\nThey met on Monday .\n");
  std::vector<Sentence> sentences;
  REQUIRE(read_tokenized_input(path, sentences).ok());
  REQUIRE(sentences.size() == 2);
  CHECK(sentences[0].words.size() == 3);
  CHECK(sentences[1].comment_value("text") == "They met on Monday .");
}

TEST_CASE("raw text: sentences keep the input's characters and SpaceAfter") {
  const std::vector<Sentence> sentences =
      text_sentences("She didn't stay.  He left!\n", "doc", built_in());
  REQUIRE(sentences.size() == 2);
  CHECK(sentences[0].comment_value("newdoc id") == "doc");
  CHECK(sentences[0].comment_value("sent_id") == "doc-1");
  CHECK(sentences[0].tokens.size() == 1);  // didn't = did + n't
  CHECK(sentences[1].comment_value("text") == "He left!");
  CHECK(no_space_after(sentences[1].words[1].misc));
}

TEST_CASE("annotating is the same on one thread and on two") {
  std::vector<Sentence> one = text_sentences(
      "The minister visited Hanoi on Monday. Talks ended without an agreement.", "d", built_in());
  std::vector<Sentence> two = one;
  annotate_all(built_in(), one, 1);
  annotate_all(built_in(), two, 2);
  std::string a;
  std::string b;
  for (const Sentence& s : one) append_conllu(s, a);
  for (const Sentence& s : two) append_conllu(s, b);
  CHECK(a == b);
  CHECK(one[0].words[0].upos == "DET");
}
