#include "extract/parse/parser.h"

#include <doctest/doctest.h>

#include "extract/parse/conllu.h"

using namespace kg::parse;

namespace {

ParserSentence words(int n) {
  ParserSentence s;
  for (int i = 0; i <= n; ++i) {
    s.word.push_back(static_cast<std::uint64_t>(i) * 7919);
    s.tag.push_back(static_cast<std::uint64_t>(i % 3));
    s.lemma.push_back(static_cast<std::uint64_t>(i));
    s.coarse.push_back(static_cast<std::uint64_t>(i % 3));
  }
  return s;
}

}  // namespace

TEST_CASE("an untrained parser still returns a tree with one root word") {
  const Parser parser({"root", "dep", "obj^nsubj"}, CompactWeights{});
  CHECK(parser.root_label() == 0);
  for (int n = 1; n <= 30; ++n) {
    const DependencyTree tree = parser.parse_tree(words(n));
    REQUIRE(tree.heads.size() == static_cast<std::size_t>(n) + 1);
    Sentence s;
    for (int w = 1; w <= n; ++w) {
      Word word;
      word.form = "w";
      word.head = tree.heads[w];
      word.deprel = tree.labels[w];
      CHECK(word.deprel.find('^') == std::string::npos);  // encodings are decoded
      s.words.push_back(word);
    }
    CHECK(check_tree(s, "parse").ok());
  }
}

TEST_CASE("best_allowed respects the preconditions") {
  Configuration c(2, 0);
  std::vector<std::int32_t> scores(static_cast<std::size_t>(action_count(3)), 0);
  scores[action_index({Move::kRight, 1})] = 100;   // not allowed yet
  scores[action_index({Move::kLeft, 2})] = 50;     // not allowed: s0 is the root
  CHECK(Parser::best_allowed(c, scores, 3) == 0);  // SHIFT
  c.apply({Move::kShift, 0});
  CHECK(Parser::best_allowed(c, scores, 3) == action_index({Move::kLeft, 2}));
  c.apply({Move::kShift, 0});
  // Stack [0, 1, 2], empty buffer: only RIGHT with a non-root label.
  CHECK(Parser::best_allowed(c, scores, 3) == action_index({Move::kRight, 1}));
  c.apply({Move::kRight, 1});
  // The last transition must attach to the root with the root label.
  CHECK(Parser::best_allowed(c, scores, 3) == action_index({Move::kRight, 0}));
}

TEST_CASE("a parser survives write and read") {
  const Parser parser({"root", "nsubj"}, CompactWeights::build({}, action_count(2)));
  ByteWriter out;
  parser.write(out);
  ByteReader in(out.bytes());
  const Parser back = Parser::read(in);
  CHECK_FALSE(in.failed());
  CHECK(back.labels() == parser.labels());
  ByteWriter bad;
  bad.varint(1);
  bad.str("nsubj");  // no root label
  CompactWeights::build({}, action_count(1)).write(bad);
  ByteReader bad_in(bad.bytes());
  Parser::read(bad_in);
  CHECK(bad_in.failed());
}
