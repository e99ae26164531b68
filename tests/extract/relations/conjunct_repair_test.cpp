#include "extract/relations/conjunct_repair.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "tests/extract/lexicon/lexicon_fixture.h"
#include "tests/extract/openie/tree_rows.h"

using kg::EntityType;
using kg::extract::repair_colon_lists;
using kg::extract::repair_conjuncts;
using kg::extract::repair_including_lists;

namespace {

constexpr EntityType kNone = EntityType::kOther;
constexpr EntityType kPerson = EntityType::kPerson;
constexpr EntityType kOrg = EntityType::kOrganization;

// "It went to Ann Lee of Acme and Bo Park of Zeta": Bo hung on Acme.
std::vector<std::string> misattached() {
  return {"It PRON 2 nsubj",  "went VERB 0 root",  "to ADP 4 case",     "Ann PROPN 2 obl",
          "Lee PROPN 4 flat", "of ADP 7 case",     "Acme PROPN 4 nmod", "and CCONJ 9 cc",
          "Bo PROPN 7 conj",  "Park PROPN 9 flat", "of ADP 12 case",    "Zeta PROPN 9 nmod"};
}

std::vector<EntityType> types() {
  return {kNone, kNone, kNone, kPerson, kPerson, kNone, kOrg, kNone, kPerson, kPerson, kNone, kOrg};
}

}  // namespace

TEST_CASE("a person hung on the organisation of the person before moves to that person") {
  kg::parse::Sentence tree = kg::test::tree_from_rows(misattached());
  CHECK(repair_conjuncts(tree, types()) == 1);
  CHECK(tree.words[8].head == 4);  // Bo -> Ann
  CHECK(tree.words[8].deprel == "conj");
  CHECK(tree.words[11].head == 9);  // Zeta stays Bo's
}

TEST_CASE("conjuncts of one type, or of no entity, stay where the parser put them") {
  // "Ann Lee of Acme and Zeta": two organisations.
  std::vector<EntityType> same = types();
  same[8] = same[9] = kOrg;
  kg::parse::Sentence tree = kg::test::tree_from_rows(misattached());
  CHECK(repair_conjuncts(tree, same) == 0);
  CHECK(tree.words[8].head == 7);
  // A conjunct naming nothing.
  std::vector<EntityType> plain = types();
  plain[8] = plain[9] = kNone;
  CHECK(repair_conjuncts(tree, plain) == 0);
  // No word of the conjunct's type up the chain: "of Acme" hangs from a verb.
  std::vector<std::string> rows = misattached();
  rows[6] = "Acme PROPN 2 obl";
  kg::parse::Sentence verb = kg::test::tree_from_rows(rows);
  CHECK(repair_conjuncts(verb, types()) == 0);
}

TEST_CASE("types that do not match the words are ignored") {
  kg::parse::Sentence tree = kg::test::tree_from_rows(misattached());
  std::vector<EntityType> short_types = types();
  short_types.pop_back();
  CHECK(repair_conjuncts(tree, short_types) == 0);
}

TEST_CASE("an including list moves to the plural noun that counts its items") {
  // "Floods hit six provinces after storms that struck the coast , including
  // Cusco and Puno .": the parser hung the list on "struck".
  const std::vector<std::string> rows = {
      "Floods NOUN 2 nsubj", "hit VERB 0 root",   "six NUM 4 nummod",   "provinces NOUN 2 obj",
      "after ADP 6 case",    "storms NOUN 2 obl", "that PRON 8 nsubj",  "struck VERB 6 acl:relcl",
      "the DET 10 det",      "coast NOUN 8 obj",  ", PUNCT 13 punct",   "including VERB 13 case",
      "Cusco PROPN 8 obl",   "and CCONJ 15 cc",   "Puno PROPN 13 conj", ". PUNCT 2 punct"};
  std::vector<EntityType> places(rows.size(), kNone);
  places[12] = places[14] = EntityType::kPlace;
  kg::parse::Sentence tree = kg::test::tree_from_rows(rows);
  for (int w : {0, 3, 5}) tree.words[static_cast<std::size_t>(w)].xpos = "NNS";
  CHECK(repair_including_lists(tree, places, kg::test::lexicon()) == 1);
  CHECK(tree.words[12].head == 4);  // Cusco -> provinces, not storms
  CHECK(tree.words[12].deprel == "nmod");
  // People are not counted by "provinces": the list stays.
  std::vector<EntityType> people(rows.size(), kNone);
  people[12] = people[14] = kPerson;
  kg::parse::Sentence other = kg::test::tree_from_rows(rows);
  for (int w : {0, 3, 5}) other.words[static_cast<std::size_t>(w)].xpos = "NNS";
  CHECK(repair_including_lists(other, people, kg::test::lexicon()) == 0);
  CHECK(other.words[12].head == 8);
}

TEST_CASE("a colon list moves to the plural noun that counts its items, its items conjuncts") {
  // "Two countries left after coups : Peru ( 2020 ) , Chile and Bolivia ."
  // with the list on "coups" and Chile hung on the bracket.
  const std::vector<std::string> rows = {
      "Two NUM 2 nummod", "countries NOUN 3 nsubj", "left VERB 0 root",   "after ADP 5 case",
      "coups NOUN 3 obl", ": PUNCT 7 punct",        "Peru PROPN 5 appos", "( PUNCT 9 punct",
      "2020 NUM 7 appos", ") PUNCT 9 punct",        ", PUNCT 12 punct",   "Chile PROPN 9 dep",
      "and CCONJ 14 cc",  "Bolivia PROPN 12 conj",  ". PUNCT 3 punct"};
  std::vector<EntityType> countries(rows.size(), kNone);
  countries[6] = countries[11] = countries[13] = EntityType::kCountry;
  kg::parse::Sentence tree = kg::test::tree_from_rows(rows);
  for (int w : {1, 4}) tree.words[static_cast<std::size_t>(w)].xpos = "NNS";
  CHECK(repair_colon_lists(tree, countries, kg::test::lexicon()) == 1);
  CHECK(tree.words[6].head == 2);  // Peru -> countries
  CHECK(tree.words[6].deprel == "appos");
  CHECK(tree.words[11].head == 7);  // Chile -> Peru
  CHECK(tree.words[11].deprel == "conj");
  CHECK(tree.words[13].head == 7);  // Bolivia -> Peru
  // A colon followed by more than a list stays as parsed.
  std::vector<std::string> clause = rows;
  clause[13] = "rose VERB 12 conj";
  std::vector<EntityType> some = countries;
  some[13] = kNone;
  kg::parse::Sentence other = kg::test::tree_from_rows(clause);
  CHECK(repair_colon_lists(other, some, kg::test::lexicon()) == 0);
  CHECK(other.words[6].head == 5);
}
