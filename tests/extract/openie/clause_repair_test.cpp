#include "extract/openie/clause_repair.h"

#include <doctest/doctest.h>

#include <string>

#include "tests/extract/openie/tree_rows.h"

using kg::extract::repair_relative_clauses;

namespace {

int head(const kg::parse::Sentence& s, int id) { return s.words.at(id - 1).head; }
const std::string& deprel(const kg::parse::Sentence& s, int id) {
  return s.words.at(id - 1).deprel;
}

}  // namespace

TEST_CASE("a whose clause read as the main clause gives the main verb back") {
  // "The council , whose members met in June , approved the plan ." as the
  // parser reads it: "met" the root, "approved" its conjunct.
  kg::parse::Sentence s = kg::test::tree_from_rows(
      {"The DET 2 det", "council NOUN 6 nsubj", ", PUNCT 2 punct", "whose PRON 5 nmod:poss",
       "members NOUN 6 nsubj", "met VERB 0 root", "in ADP 8 case", "June PROPN 6 obl",
       ", PUNCT 10 punct", "approved VERB 6 conj", "the DET 12 det", "plan NOUN 10 obj",
       ". PUNCT 6 punct"});
  CHECK(repair_relative_clauses(s) == 1);
  CHECK(head(s, 10) == 0);
  CHECK(deprel(s, 10) == "root");
  CHECK(head(s, 2) == 10);
  CHECK(deprel(s, 2) == "nsubj");
  CHECK(head(s, 6) == 2);
  CHECK(deprel(s, 6) == "acl:relcl");
  CHECK(head(s, 8) == 6);    // "in June" stays in the relative clause
  CHECK(head(s, 13) == 10);  // the final stop goes with the main clause
}

TEST_CASE("the noun after whose becomes the subject of the verb after its apposition") {
  // "The film , whose stars , Ana and Eva , also shared the award ." with
  // "stars" an apposition and "shared" a parataxis of the root.
  kg::parse::Sentence s = kg::test::tree_from_rows(
      {"The DET 2 det", "film NOUN 0 root", ", PUNCT 5 punct", "whose PRON 5 nmod:poss",
       "stars NOUN 2 appos", ", PUNCT 7 punct", "Ana PROPN 5 appos", "and CCONJ 9 cc",
       "Eva PROPN 7 conj", ", PUNCT 12 punct", "also ADV 12 advmod", "shared VERB 2 parataxis",
       "the DET 14 det", "award NOUN 12 obj", ". PUNCT 2 punct"});
  CHECK(repair_relative_clauses(s) == 1);
  CHECK(head(s, 5) == 12);
  CHECK(deprel(s, 5) == "nsubj");
  CHECK(head(s, 12) == 2);
  CHECK(deprel(s, 12) == "acl:relcl");
}

TEST_CASE("no repair when the verb after the clause has its own subject or coordinator") {
  // "... , whose members met in June , and approved the plan": "approved"
  // continues the relative clause.
  kg::parse::Sentence coordinated = kg::test::tree_from_rows(
      {"The DET 2 det", "council NOUN 6 nsubj", ", PUNCT 2 punct", "whose PRON 5 nmod:poss",
       "members NOUN 6 nsubj", "met VERB 0 root", ", PUNCT 11 punct", "and CCONJ 11 cc",
       "then ADV 11 advmod", "they PRON 11 nsubj", "approved VERB 6 conj", ". PUNCT 6 punct"});
  CHECK(repair_relative_clauses(coordinated) == 0);
  CHECK(head(coordinated, 6) == 0);
  // No comma before "whose": a restrictive clause the parser may read right.
  kg::parse::Sentence restrictive =
      kg::test::tree_from_rows({"People PROPN 4 nsubj", "whose PRON 3 nmod:poss",
                                "homes NOUN 4 nsubj", "flooded VERB 0 root", ". PUNCT 4 punct"});
  CHECK(repair_relative_clauses(restrictive) == 0);
}

