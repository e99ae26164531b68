#include "extract/relations/nominal_relations.h"

#include <doctest/doctest.h>

#include "tests/extract/relations/relation_fixture.h"

using kg::extract::NominalRelations;
using kg::test::Strings;

namespace {

Strings nominal(const Strings& sentences) {
  return kg::test::relations(NominalRelations(), sentences);
}

}  // namespace

TEST_CASE("a possessive visit to a place: the owner visited it") {
  const Strings r =
      nominal({"Japanese Prime Minister Fumio Kishida met Indian Prime Minister Narendra Modi.",
               "Kishida welcomed Modi's visit to Japan."});
  KG_CHECK_HAS(r, "Narendra Modi | visited | Japan");
  KG_CHECK_LACKS(r, "Fumio Kishida | visited | Japan");
}

TEST_CASE("his visit to X; a visit to X by Y") {
  KG_CHECK_HAS(nominal({"Kenyan President William Ruto said his trip to Ghana went well."}),
               "William Ruto | visited | Ghana");
  KG_CHECK_HAS(nominal({"The visit to Peru by Chilean President Gabriel Boric ended."}),
               "Gabriel Boric | visited | Peru");
  CHECK(nominal({"The visit to Peru ended."}).empty());  // no visitor
}

TEST_CASE("at the invitation of X: X invited the subject") {
  const Strings r =
      nominal({"Chilean President Gabriel Boric paid a state visit to Peru at the invitation of "
               "Peruvian President Dina "
               "Boluarte."});
  KG_CHECK_HAS(r, "Dina Boluarte | invited | Gabriel Boric");
}

TEST_CASE("NOUN between X and Y is symmetric") {
  KG_CHECK_HAS(nominal({"Trade between Chile and Peru grew."}), "Chile | trade | Peru");
  KG_CHECK_HAS(nominal({"The Comprehensive Strategic Partnership between Chile and Peru began."}),
               "Chile | comprehensive strategic partnership | Peru");
  CHECK(nominal({"Trade between Chile grew."}).empty());
}

TEST_CASE("a hyphenated pair before a relation noun, and its upgrade") {
  KG_CHECK_HAS(nominal({"Canada-Mexico relations improved."}), "Canada | relations | Mexico");
  const Strings r = nominal(
      {"The upgrade of Chile-Peru ties to a Comprehensive Strategic Partnership was welcomed."});
  KG_CHECK_HAS(r, "Chile | ties | Peru");
  KG_CHECK_HAS(r, "Chile | comprehensive strategic partnership | Peru");
  CHECK(nominal({"The Canada-Mexico border is long."}).empty());  // not a relation noun
}

TEST_CASE("possessive NOUN for Y") {
  KG_CHECK_HAS(nominal({"Norway's strong support for Ukraine continued."}),
               "Norway | support for | Ukraine");
  KG_CHECK_HAS(nominal({"Chile's commitment to Peru is firm."}), "Chile | commitment to | Peru");
}

TEST_CASE("support for a country's role keeps the role and year as qualifiers") {
  KG_CHECK_HAS(nominal({"Norway's support for Chile's APEC chairmanship in 2026 was welcomed."}),
               "Norway | support for | Chile {role=APEC chairmanship;year=2026}");
}

TEST_CASE("X's ORG chairmanship") {
  KG_CHECK_HAS(nominal({"Chile's APEC chairmanship in 2026 was welcomed."}),
               "Chile | chairmanship of | APEC {year=2026}");
}

TEST_CASE("established in YEAR, with a cataphoric its") {
  KG_CHECK_HAS(nominal({"Since its establishment in 1960, OPEC has grown."}),
               "OPEC | established in | 1960");
  KG_CHECK_HAS(nominal({"APEC's founding in 1989 was celebrated."}), "APEC | founded in | 1989");
}

TEST_CASE("member states and members including") {
  KG_CHECK_HAS(nominal({"Chile and other APEC member states met."}), "Chile | member of | APEC");
  const Strings r = nominal({"APEC's members, including Chile and Peru, agreed."});
  KG_CHECK_HAS(r, "Chile | member of | APEC");
  KG_CHECK_HAS(r, "Peru | member of | APEC");
}

TEST_CASE("bilateral trade relates the document's main pair") {
  const Strings r =
      nominal({"Chile and Peru signed a deal.", "Bilateral trade reached 5 billion USD.",
               "They aim to raise bilateral trade to 8 billion USD."});
  KG_CHECK_HAS(r, "Chile | trade | Peru");
  KG_CHECK_HAS(r, "Chile | trade | Peru {target=8 billion USD}");
}
