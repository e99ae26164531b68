#include "extract/parse/model.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "extract/parse/trainer.h"
#include "tests/extract/parse/sample_treebank.h"

using namespace kg::parse;

namespace {

Model tiny_model() {
  auto sentences = read_conllu(test::kSampleTreebank, "sample");
  REQUIRE(sentences.ok());
  TrainingOptions o;
  o.parser_epochs = 5;
  o.tagger_epochs = 5;
  o.folds = 0;
  o.parser_min_updates = 1;
  o.tagger_min_updates = 1;
  o.parser_min_weight = 1;
  o.tagger_min_weight = 1;
  auto model = train_model(*sentences, {}, o);
  REQUIRE(model.ok());
  return *model;
}

}  // namespace

TEST_CASE("a model survives its file format") {
  const std::string bytes = tiny_model().serialize();
  auto back = Model::deserialize(bytes, "tiny.kgmodel");
  REQUIRE(back.ok());
  CHECK(back->serialize() == bytes);
}

TEST_CASE("broken model files are one-line errors") {
  const std::string bytes = tiny_model().serialize();
  const auto message = [](std::string_view file) {
    auto m = Model::deserialize(file, "m.kgmodel");
    REQUIRE_FALSE(m.ok());
    CHECK(m.status().message().find('\n') == std::string::npos);
    return m.status().message();
  };
  CHECK(message(bytes.substr(0, bytes.size() / 2)).starts_with("m.kgmodel: truncated model"));
  CHECK(message("") == "m.kgmodel: not a kg parser model");
  CHECK(message("\x7f"
                "ELF\x02\x01\x01 and more bytes than a header has") ==
        "m.kgmodel: not a kg parser model");
  std::string flipped = bytes;
  flipped[flipped.size() / 2] ^= 0x10;
  CHECK(message(flipped) == "m.kgmodel: corrupt model (checksum mismatch)");
  std::string newer = bytes;
  newer[8] = 9;  // the version field follows the 8-byte magic
  CHECK(message(newer) == "m.kgmodel: model format version 9, this kg reads version 1");
  CHECK(message(bytes + "x") == "m.kgmodel: corrupt model (trailing bytes after the payload)");
}

TEST_CASE("load_model_file reads a file and names it in errors") {
  const std::string bytes = tiny_model().serialize();
  const auto dir = std::filesystem::temp_directory_path() / "kg_parse_model_test";
  std::filesystem::create_directories(dir);
  const std::string path = (dir / "tiny.kgmodel").string();
  std::ofstream(path, std::ios::binary) << bytes;
  auto model = load_model_file(path);
  REQUIRE(model.ok());
  CHECK(model->serialize() == bytes);
  auto missing = load_model_file((dir / "missing.kgmodel").string());
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.status().code() == kg::StatusCode::kNotFound);
  auto folder = load_model_file(dir.string());
  REQUIRE_FALSE(folder.ok());
  CHECK(folder.status().message() == dir.string() + ": is a folder");
  std::filesystem::remove_all(dir);
}

TEST_CASE("annotate keeps forms, comments, multiword tokens and MISC") {
  const Model model = tiny_model();
  auto sentences = read_conllu(test::kSampleTreebank, "sample");
  REQUIRE(sentences.ok());
  Sentence s = (*sentences)[1];
  model.annotate(s);
  CHECK(s.comments == (*sentences)[1].comments);
  CHECK(s.tokens.size() == 1);
  CHECK(s.words[2].form == "n't");
  CHECK(s.words[4].misc == "SpaceAfter=No");
  CHECK(s.words[0].deps == "_");
}
