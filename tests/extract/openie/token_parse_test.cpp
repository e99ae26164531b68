#include "extract/openie/token_parse.h"

#include <doctest/doctest.h>

#include "tests/extract/openie/parser_model.h"
#include "tests/extract/openie/sentence_words.h"

using kg::extract::arc_probability;
using kg::extract::parse_tokens;
using kg::extract::UdParse;
using kg::test::words;

TEST_CASE("one word per token, PTB escapes parsed as the characters they stand for") {
  const std::vector<std::string> tokens =
      words("The agency -LRB- WHO -RRB- approved the `` test '' .");
  const UdParse parsed = parse_tokens(kg::test::parser_model(), tokens);
  REQUIRE(parsed.tree.words.size() == tokens.size());
  CHECK(parsed.tree.words[2].form == "(");
  CHECK(parsed.tree.words[4].form == ")");
  CHECK(parsed.tree.words[7].form == "\"");
  CHECK(parsed.tree.words[1].form == "agency");
  CHECK(parsed.margins.size() == tokens.size());
  int roots = 0;
  for (const kg::parse::Word& w : parsed.tree.words) roots += w.head == 0 ? 1 : 0;
  CHECK(roots == 1);
}

TEST_CASE("a part of speech known beforehand is the one the parser reads") {
  const std::vector<std::string> tokens = words("Dutch broadcaster NOS reported it .");
  const UdParse free = parse_tokens(kg::test::parser_model(), tokens);
  const UdParse hinted =
      parse_tokens(kg::test::parser_model(), tokens, {"ADJ", "", "", "", "", ""});
  CHECK(hinted.tree.words[0].upos == "ADJ");
  CHECK(hinted.tree.words[1].upos == free.tree.words[1].upos);
}

TEST_CASE("no tokens, no words") {
  const UdParse parsed = parse_tokens(kg::test::parser_model(), {});
  CHECK(parsed.tree.words.empty());
  CHECK(parsed.margins.empty());
}

TEST_CASE("arc probability grows with the parser's margin") {
  CHECK(arc_probability(0) < 0.5);
  CHECK(arc_probability(400) > 0.9);
  CHECK(arc_probability(100) < arc_probability(200));
  CHECK(arc_probability(1 << 30) <= 1.0);
}