TEST_CASE("a unit of time read as the subject gives the clause its subject back") {
  // "It came a day after the prize was given to Ana ." as the parser reads
  // it: "day" the subject of "given", "prize" its nmod with case "after".
  kg::parse::Sentence s = kg::test::tree_from_rows(
      {"It PRON 2 nsubj", "came VERB 0 root", "a DET 4 det", "day NOUN 9 nsubj:pass",
       "after ADP 7 case", "the DET 7 det", "prize NOUN 4 nmod", "was AUX 9 aux:pass",
       "given VERB 2 ccomp", "to ADP 11 case", "Ana PROPN 9 obl", ". PUNCT 2 punct"});
  CHECK(kg::extract::repair_time_clauses(s) == 1);
  CHECK(head(s, 7) == 9);
  CHECK(deprel(s, 7) == "nsubj:pass");
  CHECK(head(s, 5) == 9);
  CHECK(deprel(s, 5) == "mark");
  CHECK(head(s, 4) == 2);
  CHECK(deprel(s, 4) == "obl:unmarked");
  CHECK(deprel(s, 9) == "advcl");
  // A subject that is no unit of time stays: "the head of the board".
  kg::parse::Sentence other =
      kg::test::tree_from_rows({"The DET 2 det", "head NOUN 5 nsubj", "after ADP 4 case",
                                "talks NOUN 2 nmod", "resigned VERB 0 root", ". PUNCT 5 punct"});
  CHECK(kg::extract::repair_time_clauses(other) == 0);
}

TEST_CASE("a who clause whose verb took the main verb as its conjunct") {
  // "Ana , who was born in Lima , fled ." with "Ana" the root and "fled" a
  // conjunct of "born".
  kg::parse::Sentence s = kg::test::tree_from_rows(
      {"Ana PROPN 0 root", ", PUNCT 5 punct", "who PRON 5 nsubj:pass", "was AUX 5 aux:pass",
       "born VERB 1 acl:relcl", "in ADP 7 case", "Lima PROPN 5 obl", ", PUNCT 9 punct",
       "fled VERB 5 conj", ". PUNCT 1 punct"});
  CHECK(kg::extract::repair_relative_clauses(s) == 1);
  CHECK(head(s, 9) == 0);
  CHECK(deprel(s, 9) == "root");
  CHECK(head(s, 1) == 9);
  CHECK(deprel(s, 1) == "nsubj");
  CHECK(head(s, 5) == 1);
  CHECK(head(s, 10) == 9);
  // "and fled": a conjunct of the relative clause, left as it is.
  kg::parse::Sentence coordinated = kg::test::tree_from_rows(
      {"Ana PROPN 0 root", ", PUNCT 5 punct", "who PRON 5 nsubj:pass", "was AUX 5 aux:pass",
       "born VERB 1 acl:relcl", "in ADP 7 case", "Lima PROPN 5 obl", "and CCONJ 9 cc",
       "fled VERB 5 conj", ". PUNCT 1 punct"});
  CHECK(kg::extract::repair_relative_clauses(coordinated) == 0);
}

TEST_CASE("the antecedent keeps its own modifiers when the main verb takes its place") {
  // "Greek pagans , who saw gods , scorned him ."
  kg::parse::Sentence s = kg::test::tree_from_rows(
      {"Greek ADJ 2 amod", "pagans NOUN 0 root", ", PUNCT 5 punct", "who PRON 5 nsubj",
       "saw VERB 2 acl:relcl", "gods NOUN 5 obj", ", PUNCT 8 punct", "scorned VERB 5 conj",
       "him PRON 8 obj", ". PUNCT 2 punct"});
  CHECK(kg::extract::repair_relative_clauses(s) == 1);
  CHECK(head(s, 1) == 2);  // "Greek" stays with "pagans"
  CHECK(head(s, 2) == 8);
  CHECK(head(s, 10) == 8);  // the stop goes to the main verb
}

TEST_CASE("a participle after a prepositional phrase's comma belongs to the verb") {
  // "Ana left Acme by agreement , turning down an offer ." with "turning"
  // hung on "agreement".
  kg::parse::Sentence s = kg::test::tree_from_rows(
      {"Ana PROPN 2 nsubj", "left VERB 0 root", "Acme PROPN 2 obj", "by ADP 5 case",
       "agreement NOUN 2 obl", ", PUNCT 7 punct", "turning VERB 5 acl", "down ADP 7 compound:prt",
       "an DET 10 det", "offer NOUN 7 obj", ". PUNCT 2 punct"});
  s.words[6].xpos = "VBG";
  CHECK(kg::extract::repair_participle_clauses(s) == 1);
  CHECK(head(s, 7) == 2);
  CHECK(deprel(s, 7) == "advcl");
  // A participle describing an object noun stays its modifier.
  kg::parse::Sentence object =
      kg::test::tree_from_rows({"Ana PROPN 2 nsubj", "founded VERB 0 root", "a DET 4 det",
                                "firm NOUN 2 obj", ", PUNCT 6 punct", "employing VERB 4 acl",
                                "200 NUM 8 nummod", "people NOUN 6 obj", ". PUNCT 2 punct"});
  object.words[5].xpos = "VBG";
  CHECK(kg::extract::repair_participle_clauses(object) == 0);
}
