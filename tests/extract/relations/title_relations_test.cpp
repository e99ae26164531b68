#include "extract/relations/title_relations.h"

#include <doctest/doctest.h>

#include "tests/extract/relations/relation_fixture.h"

using kg::extract::TitleRelations;
using kg::test::Strings;

namespace {

Strings titles(const Strings& sentences) {
  return kg::test::relations(TitleRelations(), sentences);
}

}  // namespace

TEST_CASE("demonym + title: X prime minister of COUNTRY") {
  const Strings r = titles(
      {"Japanese Prime Minister Fumio Kishida met with Indian Prime Minister Narendra Modi."});
  KG_CHECK_HAS(r, "Fumio Kishida | prime minister of | Japan");
  KG_CHECK_HAS(r, "Narendra Modi | prime minister of | India");
  CHECK(r.size() == 2);
}

TEST_CASE("title with an organisation complement") {
  KG_CHECK_HAS(titles({"Foreign Ministry spokesperson Maria Zakharova said Russia would respond."}),
               "Maria Zakharova | spokesperson of | Foreign Ministry");
  KG_CHECK_HAS(
      titles({"General Secretary of the Communist Party of Cuba Miguel Diaz-Canel spoke."}),
      "Miguel Diaz-Canel | general secretary of | Communist Party of Cuba");
}

TEST_CASE("ambassador to one country and of another") {
  const Strings r = titles({"The Brazilian Ambassador to Argentina Julio Bitelli spoke."});
  KG_CHECK_HAS(r, "Julio Bitelli | ambassador to | Argentina");
  KG_CHECK_HAS(r, "Julio Bitelli | ambassador of | Brazil");
}

TEST_CASE("a title without a complement gives no relation") {
  CHECK(titles({"President Lula held talks with Chancellor Olaf Scholz."}).empty());
}

TEST_CASE("an occupation title after a demonym gives the nationality") {
  const Strings r = titles({"The Chilean director Pablo Reyes won the award."});
  KG_CHECK_HAS(r, "Pablo Reyes | citizen of | Chile");
  CHECK(r.size() == 1);
  // A country's name before a team role names the national team.
  KG_CHECK_HAS(titles({"Chile coach Ramon Diaz named his squad."}),
               "Ramon Diaz | coach of | Chile");
  // A title of office keeps its own name.
  KG_CHECK_HAS(titles({"Chilean President Ana Soto arrived."}), "Ana Soto | president of | Chile");
}
