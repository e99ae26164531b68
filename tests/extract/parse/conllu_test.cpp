#include "extract/parse/conllu.h"

#include <doctest/doctest.h>

using namespace kg::parse;

namespace {

// Own sentences: a contraction as a multiword token, an empty node and
// comments, columns as UD English writes them.
const std::string kSample =
    "# newdoc id = test-doc\n"
    "# sent_id = test-1\n"
    "# text = We don't know.\n"
    "1\tWe\twe\tPRON\tPRP\tCase=Nom\t3\tnsubj\t3:nsubj\t_\n"
    "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t4:aux\t_\n"
    "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t4:advmod\t_\n"
    "4\tknow\tknow\tVERB\tVB\t_\t0\troot\t0:root\tSpaceAfter=No\n"
    "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t4:punct\t_\n"
    "\n"
    "# sent_id = test-2\n"
    "# text = Cats eat fish and dogs meat.\n"
    "1\tCats\tcat\tNOUN\tNNS\t_\t2\tnsubj\t2:nsubj\t_\n"
    "2\teat\teat\tVERB\tVBP\t_\t0\troot\t0:root\t_\n"
    "3\tfish\tfish\tNOUN\tNN\t_\t2\tobj\t2:obj\t_\n"
    "4\tand\tand\tCCONJ\tCC\t_\t5\tcc\t5.1:cc\t_\n"
    "5\tdogs\tdog\tNOUN\tNNS\t_\t2\tconj\t5.1:nsubj\t_\n"
    "5.1\teat\teat\tVERB\tVBP\t_\t_\t_\t2:conj:and\tCopyOf=2\n"
    "6\tmeat\tmeat\tNOUN\tNN\t_\t5\torphan\t5.1:obj\tSpaceAfter=No\n"
    "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t2:punct\t_\n"
    "\n";

}  // namespace

TEST_CASE("reading keeps comments, multiword tokens and empty nodes") {
  auto sentences = read_conllu(kSample, "sample.conllu");
  REQUIRE(sentences.ok());
  REQUIRE(sentences->size() == 2);
  const Sentence& first = (*sentences)[0];
  CHECK(first.comments.size() == 3);
  CHECK(first.comment_value("sent_id") == "test-1");
  CHECK(first.comment_value("text") == "We don't know.");
  CHECK(first.comment_value("missing").empty());
  REQUIRE(first.words.size() == 5);
  REQUIRE(first.tokens.size() == 1);
  CHECK(first.tokens[0].first == 2);
  CHECK(first.tokens[0].last == 3);
  CHECK(first.tokens[0].form == "don't");
  CHECK(first.words[2].form == "n't");
  CHECK(first.words[2].head == 4);
  CHECK(first.words[3].head == 0);
  CHECK(no_space_after(first.words[3].misc));
  CHECK(first.line == 1);
  const Sentence& second = (*sentences)[1];
  REQUIRE(second.empty_nodes.size() == 1);
  CHECK(second.empty_nodes[0].after == 5);
  CHECK(second.words.size() == 7);
  CHECK(second.line == 11);
}

TEST_CASE("writing reproduces the input byte for byte") {
  auto sentences = read_conllu(kSample, "sample.conllu");
  REQUIRE(sentences.ok());
  std::string out;
  for (const Sentence& s : *sentences) append_conllu(s, out);
  CHECK(out == kSample);
}

TEST_CASE("CRLF line ends and a missing final blank line are accepted") {
  const std::string text = "1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\t_\r\n";
  auto sentences = read_conllu(text, "crlf.conllu");
  REQUIRE(sentences.ok());
  REQUIRE(sentences->size() == 1);
  CHECK((*sentences)[0].words[0].misc == "_");
  // Carriage returns before the line end all belong to it, so what is read
  // writes back as text that reads the same (found by the conllu fuzz target).
  auto more = read_conllu("1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\tX\r\r\r\n", "cr.conllu");
  REQUIRE(more.ok());
  CHECK((*more)[0].words[0].misc == "X");
  std::string out;
  append_conllu((*more)[0], out);
  auto again = read_conllu(out, "again.conllu");
  REQUIRE(again.ok());
  CHECK((*again)[0].words[0].misc == "X");
}

