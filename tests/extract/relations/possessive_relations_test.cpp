#include "extract/relations/possessive_relations.h"

#include <doctest/doctest.h>

#include "tests/extract/relations/relation_fixture.h"

using kg::extract::PossessiveRelations;
using kg::test::Strings;

namespace {

Strings possessives(const Strings& sentences) {
  return kg::test::relations(PossessiveRelations(), sentences);
}

}  // namespace

TEST_CASE("kinship in apposition: his wife, Z,") {
  const Strings r =
      possessives({"Kenyan President William Ruto, his wife, Rachel Chebet, and a delegation "
                   "arrived in Nairobi."});
  CHECK(r == Strings{"Rachel Chebet | wife of | William Ruto"});
}

TEST_CASE("kinship after a possessive name: X's wife, Z,") {
  KG_CHECK_HAS(
      possessives({"Kenyan President William Ruto arrived.", "Ruto's wife, Rachel Chebet, spoke."}),
      "Rachel Chebet | wife of | William Ruto");
}

TEST_CASE("a kinship noun without a possessor gives no relation") {
  CHECK(possessives({"The wife, Rachel Chebet, spoke."}).empty());
}

TEST_CASE("Y's ROLE X: a title or person noun right before the name") {
  KG_CHECK_HAS(possessives({"Orvik Data's chief executive Lena Sund resigned."}),
               "Lena Sund | chief executive of | Orvik Data");
  KG_CHECK_HAS(possessives({"Orvik Data's former compliance officer Per Holm was cleared."}),
               "Per Holm | former compliance officer of | Orvik Data");
  // A title inside the name's span: "Peru's President X".
  KG_CHECK_HAS(possessives({"Talks with Peru's President Rosa Vidal ended."}),
               "Rosa Vidal | president of | Peru");
  // An organisation after a possessive and a word is not a role holder.
  CHECK(possessives({"Peru's General Audit Office opened an inquiry."}).empty());
}

TEST_CASE("Y's ROLE, X,: any noun phrase when commas close the apposition") {
  KG_CHECK_HAS(possessives({"Chile's competition watchdog, the Fair Trade Board, approved it."}),
               "Fair Trade Board | competition watchdog of | Chile");
  KG_CHECK_HAS(possessives({"Orvik Data's president, Lena Sund."}),
               "Lena Sund | president of | Orvik Data");
  // A descriptor between the comma and the name is skipped.
  KG_CHECK_HAS(possessives({"Lena Sund and her brother, the painter Nils Sund, arrived."}),
               "Nils Sund | brother of | Lena Sund");
  // The name must end the apposition.
  CHECK(possessives({"Chile's exports, Fair Trade Board said, fell."}).empty());
}

TEST_CASE("a demonym inside the role also gives the nationality") {
  const Strings r = possessives({"Peru's Chilean coach, Ramon Diaz, named his squad."});
  KG_CHECK_HAS(r, "Ramon Diaz | coach of | Peru");
  KG_CHECK_HAS(r, "Ramon Diaz | citizen of | Chile");
}

TEST_CASE("X, Y's ROLE, ...: the role after the name") {
  KG_CHECK_HAS(possessives({"Judge Ana Ruiz, Vidal's sister-in-law, was removed."}),
               "Ana Ruiz | sister-in-law of | Vidal");
  CHECK(possessives({"Ana Ruiz, Vidal's car was stolen."}).empty());
}

TEST_CASE("predecessor and successor read as succession") {
  KG_CHECK_HAS(possessives({"Coach Ramon Diaz replaced his predecessor, Luis Pena."}),
               "Ramon Diaz | succeeded | Luis Pena");
  KG_CHECK_HAS(possessives({"Coach Luis Pena praised his successor, Ramon Diaz."}),
               "Ramon Diaz | succeeded | Luis Pena");
}

TEST_CASE("Country's ORG: a public body of the country, else a company based there") {
  KG_CHECK_HAS(possessives({"Peru's Supreme Court of Justice annulled the vote."}),
               "Supreme Court of Justice | court of | Peru");
  KG_CHECK_HAS(possessives({"The deal needs approval from Chile's Fair Trade Commission."}),
               "Fair Trade Commission | commission of | Chile");
  KG_CHECK_HAS(possessives({"Shares of Chile's Andean Holdings rose."}),
               "Andean Holdings | based in | Chile");
  // A name of no known type: located there ("Brazil's Embraer", "Portugal's Algarve").
  KG_CHECK_HAS(possessives({"Jets came from Chile's Vorlana."}), "Vorlana | located in | Chile");
  // Not after a place's name: a person's name may be read as one ("Shaw's Pygmalion").
  KG_CHECK_LACKS(possessives({"He read Lima's Vorlana."}), "Vorlana | located in | Lima");
  // A name that modifies what follows is not owned ("Chile's ASEAN Chairmanship").
  CHECK(possessives({"Peru backed Chile's APEC Chairmanship."}).empty());
}

TEST_CASE("Country's PERSON: the person is of the country, when surely a person") {
  KG_CHECK_HAS(possessives({"Tomas Vidal met Bolivia's Ana Ruiz.", "President Ana Ruiz spoke."}),
               "Ana Ruiz | citizen of | Bolivia");
  // A name typed a person from its shape alone may be a place ("Egypt's Ras Hekma").
  CHECK(possessives({"Tomas Vidal visited Bolivia's Ana Ruiz."}).empty());
}

TEST_CASE("ORG's ORG is a part; a person's party is a membership") {
  KG_CHECK_HAS(possessives({"He heads Acme Group's Research Institute."}),
               "Research Institute | part of | Acme Group");
  KG_CHECK_HAS(possessives({"President Ana Soto and her Liberal Party lost."}),
               "Ana Soto | member of | Liberal Party");
  // After "its" only a party is read: what "its" owns depends on resolving it.
  CHECK(possessives({"Acme Group said its Research Institute would close."}).empty());
}

TEST_CASE("X's headquarters / site in PLACE") {
  KG_CHECK_HAS(possessives({"The talks were held at the Andean Pact's headquarters in Lima."}),
               "Andean Pact | headquartered in | Lima");
  KG_CHECK_HAS(possessives({"Acme Group's new research centre in Quito opened."}),
               "Acme Group | has centre in | Quito");
}

TEST_CASE("X's act toward a place or party") {
  KG_CHECK_HAS(possessives({"The summit condemned Peru's military offensive in Ayacucho."}),
               "Peru | military offensive in | Ayacucho");
  KG_CHECK_HAS(possessives({"Chile's state visit to Peru ended on Monday."}),
               "Chile | state visit to | Peru");
  KG_CHECK_HAS(possessives({"Acme Group's bid for Zeta Holdings failed."}),
               "Acme Group | bid for | Zeta Holdings");
  // A noun that is no act says nothing of the name after it.
  CHECK(possessives({"Chile's players went to Peru."}).empty());
}

TEST_CASE("X's members are A, B and C") {
  const Strings got = possessives(
      {"Andes Pact's other members are Banco Andino, Lima University in Peru and the Chilean "
       "miner Orvik Group."});
  KG_CHECK_HAS(got, "Banco Andino | member of | Andes Pact");
  KG_CHECK_HAS(got, "Lima University | member of | Andes Pact");
  KG_CHECK_HAS(got, "Orvik Group | member of | Andes Pact");
  KG_CHECK_HAS(possessives({"Acme Group's partners include Zeta Holdings."}),
               "Zeta Holdings | partner of | Acme Group");
  // Members that are no list after the verb: nothing.
  CHECK(possessives({"Acme Group's members are happy."}).empty());
}
