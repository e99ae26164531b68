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

TEST_CASE("a portfolio after \"of\" is part of the title") {
  CHECK(titles({"Chilean Minister of Finance Ana Ruiz met the press."}) ==
        Strings{"Ana Ruiz | minister of finance of | Chile"});
  CHECK(titles({"US Secretary of State Tomas Vidal arrived."}) ==
        Strings{"Tomas Vidal | secretary of state of | United States"});
  CHECK(titles({"Peru's Minister of Economic Affairs, Ana Ruiz, spoke."}) ==
        Strings{"Ana Ruiz | minister of economic affairs of | Peru"});
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

TEST_CASE("a state's office with no country names the document's home country") {
  KG_CHECK_HAS(titles({"Chile's senate approved the budget on Monday.",
                       "President Arturo Vidal signed it into law."}),
               "Arturo Vidal | president of | Chile");
  KG_CHECK_HAS(
      titles({"Kenyan voters queued for hours.", "Defence Minister Ruth Otieno voted early."}),
      "Ruth Otieno | defence minister of | Kenya");
  // An office that is not a state's gives nothing.
  CHECK(titles({"Chile's senate met.", "Chief executive Ana Ruiz spoke."}).empty());
  // Two countries named as often: no home country, no guess.
  CHECK(titles({"Peru and Chile signed a pact.", "President Arturo Vidal spoke."}).empty());
  // A person tied to another country keeps it.
  const Strings r = titles({"Chile hosted the summit.", "Chile's senate met.", "Chile voted.",
                            "Bolivian President Luis Arce arrived.", "President Luis Arce spoke."});
  KG_CHECK_HAS(r, "Luis Arce | president of | Bolivia");
  KG_CHECK_LACKS(r, "Luis Arce | president of | Chile");
}

TEST_CASE("a company's office with no organisation names the one its sentence names") {
  const Strings r = titles({"Kvarn Pharma raised 85 million euros.",
                            "Chief executive Ana Soto, who co-founded the company with chief "
                            "technology officer Per Lind, said the money would be spent."});
  KG_CHECK_HAS(r, "Ana Soto | chief executive of | Kvarn Pharma");
  KG_CHECK_HAS(r, "Per Lind | chief technology officer of | Kvarn Pharma");
  // Two organisations in the sentence: which one is not said.
  CHECK(titles({"Chairman Ana Soto of Tarn said Kvarn Pharma would sell."}).size() <= 1);
  CHECK(titles({"Chief executive Ana Soto met Kvarn Pharma and Tarn Holdings."}).empty());
  // A state's office is not given to an organisation.
  CHECK(titles({"Prime Minister Ana Soto visited Kvarn Pharma."}).empty());
}

TEST_CASE("a judge's title with no court names the one court the document names") {
  const Strings r =
      titles({"The Lima High Court annulled the vote.", "Judge Ana Ruiz said the count was flawed.",
              "Justices Tomas Vidal and Eva Soto dissented."});
  KG_CHECK_HAS(r, "Ana Ruiz | judge of | Lima High Court");
  KG_CHECK_HAS(r, "Tomas Vidal | justice of | Lima High Court");
  KG_CHECK_HAS(r, "Eva Soto | justice of | Lima High Court");
  // Two courts: which one is not said.
  CHECK(
      titles({"The Lima High Court and the Cusco Court ruled.", "Judge Ana Ruiz spoke."}).empty());
}

TEST_CASE("a state's office taken after a verb of taking office is the home country's") {
  const Strings r = titles({"Peru's Congress met in Lima on Monday.",
                            "Ana Ruiz was elected President by Congress.",
                            "Tomas Vidal, who led the outgoing government, becomes Prime Minister.",
                            "Eva Soto became president of the Lima Chess Club."});
  KG_CHECK_HAS(r, "Ana Ruiz | president of | Peru");
  KG_CHECK_HAS(r, "Tomas Vidal | prime minister of | Peru");
  // An office with its own complement is not the country's.
  KG_CHECK_LACKS(r, "Eva Soto | president of | Peru");
}
