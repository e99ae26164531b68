#include "extract/openie/tree_view.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "tests/extract/openie/tree_rows.h"

using kg::extract::TreeView;

namespace {

// "The firm , based in Lima , hired Ana Ruiz and the lawyer Juan Soto ."
const kg::parse::Sentence& firm() {
  static const kg::parse::Sentence s = kg::test::tree_from_rows(
      {"The DET 2 det", "firm NOUN 8 nsubj", ", PUNCT 4 punct", "based VERB 2 acl", "in ADP 6 case",
       "Lima PROPN 4 obl", ", PUNCT 4 punct", "hired VERB 0 root", "Ana PROPN 8 obj",
       "Ruiz PROPN 9 flat", "and CCONJ 13 cc", "the DET 13 det", "lawyer NOUN 9 conj",
       "Juan PROPN 13 flat", "Soto PROPN 14 flat", ". PUNCT 8 punct"});
  return s;
}

}  // namespace

TEST_CASE("heads, relations without subtypes, dependents") {
  const std::vector<int> no_margins;
  const TreeView v(firm(), no_margins);
  CHECK(v.size() == 16);
  CHECK(v.head(7) == -1);
  CHECK(v.head(1) == 7);
  CHECK(v.relation(1) == "nsubj");
  CHECK(v.is(3, "acl"));
  CHECK(v.child(7, "obj") == std::vector<int>{8});
  CHECK(v.case_word(5) == 4);
  CHECK(v.case_word(8) == -1);
  CHECK(v.form_is(0, "the"));
  CHECK(v.arc(3) == 1.0);  // no margins: every arc is taken as right
}

TEST_CASE("a phrase leaves out clauses, stop words and edge punctuation") {
  const std::vector<int> no_margins;
  const TreeView v(firm(), no_margins);
  CHECK(v.phrase(1, {7}) == std::pair<int, int>{0, 1});        // "The firm", not "based in Lima"
  CHECK(v.phrase(1, {7}, true) == std::pair<int, int>{0, 5});  // the whole subtree
  CHECK(v.noun_phrase(5, {}) == std::pair<int, int>{5, 5});    // "Lima" without "in"
  CHECK(v.phrase(8, {7}) == std::pair<int, int>{8, 14});  // "Ana Ruiz and the lawyer Juan Soto"
}

TEST_CASE("conjuncts, and the name a common noun is given") {
  const std::vector<int> no_margins;
  const TreeView v(firm(), no_margins);
  CHECK(v.conjuncts(8) == std::vector<int>{8, 12, 13});  // Ana, lawyer, Juan
  // "Boric met his counterpart , Lars Holm .": Holm hung from the verb.
  const kg::parse::Sentence loose = kg::test::tree_from_rows(
      {"Boric PROPN 2 nsubj", "met VERB 0 root", "his PRON 4 nmod:poss", "counterpart NOUN 2 obj",
       ", PUNCT 7 punct", "Lars PROPN 7 compound", "Holm PROPN 2 vocative", ". PUNCT 2 punct"});
  const TreeView l(loose, no_margins);
  CHECK(l.conjuncts(3) == std::vector<int>{3, 6});
  CHECK(l.conjuncts(0) == std::vector<int>{0});  // a proper noun names itself
}

TEST_CASE("arc probabilities come from the margins") {
  const std::vector<int> margins(16, 0);
  const TreeView v(firm(), margins);
  CHECK(v.arc(3) < 0.5);
}

TEST_CASE("a common noun in apposition to a name stands for that name") {
  // "Boric met Andes Labs , the firm he founded ."
  const kg::parse::Sentence s = kg::test::tree_from_rows(
      {"Boric PROPN 2 nsubj", "met VERB 0 root", "Andes PROPN 2 obj", "Labs PROPN 3 flat",
       ", PUNCT 7 punct", "the DET 7 det", "firm NOUN 3 appos", "he PRON 9 nsubj",
       "founded VERB 7 acl:relcl", ". PUNCT 2 punct"});
  const std::vector<int> no_margins;
  const TreeView v(s, no_margins);
  CHECK(v.conjuncts(6) == std::vector<int>{2, 6});
}

TEST_CASE("a plural noun's apposition names each of its conjuncts") {
  // "Boric met two ministers , Ana Ruiz and Eva Soto ."
  kg::parse::Sentence s = kg::test::tree_from_rows(
      {"Boric PROPN 2 nsubj", "met VERB 0 root", "two NUM 4 nummod", "ministers NOUN 2 obj",
       ", PUNCT 6 punct", "Ana PROPN 4 appos", "Ruiz PROPN 6 flat", "and CCONJ 9 cc",
       "Eva PROPN 6 conj", "Soto PROPN 9 flat", ". PUNCT 2 punct"});
  const std::vector<int> no_margins;
  s.words[3].xpos = "NNS";
  CHECK(TreeView(s, no_margins).conjuncts(3) == std::vector<int>{3, 5, 8});
  // A singular noun's apposition is one name: "his deputy , Ana Ruiz and Eva
  // Soto" does not make Eva the deputy.
  s.words[3].xpos = "NN";
  CHECK(TreeView(s, no_margins).conjuncts(3) == std::vector<int>{3, 5});
}

TEST_CASE("a plural noun's including list names some of its referents") {
  // "Rain hit five cities , including Lima and Cusco ."
  kg::parse::Sentence s = kg::test::tree_from_rows(
      {"Rain NOUN 2 nsubj", "hit VERB 0 root", "five NUM 4 nummod", "cities NOUN 2 obj",
       ", PUNCT 7 punct", "including VERB 7 case", "Lima PROPN 4 nmod", "and CCONJ 9 cc",
       "Cusco PROPN 7 conj", ". PUNCT 2 punct"});
  const std::vector<int> no_margins;
  s.words[3].xpos = "NNS";
  CHECK(TreeView(s, no_margins).conjuncts(3) == std::vector<int>{3, 6, 8});
}

TEST_CASE("a subject they stands for the names of the plural subject above") {
  // "Two firms , Acme and Zeta , left because they lost ."
  kg::parse::Sentence s = kg::test::tree_from_rows(
      {"Two NUM 2 nummod", "firms NOUN 8 nsubj", ", PUNCT 4 punct", "Acme PROPN 2 appos",
       "and CCONJ 6 cc", "Zeta PROPN 4 conj", ", PUNCT 4 punct", "left VERB 0 root",
       "because SCONJ 11 mark", "they PRON 11 nsubj", "lost VERB 8 advcl", ". PUNCT 8 punct"});
  const std::vector<int> no_margins;
  s.words[1].xpos = "NNS";
  CHECK(TreeView(s, no_margins).conjuncts(9) == std::vector<int>{3, 5});
  // "Acme and Zeta said they lost .": the coordinated names.
  const kg::parse::Sentence both = kg::test::tree_from_rows(
      {"Acme PROPN 4 nsubj", "and CCONJ 3 cc", "Zeta PROPN 1 conj", "said VERB 0 root",
       "they PRON 6 nsubj", "lost VERB 4 ccomp", ". PUNCT 4 punct"});
  CHECK(TreeView(both, no_margins).conjuncts(4) == std::vector<int>{0, 2});
  // A singular subject is no antecedent of "they": it stays itself.
  s.words[1].xpos = "NN";
  CHECK(TreeView(s, no_margins).conjuncts(9) == std::vector<int>{9});
}
