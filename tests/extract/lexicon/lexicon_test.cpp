#include "extract/lexicon/lexicon.h"

#include <doctest/doctest.h>

#include "tests/extract/lexicon/lexicon_fixture.h"

using namespace kg::extract;
using kg::EntityType;
using kg::StatusCode;
using kg::test::lexicon;

namespace {

using Files = std::vector<std::pair<std::string_view, std::string_view>>;

std::optional<LexMatch> match_text(const Lexicon& lex, std::string_view text, LexKind kind) {
  return lex.match(tokenize(text), 0, kind);
}

}  // namespace

TEST_CASE("a lexicon place knows its country") {
  const Lexicon& lex = lexicon();
  CHECK(lex.country_of_place("Nairobi") == "Kenya");
  CHECK(lex.country_of_place("kuala lumpur") == "Malaysia");
  CHECK_FALSE(lex.country_of_place("Kenya").has_value());
  CHECK_FALSE(lex.country_of_place("Atlantis").has_value());
}

TEST_CASE("country names, aliases and demonyms map to the canonical country") {
  const Lexicon& lex = lexicon();
  CHECK(lex.country_of("Kenya") == "Kenya");
  CHECK(lex.country_of("Kenyan") == "Kenya");
  CHECK(lex.country_of("Viet Nam") == "Vietnam");
  CHECK(lex.country_of("U.S.") == "United States");
  CHECK(lex.country_of("the United States") == "United States");
  CHECK(lex.country_of("Britain") == "United Kingdom");
  CHECK(lex.country_of("British") == "United Kingdom");
  CHECK(lex.country_of("Republic of Korea") == "South Korea");
  CHECK(lex.country_of("Japanese") == "Japan");
  CHECK_FALSE(lex.country_of("Atlantis").has_value());
  CHECK_FALSE(lex.country_of("prime minister").has_value());
}

TEST_CASE("proper names match only when capitalised; titles and honorifics in any case") {
  const Lexicon& lex = lexicon();
  auto chile = match_text(lex, "Chile signed", LexKind::kCountry);
  REQUIRE(chile);
  CHECK(chile->canonical == "Chile");
  CHECK(chile->length == 1);
  CHECK(chile->type == EntityType::kCountry);
  CHECK_FALSE(match_text(lex, "chile signed", LexKind::kCountry));

  auto demonym = match_text(lex, "Indian envoy", LexKind::kDemonym);
  REQUIRE(demonym);
  CHECK(demonym->canonical == "India");
  CHECK_FALSE(match_text(lex, "indian envoy", LexKind::kDemonym));

  for (std::string_view title :
       {"Prime Minister Modi", "prime minister Modi", "PRIME MINISTER Modi"}) {
    auto m = match_text(lex, title, LexKind::kTitle);
    REQUIRE_MESSAGE(m, title);
    CHECK(m->length == 2);
    CHECK(m->canonical == "prime minister");
  }
  auto deputy = match_text(lex, "Deputy Prime Minister Tanaka", LexKind::kTitle);
  REQUIRE(deputy);
  CHECK(deputy->length == 3);  // longest match first

  auto honorific = match_text(lex, "Dato' Seri Ahmad", LexKind::kHonorific);
  REQUIRE(honorific);
  CHECK(honorific->length == 2);
  CHECK(match_text(lex, "dr. Grant", LexKind::kHonorific));
}

TEST_CASE("match_any prefers the longest proper name") {
  const Lexicon& lex = lexicon();
  std::vector<Token> t = tokenize("the United States of America said");
  auto m = lex.match_any(t, 1);
  REQUIRE(m);
  CHECK(m->kind == LexKind::kCountry);
  CHECK(m->canonical == "United States");
  CHECK(m->length == 4);
  CHECK_FALSE(lex.match_any(t, 5));  // "said"
}

TEST_CASE("keywords give the type of a capitalised phrase") {
  const Lexicon& lex = lexicon();
  CHECK(lex.keyword_type("Airport") == EntityType::kPlace);
  CHECK(lex.keyword_type("ministry") == EntityType::kOrganization);
  CHECK(lex.keyword_type("Summit") == EntityType::kEvent);
  CHECK(lex.keyword_type("Treaty") == EntityType::kAgreement);
  CHECK(lex.keyword_type("Programme") == EntityType::kOrganization);  // "World Food Programme"
  // The nouns of a definite description of an international organisation.
  CHECK(lex.descriptions_of("NATO") == std::vector<std::string>{"alliance", "bloc"});
  CHECK(lex.descriptions_of("Peru").empty());
  CHECK(lex.keyword_type("Partnership") == EntityType::kOther);  // a named relation
  CHECK_FALSE(lex.keyword_type("banana").has_value());
}

