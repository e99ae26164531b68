#include "extract/relations/literal_relations.h"

#include <doctest/doctest.h>

#include "tests/extract/relations/relation_fixture.h"

using kg::extract::LiteralRelations;
using kg::test::Strings;

namespace {

Strings literals(const Strings& sentences) {
  return kg::test::relations(LiteralRelations(), sentences);
}

}  // namespace

TEST_CASE("an amount a verb ties to the clause's subject") {
  KG_CHECK_HAS(literals({"Orvik Data raised 40 million euros from investors."}),
               "Orvik Data | raised | 40 million EUR");
  KG_CHECK_HAS(literals({"Tarn Holdings reported net profit of $412 million for the year."}),
               "Tarn Holdings | reported net profit of | 412 million USD");
  KG_CHECK_HAS(
      literals({"The trial was funded by the Weller Trust, which contributed $18 million."}),
      "Weller Trust | contributed | 18 million USD");
  KG_CHECK_HAS(literals({"Ana Ruiz was sentenced on Monday.", "She was also fined 1,000 euros."}),
               "Ana Ruiz | fined | 1,000 EUR");
}

TEST_CASE("an amount with another entity in between is a qualifier, not an object") {
  CHECK(literals({"Orvik Data bought Tarn Lines for $40 million."}).empty());
  // A noun, not a verb, before the amount.
  CHECK(literals({"Ana Ruiz set the goal of raising trade to $5 billion."}).empty());
}

TEST_CASE("dates of coming into and going out of existence") {
  KG_CHECK_HAS(literals({"Orvik Data was founded in 2009 by two engineers."}),
               "Orvik Data | founded in | 2009");
  KG_CHECK_HAS(literals({"Tarn Lines, which was set up in 1990, grew fast."}),
               "Tarn Lines | set up in | 1990");
  KG_CHECK_HAS(literals({"Ana Ruiz retired in 2001.", "She died in 2015."}),
               "Ana Ruiz | died in | 2015");
}

TEST_CASE("other dates stay qualifiers") {
  // Not a life event.
  CHECK(literals({"Orvik Data signed the deal in 2019."}).empty());
  // No year: "on Sunday", "in January".
  CHECK(literals({"Ana Ruiz died on Sunday."}).empty());
  // The gap of a relative clause: the company was founded, not its founder.
  CHECK(literals({"Orvik Data, the company she founded in 1964, grew."}).empty());
}
