#include "extract/relations/event_nouns.h"

#include <doctest/doctest.h>

#include "tests/extract/openie/tree_rows.h"
#include "tests/extract/relations/relation_fixture.h"

using kg::test::Strings;

namespace {

// The event-noun relations of `text` read over the tree given as "FORM UPOS
// HEAD DEPREL" rows, one per token of the sentence.
Strings events(const std::string& text, const std::vector<std::string>& rows) {
  kg::test::Analysis a = kg::test::analyse({text});
  const kg::extract::AnalysedSentence& s = a.sentences.at(0);
  REQUIRE(s.tokens.size() == rows.size());
  for (std::size_t i = 0; i < rows.size(); ++i)
    CHECK(rows[i].rfind(s.tokens[i].text + " ", 0) == 0);
  const kg::parse::Sentence tree = kg::test::tree_from_rows(rows);
  const std::vector<int> no_margins;
  const kg::extract::TreeView view(tree, no_margins);
  std::vector<kg::extract::RawRelation> out;
  kg::extract::read_event_nouns(s, kg::extract::sentence_words(s), view, 0, out);
  Strings rendered;
  for (const auto& r : out) rendered.push_back(kg::test::render(a, r));
  return rendered;
}

}  // namespace

TEST_CASE("the parties of a meeting met") {
  CHECK(events("The talks between Chile and Peru ended.",
               {"The DET 2 det", "talks NOUN 6 nsubj", "between ADP 4 case", "Chile PROPN 2 nmod",
                "and CCONJ 5 cc", "Peru PROPN 4 conj", "ended VERB 0 root", ". PUNCT 6 punct"}) ==
        Strings{"Chile | met | Peru"});
  CHECK(events("Sweden's meeting with Norway was short.",
               {"Sweden PROPN 3 nmod:poss", "'s PART 1 case", "meeting NOUN 7 nsubj",
                "with ADP 5 case", "Norway PROPN 3 nmod", "was AUX 7 cop", "short ADJ 0 root",
                ". PUNCT 7 punct"}) == Strings{"Sweden | met | Norway"});
}

TEST_CASE("the one by acquired the one of") {
  CHECK(events("The acquisition of Lindqvist Foods by Norrland Group ended.",
               {"The DET 2 det", "acquisition NOUN 9 nsubj", "of ADP 4 case",
                "Lindqvist PROPN 2 nmod", "Foods PROPN 4 flat", "by ADP 7 case",
                "Norrland PROPN 2 nmod", "Group PROPN 7 flat", "ended VERB 0 root",
                ". PUNCT 9 punct"}) == Strings{"Norrland Group | acquired | Lindqvist Foods"});
  // A possessive is the buyer beside "of", the bought beside "by".
  CHECK(events("Chile cleared Norrland Group's purchase of Lindqvist Foods.",
               {"Chile PROPN 2 nsubj", "cleared VERB 0 root", "Norrland PROPN 6 nmod:poss",
                "Group PROPN 3 flat", "'s PART 3 case", "purchase NOUN 2 obj", "of ADP 8 case",
                "Lindqvist PROPN 6 nmod", "Foods PROPN 8 flat", ". PUNCT 2 punct"}) ==
        Strings{"Norrland Group | acquired | Lindqvist Foods"});
}

TEST_CASE("other nouns, and nouns without named parties, state nothing") {
  CHECK(events("The report of Chile on Peru ended.",
               {"The DET 2 det", "report NOUN 7 nsubj", "of ADP 4 case", "Chile PROPN 2 nmod",
                "on ADP 6 case", "Peru PROPN 2 nmod", "ended VERB 0 root", ". PUNCT 7 punct"})
            .empty());
}