TEST_CASE("word classes: stop words, role nouns, kinship, title words") {
  const Lexicon& lex = lexicon();
  CHECK(lex.is_stopword("The"));
  CHECK(lex.is_stopword("these"));
  CHECK_FALSE(lex.is_stopword("Kenya"));
  CHECK(lex.is_role_noun("leader"));
  CHECK(lex.is_role_noun("Spokesperson"));
  CHECK_FALSE(lex.is_role_noun("economy"));
  CHECK(lex.is_kinship("wife"));
  CHECK_FALSE(lex.is_kinship("minister"));
  CHECK(lex.is_org_noun("drugmaker"));
  CHECK(lex.is_org_noun("Carrier"));
  CHECK_FALSE(lex.is_org_noun("chemist"));
  CHECK(lex.is_role_noun("chemist"));
  CHECK(lex.is_company_word("Pharma"));
  CHECK_FALSE(lex.is_company_word("commission"));
  CHECK(lex.keyword_type("Holdings") == EntityType::kOrganization);
  CHECK(lex.is_title_word("minister"));
  CHECK(lex.is_title_word("Ambassador"));
  CHECK_FALSE(lex.is_title_word("banana"));
}

TEST_CASE("descriptor nouns: what a noun before or beside a name says it is") {
  using kg::extract::DescriptorKind;
  const Lexicon& lex = lexicon();
  CHECK(lex.descriptor_kind("carmaker") == DescriptorKind::kOrganisation);
  CHECK(lex.descriptor_kind("Lender") == DescriptorKind::kOrganisation);
  CHECK(lex.descriptor_kind("novelist") == DescriptorKind::kOccupation);
  CHECK(lex.descriptor_kind("striker") == DescriptorKind::kPlayer);
  CHECK(lex.descriptor_kind("province") == DescriptorKind::kPlace);
  CHECK_FALSE(lex.descriptor_kind("banana").has_value());
  CHECK(lex.descriptor_kind("investor") == DescriptorKind::kParty);  // a person or a firm
  auto bad = kg::extract::Lexicon::from_files({{"descriptor_nouns.tsv", "baker\tpastry\n"}});
  CHECK_FALSE(bad.ok());
}

TEST_CASE("verbs: lemmas, past forms and past tense of a lemma") {
  const Lexicon& lex = lexicon();
  CHECK(lex.verb_lemma("met") == "meet");
  CHECK(lex.verb_lemma("Visits") == "visit");
  CHECK(lex.verb_lemma("signing") == "sign");
  CHECK(lex.verb_lemma("held") == "hold");
  CHECK_FALSE(lex.verb_lemma("banana").has_value());
  CHECK(lex.is_past_form("visited"));
  CHECK(lex.is_past_form("met"));
  CHECK_FALSE(lex.is_past_form("visits"));
  CHECK(lex.past_of("meet") == "met");
  CHECK(lex.past_of("arrive") == "arrived");
  CHECK(lex.past_of("zzzz").empty());
}

TEST_CASE("British -ise spellings have their American forms") {
  const Lexicon& lex = lexicon();
  CHECK(lex.american_spelling("organised") == "organized");
  CHECK(lex.american_spelling("Recognising") == "Recognizing");
  CHECK(lex.american_spelling("criticise") == "criticize");
  CHECK(lex.american_spelling("organisations") == "organizations");
  CHECK(lex.american_spelling("ORGANISED") == "ORGANIZED");
  // Words with no -ize twin, or not verb forms, stay as written.
  CHECK(lex.american_spelling("advised").empty());
  CHECK(lex.american_spelling("promise").empty());
  CHECK(lex.american_spelling("organized").empty());
  CHECK(lex.american_spelling("paradise").empty());
}

TEST_CASE("a world city with its country under the lexicon's canonical name") {
  const Lexicon& lex = lexicon();
  REQUIRE(lex.city("Aleppo"));
  CHECK(lex.city("Aleppo")->country == "Syria");
  REQUIRE(lex.city("Seattle"));
  CHECK(lex.city("Seattle")->country == *lex.country_of("United States"));
  CHECK_FALSE(lex.city("Orvikstad"));
}