TEST_CASE("unknown heads are kept as kNoHead") {
  auto sentences = read_conllu("1\tHi\t_\t_\t_\t_\t_\t_\t_\t_\n", "x");
  REQUIRE(sentences.ok());
  CHECK((*sentences)[0].words[0].head == Word::kNoHead);
  std::string out;
  append_conllu((*sentences)[0], out);
  CHECK(out == "1\tHi\t_\t_\t_\t_\t_\t_\t_\t_\n\n");
}

TEST_CASE("malformed input is a one-line error naming file and line") {
  const auto error = [](const std::string& text) {
    auto r = read_conllu(text, "bad.conllu");
    REQUIRE_FALSE(r.ok());
    CHECK(r.status().code() == kg::StatusCode::kInvalidInput);
    CHECK(r.status().message().find('\n') == std::string::npos);
    return r.status().message();
  };
  CHECK(error("Just some prose.\n") ==
        "bad.conllu: line 1: not CoNLL-U (expected 10 tab-separated columns, found 1)");
  CHECK(error("1\ta\t_\t_\t_\t_\t0\troot\t_\t_\n3\tb\t_\t_\t_\t_\t1\tdep\t_\t_\n") ==
        "bad.conllu: line 2: word ID 3 where 2 was expected");
  CHECK(error("x\ta\t_\t_\t_\t_\t0\troot\t_\t_\n") == "bad.conllu: line 1: bad ID \"x\"");
  CHECK(error("1\ta\t_\t_\t_\t_\t7\troot\t_\t_\n") ==
        "bad.conllu: line 1: HEAD 7 is not a word of the sentence");
  CHECK(error("1\ta\t_\t_\t_\t_\tone\troot\t_\t_\n") == "bad.conllu: line 1: bad HEAD \"one\"");
  CHECK(error("1-3\tabc\t_\t_\t_\t_\t_\t_\t_\t_\n1\ta\t_\t_\t_\t_\t0\troot\t_\t_\n") ==
        "bad.conllu: line 1: multiword token 1-3 beyond the last word");
  CHECK(error("1\t\t_\t_\t_\t_\t0\troot\t_\t_\n") == "bad.conllu: line 1: empty FORM");
  CHECK(error("# only a comment\n\n") == "bad.conllu: not CoNLL-U (no word lines)");
  CHECK(error("1\ta\t_\t_\t_\t_\t0\troot\t_\t_\n# late\n") ==
        "bad.conllu: line 2: comment inside a sentence");
}

TEST_CASE("check_tree accepts trees and rejects cycles, several roots and missing heads") {
  auto sentences = read_conllu(kSample, "sample.conllu");
  REQUIRE(sentences.ok());
  CHECK(check_tree((*sentences)[0], "sample.conllu").ok());
  CHECK(check_tree((*sentences)[1], "sample.conllu").ok());

  Sentence cyclic = (*sentences)[0];
  cyclic.words[0].head = 2;  // We -> do
  cyclic.words[1].head = 1;  // do -> We
  const kg::Status cycle = check_tree(cyclic, "c.conllu");
  CHECK(cycle.message() == "c.conllu: line 1: not a tree (cycle through word 1)");

  Sentence two_roots = (*sentences)[0];
  two_roots.words[0].head = 0;
  CHECK(check_tree(two_roots, "r.conllu").message() == "r.conllu: line 1: not a tree (2 roots)");

  Sentence self = (*sentences)[0];
  self.words[4].head = 5;
  CHECK(check_tree(self, "s.conllu").message() == "s.conllu: line 1: word 5 is its own head");

  Sentence headless = (*sentences)[0];
  headless.words[2].head = Word::kNoHead;
  CHECK(check_tree(headless, "h.conllu").message() == "h.conllu: line 1: word 3 has no HEAD");
}

TEST_CASE("SpaceAfter and relation helpers") {
  CHECK(no_space_after("SpaceAfter=No"));
  CHECK(no_space_after("Entity=1)|SpaceAfter=No"));
  CHECK_FALSE(no_space_after("_"));
  CHECK_FALSE(no_space_after("SpaceAfter=Yes"));
  CHECK(with_space_after("_", false) == "SpaceAfter=No");
  CHECK(with_space_after("SpaceAfter=No", true) == "_");
  CHECK(with_space_after("Entity=1)|SpaceAfter=No", true) == "Entity=1)");
  CHECK(with_space_after("Entity=1)", false) == "SpaceAfter=No|Entity=1)");
  CHECK(universal_relation("nmod:poss") == "nmod");
  CHECK(universal_relation("obj") == "obj");
}
