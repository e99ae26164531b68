#include "extract/relations/gapped_clauses.h"

#include <doctest/doctest.h>

#include "extract/relations/ud_clauses.h"
#include "kg/parse.h"
#include "tests/extract/relations/relation_fixture.h"

using kg::test::Strings;

namespace {

// The relations the parsed clauses and then the gapped clauses read.
Strings read(const Strings& sentences) {
  static const kg::extract::UdClauses parsed = [] {
    auto parser = kg::parse::UdParser::load();
    REQUIRE(parser.ok());
    return kg::extract::UdClauses(parser->shared_model());
  }();
  const kg::extract::GappedClauses gapped;
  kg::test::Analysis a = kg::test::analyse(sentences);
  kg::extract::DocumentContext ctx = kg::test::context(a);
  std::vector<kg::extract::RawRelation> raw;
  for (const auto& s : a.sentences) {
    parsed.extract(ctx, s, raw);
    gapped.extract(ctx, s, raw);
  }
  Strings out;
  for (const auto& r : raw) out.push_back(kg::test::render(a, r));
  return out;
}

}  // namespace

TEST_CASE("each name of a gapped list does what the first subject did, with its number") {
  const Strings got =
      read({"Acción Popular won 38 seats in the Peruvian Congress, Fuerza Popular "
            "37, Renovación Popular 35 and the Partido Morado 12."});
  KG_CHECK_HAS(got, "Acción Popular | won 38 seats in | Peruvian Congress");
  KG_CHECK_HAS(got, "Fuerza Popular | won 37 seats in | Peruvian Congress");
  KG_CHECK_HAS(got, "Partido Morado | won 12 seats in | Peruvian Congress");
  // The list is not the object of the first clause.
  KG_CHECK_LACKS(got, "Acción Popular | won | Fuerza Popular");
}

TEST_CASE("no gapping without a number in the first clause or with words after the list") {
  KG_CHECK_LACKS(read({"Acción Popular won the vote in the Peruvian Congress, Fuerza Popular 37."}),
                 "Fuerza Popular | won the vote in | Peruvian Congress");
  KG_CHECK_LACKS(read({"Acción Popular won 38 seats in the Peruvian Congress, Fuerza Popular 37 "
                       "of them in Lima."}),
                 "Fuerza Popular | won 37 seats in | Peruvian Congress");
}