TEST_CASE("from_files builds a lexicon from small files") {
  const std::string countries = "# comment\nFreedonia\tFreedonian Republic|FR\n\nSylvania\n";
  const std::string demonyms = "Freedonian\tFreedonia\n";
  const std::string titles = "grand vizier\nminister of war\n";
  const std::string verbs = "annex\tannexes\tannexed\tannexed\tannexing\n";
  const std::string orgs = "guild\n";
  auto lex = Lexicon::from_files({{"countries.tsv", countries},
                                  {"demonyms.tsv", demonyms},
                                  {"titles.txt", titles},
                                  {"verbs.tsv", verbs},
                                  {"org_keywords.txt", orgs},
                                  {"README.md", "free text\twith\ttabs"}});
  REQUIRE(lex.ok());
  CHECK(lex->country_of("FR") == "Freedonia");
  CHECK(lex->country_of("Freedonian Republic") == "Freedonia");
  CHECK(lex->country_of("Freedonian") == "Freedonia");
  CHECK(lex->country_of("Sylvania") == "Sylvania");
  CHECK(lex->verb_lemma("annexed") == "annex");
  CHECK(lex->past_of("annex") == "annexed");
  CHECK(lex->keyword_type("Guild") == EntityType::kOrganization);
  CHECK_FALSE(lex->verb_lemma("met").has_value());  // nothing built in

  std::vector<Token> t = tokenize("Grand Vizier Jafar");
  auto title = lex->match(t, 0, LexKind::kTitle);
  REQUIRE(title);
  CHECK(title->length == 2);
  // A title listed with its complement is left to the mention finder.
  std::vector<Token> w = tokenize("minister of war");
  CHECK_FALSE(lex->match(w, 0, LexKind::kTitle));
  CHECK_FALSE(lex->is_title_word("war"));
}

TEST_CASE("from_files reads the iso-codes country list") {
  const std::string countries = "Freedonia\tFR\n";
  const std::string iso = R"({"3166-1": [
      {"name": "Republic of Freedonia", "common_name": "FR"},
      {"name": "Sylvania", "official_name": "Grand Duchy of Sylvania"},
      {"name": "Marsh, Republic of the"}]})";
  auto lex = Lexicon::from_files({{"countries.tsv", countries}, {"iso_3166-1.json", iso}});
  REQUIRE(lex.ok());
  CHECK(lex->country_of("Republic of Freedonia") == "Freedonia");  // curated row decides
  CHECK(lex->country_of("Grand Duchy of Sylvania") == "Sylvania");
  CHECK_FALSE(lex->country_of("Marsh, Republic of the").has_value());  // inverted names skipped

  auto bad = Lexicon::from_files({{"iso_3166-1.json", "{\"not\": 1}"}});
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.status().message().find("iso_3166-1.json") != std::string::npos);
}

TEST_CASE("from_files rejects a malformed verbs or demonyms line") {
  const std::string verbs = "meet\tmeets\tmet\tmet\tmeeting\nvisit\tvisits\tvisited\n";
  auto lex = Lexicon::from_files({{"verbs.tsv", verbs}});
  REQUIRE_FALSE(lex.ok());
  CHECK(lex.status().code() == StatusCode::kInternal);
  CHECK(lex.status().message().find("verbs.tsv") != std::string::npos);
  CHECK(lex.status().message().find("visit\tvisits\tvisited") != std::string::npos);

  auto demonyms = Lexicon::from_files({{"demonyms.tsv", "Freedonian\n"}});
  REQUIRE_FALSE(demonyms.ok());
  CHECK(demonyms.status().message().find("demonyms.tsv") != std::string::npos);
}

TEST_CASE("month_number: names and abbreviations, any case, from months.txt") {
  const Lexicon& lex = lexicon();
  CHECK(lex.month_number("January") == 1);
  CHECK(lex.month_number("march") == 3);
  CHECK(lex.month_number("Sep.") == 9);
  CHECK(lex.month_number("sept") == 9);
  CHECK(lex.month_number("DEC") == 12);
  CHECK(lex.month_number("May") == 5);
  CHECK(lex.month_number("Mayor") == 0);
  CHECK(lex.month_number("ju") == 0);
  CHECK(lex.month_number("") == 0);
}
