#include "extract/mentions/mention_records.h"

#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "tests/extract/mentions/mention_fixture.h"

using namespace kg::extract;
using kg::test::analyse;
using kg::test::Analysis;

namespace {

// "rule@sentence:text" for each mention record of the entity named `name`.
std::vector<std::string> records_of(const Analysis& a, std::string_view name) {
  const auto all = mention_records(a.sentences, a.resolved.entities.size());
  std::vector<std::string> out;
  const int e = a.entity(name);
  REQUIRE_MESSAGE(e >= 0, "no entity " << name);
  for (const kg::MentionRecord& r : all[static_cast<std::size_t>(e)])
    out.push_back(std::string(kg::to_string(r.rule)) + "@" + std::to_string(r.sentence) + ":" +
                  r.text);
  return out;
}

}  // namespace

TEST_CASE("each mention records the rule that tied it to its entity, in text order") {
  const Analysis a = analyse(
      {"Prime Minister Gabriel Boric of Chile met the United Nations (UN).",
       "Boric said he wanted the UN to act; the Chilean leader left with Chilean officials.",
       "Gabriel BORIC returned to Santiago."});
  CHECK(records_of(a, "Gabriel Boric") ==
        std::vector<std::string>{"first mention@0:Gabriel Boric", "short form@1:Boric",
                                 "pronoun@1:he", "role reference@1:the Chilean leader",
                                 "case or diacritics@2:Gabriel BORIC"});
  CHECK(records_of(a, "Chile") == std::vector<std::string>{"first mention@0:Chile",
                                                           "lexicon name@1:Chilean",
                                                           "lexicon name@1:Chilean"});
  CHECK(records_of(a, "United Nations") ==
        std::vector<std::string>{"first mention@0:United Nations", "lexicon name@1:UN"});
}

TEST_CASE("acronyms, fuller names, company short forms and descriptions are told apart") {
  const Analysis a = analyse({"President Boric visited Tessera Pharma on Monday.",
                              "Gabriel Boric said Tessera would grow.",
                              "The company hired the National Electoral Agency (SERVEL).",
                              "NEA and SERVEL staff counted votes."});
  CHECK(records_of(a, "Gabriel Boric") ==
        std::vector<std::string>{"first mention@0:Boric", "fuller name@1:Gabriel Boric"});
  CHECK(records_of(a, "Tessera Pharma") ==
        std::vector<std::string>{"first mention@0:Tessera Pharma", "short form@1:Tessera",
                                 "description@2:The company"});
  // "(SERVEL)" written after the name is one of its names from then on.
  CHECK(records_of(a, "National Electoral Agency") ==
        std::vector<std::string>{"first mention@2:National Electoral Agency", "acronym@3:NEA",
                                 "same name@3:SERVEL"});
}
