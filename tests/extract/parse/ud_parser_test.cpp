#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "kg/extract.h"
#include "kg/parse.h"
#include "tests/extract/parse/sample_treebank.h"
#include "tests/extract/temp_dir.h"

using namespace kg::parse;

TEST_CASE("UdParser parses text and CoNLL-U files with the built-in model") {
  auto parser = UdParser::load();
  REQUIRE(parser.ok());
  kg::test::TempDir dir;
  const std::string text = dir.write("a.txt", "Talks ended on Monday.\n");
  const std::string conllu = dir.write("b.conllu", std::string(test::kSampleTreebank));
  auto out = parser->parse_files({text, conllu}, {});
  REQUIRE(out.ok());
  CHECK(out->find("# newdoc id = " + text) != std::string::npos);
  CHECK(out->find("# sent_id = s2") != std::string::npos);  // CoNLL-U comments kept
  ParseFilesOptions two_threads;
  two_threads.threads = 2;
  CHECK(*out == *parser->parse_files({text, conllu}, two_threads));
  CHECK(parser->parse_text("Talks ended on Monday.\n", text) == *parser->parse_files({text}, {}));
}

TEST_CASE("UdParser errors name the file") {
  auto missing = UdParser::load("/nonexistent/model.kgmodel");
  CHECK(missing.status().code() == kg::StatusCode::kNotFound);
  kg::test::TempDir dir;
  const std::string junk = dir.write("junk.kgmodel", "not a model at all");
  auto bad = UdParser::load(junk);
  CHECK(bad.status().code() == kg::StatusCode::kInvalidInput);
  CHECK(bad.status().message().starts_with(junk));

  auto parser = UdParser::load();
  REQUIRE(parser.ok());
  const std::string broken = dir.write("broken.conllu", "1\tHi\n");
  auto out = parser->parse_files({broken}, {});
  CHECK(out.status().code() == kg::StatusCode::kInvalidInput);
  CHECK(out.status().message().starts_with(broken));
}

TEST_CASE("input extensions follow the format") {
  CHECK(input_extensions(InputFormat::kConllu) == std::vector<std::string>{".conllu"});
  CHECK(input_extensions(InputFormat::kAuto) == kg::extract::kTextFileExtensions);
}
