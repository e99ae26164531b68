#include "extract/relations/appositive_relations.h"

#include <doctest/doctest.h>

#include "tests/extract/relations/relation_fixture.h"

using kg::extract::AppositiveRelations;
using kg::test::Strings;

namespace {

Strings appositions(const Strings& sentences) {
  return kg::test::relations(AppositiveRelations(), sentences);
}

}  // namespace

TEST_CASE("apposition: X, Chairman of the Y, ...") {
  KG_CHECK_HAS(
      appositions({"Omar Haddad, Chairman of the Arab Investment Fund, attended the forum."}),
      "Omar Haddad | chairman of | Arab Investment Fund");
  const Strings two = appositions(
      {"Omar Haddad, Chairman of the Arab Investment Fund and Governor of the Gulf Bank, spoke."});
  KG_CHECK_HAS(two, "Omar Haddad | chairman of | Arab Investment Fund");
  KG_CHECK_HAS(two, "Omar Haddad | governor of | Gulf Bank");
  // A noun phrase without a preposition to an entity says nothing.
  CHECK(appositions({"Omar Haddad, a banker, spoke."}).empty());
}

TEST_CASE("a role beyond the titles, with former and adjectives") {
  KG_CHECK_HAS(appositions({"Ana Ruiz, a former director of Polish lender Bank Mazur, spoke."}),
               "Ana Ruiz | former director of | Bank Mazur");
  KG_CHECK_HAS(appositions({"Ana Ruiz, a senior research officer at the Andean Institute, said."}),
               "Ana Ruiz | senior research officer at | Andean Institute");
  KG_CHECK_HAS(appositions({"Ana Ruiz, head of strategy at the Lima brokerage Valor Andino, "
                            "said."}),
               "Ana Ruiz | head of strategy at | Valor Andino");
}

TEST_CASE("an age and an adverb before the role; a place descriptor before the target") {
  KG_CHECK_HAS(
      appositions({"Luis Vidal, 52, currently the mayor of the Greek port city of Patras, spoke."}),
      "Luis Vidal | mayor of | Patras");
}

TEST_CASE("a possessive target: the named part, and its owner unless a country") {
  const Strings r = appositions({"Ana Ruiz, director of Acme's Research Unit, said."});
  KG_CHECK_HAS(r, "Ana Ruiz | director of | Research Unit");
  KG_CHECK_HAS(r, "Ana Ruiz | director of | Acme");
  CHECK(appositions({"Ana Ruiz, an official at Peru's Ministry of Energy, said."}) ==
        Strings{"Ana Ruiz | official at | Ministry of Energy"});
  // Nothing named after the possessor: the owner.
  KG_CHECK_HAS(appositions({"Luis Vidal, a fierce critic of Acme's pricing, spoke."}),
               "Luis Vidal | fierce critic of | Acme");
}

TEST_CASE("a part in apposition to a thing") {
  KG_CHECK_HAS(appositions({"He won the Lyra Prize, the top award of the Oslo Festival, in May."}),
               "Lyra Prize | top award of | Oslo Festival");
  // A noun without a determiner that names no person is not a role.
  CHECK(appositions({"He visited Lima, capital of Peru."}).empty());
}

TEST_CASE("an organisation before a person noun: X, the ORG commissioner,") {
  KG_CHECK_HAS(appositions({"Luis Vidal, the Andean Pact commissioner for trade, said."}),
               "Luis Vidal | commissioner of | Andean Pact");
}

TEST_CASE("a role owned by an organisation or country: X, the company's chief executive") {
  const Strings found =
      appositions({"Orvik Holdings was founded in 2016.",
                   "Ana Ruiz, now the company's chief executive, said production would start.",
                   "Tomas Vidal, Chile's foreign minister, resigned."});
  KG_CHECK_HAS(found, "Ana Ruiz | chief executive of | Orvik Holdings");
  KG_CHECK_HAS(found, "Tomas Vidal | foreign minister of | Chile");
  // An organisation's place in another, by its descriptor noun.
  KG_CHECK_HAS(appositions({"Police worked with Orvikpol, the European Union's law "
                            "enforcement agency, on the case."}),
               "Orvikpol | agency of | European Union");
  // Not a role: a thing the owner has.
  CHECK(appositions({"Ana Ruiz, Chile's biggest export, arrived."}).empty());
}
