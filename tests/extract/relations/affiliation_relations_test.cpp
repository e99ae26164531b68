#include "extract/relations/affiliation_relations.h"

#include <doctest/doctest.h>

#include "tests/extract/relations/relation_fixture.h"

using kg::extract::AffiliationRelations;
using kg::test::Strings;

namespace {

Strings affiliations(const Strings& sentences) {
  return kg::test::relations(AffiliationRelations(), sentences);
}

}  // namespace

TEST_CASE("a person's name, then of and an organisation") {
  KG_CHECK_HAS(affiliations({"The prize went to Ana Ruiz of the University of Lima."}),
               "Ana Ruiz | member of | University of Lima");
  KG_CHECK_HAS(affiliations({"He lost to Tomas Vidal of the centre-left Green Party."}),
               "Tomas Vidal | member of | Green Party");
  // The organisation a possessor owns ("of Y's party").
  KG_CHECK_HAS(affiliations({"Eva Soto beat Tomas Vidal of Ana Ruiz's Green Party."}),
               "Tomas Vidal | member of | Green Party");
  // Two coordinated names share the organisation.
  const Strings both =
      affiliations({"The award went to Ana Ruiz and Tomas Vidal of Orvik Technologies."});
  KG_CHECK_HAS(both, "Ana Ruiz | member of | Orvik Technologies");
  KG_CHECK_HAS(both, "Tomas Vidal | member of | Orvik Technologies");
  const Strings each = affiliations(
      {"It went to Ana Ruiz of Lima University and Tomas Vidal of the University of Quito."});
  KG_CHECK_HAS(each, "Ana Ruiz | member of | Lima University");
  KG_CHECK_HAS(each, "Tomas Vidal | member of | University of Quito");
}

TEST_CASE("a person's name, then of and a country") {
  KG_CHECK_HAS(affiliations({"Ana Ruiz of Chile was named best director."}),
               "Ana Ruiz | citizen of | Chile");
  // A title that already points at the country says it.
  CHECK(affiliations({"President Ana Ruiz of Chile visited Peru."}).empty());
}

TEST_CASE("no affiliation without a person's name before of") {
  CHECK(affiliations({"The Central Bank of Chile raised rates."}).empty());
  CHECK(affiliations({"The capital of Chile is Santiago."}).empty());
  // The country owns what follows.
  CHECK(affiliations({"He met Ana Ruiz of Chile's foreign ministry."}).empty());
}
