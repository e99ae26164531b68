#include "extract/parse/raw_text.h"

#include <doctest/doctest.h>

using namespace kg::parse;

namespace {

std::vector<std::string> paragraphs(std::string_view text) {
  std::vector<std::string> out;
  for (const TextSpan& p : split_paragraphs(text))
    out.emplace_back(text.substr(p.start, p.end - p.start));
  return out;
}

}  // namespace

TEST_CASE("every line is a paragraph unless a block is hard-wrapped") {
  CHECK(paragraphs("Title\nFirst line.\n\n  Second.  \n") ==
        std::vector<std::string>{"Title", "First line.", "Second."});
  CHECK(paragraphs("This sentence is wrapped\nin the middle and goes\non for a while.\n\nNext.") ==
        std::vector<std::string>{
            "This sentence is wrapped\nin the middle and goes\non for a while.", "Next."});
  CHECK(paragraphs("").empty());
  CHECK(paragraphs("\n \n\t\n").empty());
}

TEST_CASE("raw_sentence takes forms from the original text through the offset map") {
  // The tokenizer read a normalised copy in which the curly apostrophe (3
  // bytes) became ' (1 byte): offsets after it are 2 bytes further in the original.
  const std::string original = "We don\u2019t  know.";
  const std::string normalized = "We don't  know.";
  const OffsetMap to_original = [](std::size_t pos) { return pos <= 6 ? pos : pos + 2; };
  const std::vector<Token> tokens = tokenize(normalized);
  const Sentence s = raw_sentence(original, tokens, to_original, "doc-1");
  REQUIRE(s.words.size() == 5);
  CHECK(s.words[1].form == "do");
  CHECK(s.words[2].form == "n\u2019t");
  REQUIRE(s.tokens.size() == 1);
  CHECK(s.tokens[0].form == "don\u2019t");
  CHECK(s.tokens[0].misc == "_");
  CHECK(s.words[3].form == "know");
  CHECK(s.words[3].misc == "SpaceAfter=No");
  CHECK(s.comments ==
        std::vector<std::string>{"# sent_id = doc-1", "# text = We don\u2019t  know."});
}
