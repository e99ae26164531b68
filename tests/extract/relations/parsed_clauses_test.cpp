#include "extract/relations/parsed_clauses.h"

#include <doctest/doctest.h>

#include "tests/extract/relations/relation_fixture.h"

using kg::extract::LinkDictionary;
using kg::extract::ParsedClauses;
using kg::test::Strings;

namespace {

const ParsedClauses& extractor() {
  static const ParsedClauses x = [] {
    auto dictionary = LinkDictionary::shared();
    REQUIRE(dictionary.ok());
    return ParsedClauses(std::move(dictionary).value());
  }();
  return x;
}

Strings parsed(const Strings& sentences) { return kg::test::relations(extractor(), sentences); }

}  // namespace

TEST_CASE("subject, verb and direct object") {
  CHECK(parsed({"Gabriel Boric visited Peru."}) == Strings{"Gabriel Boric | visited | Peru"});
  CHECK(parsed({"Gabriel Boric visited the region."}).empty());
}

TEST_CASE("negation stays in the verb group") {
  CHECK(parsed({"Chile did not recognize Kosovo."}) ==
        Strings{"Chile | did not recognize | Kosovo"});
  CHECK(parsed({"Norway did not sign the treaty with Sweden."}) ==
        Strings{"Norway | did not sign the treaty with | Sweden"});
}

TEST_CASE("a passive with a by-agent is turned around") {
  CHECK(parsed({"Chancellor Olaf Scholz was welcomed by President Lula."}) ==
        Strings{"Lula | welcomed | Olaf Scholz"});
}

TEST_CASE("light verb, noun and preposition") {
  CHECK(parsed({"President Lula held talks with Chancellor Olaf Scholz."}) ==
        Strings{"Lula | held talks with | Olaf Scholz"});
  CHECK(parsed({"Chilean President Gabriel Boric paid a state visit to Peru."}) ==
        Strings{"Gabriel Boric | paid a state visit to | Peru"});
}

TEST_CASE("prepositional objects; dates are not objects") {
  CHECK(parsed({"Fumio Kishida arrived in Canberra on Monday."}) ==
        Strings{"Fumio Kishida | arrived in | Canberra"});
}

TEST_CASE("coordinated objects, subjects and verbs") {
  CHECK(parsed({"Fumio Kishida met with Anthony Albanese, Christopher Luxon and Narendra Modi."}) ==
        Strings{"Fumio Kishida | met with | Anthony Albanese",
                "Fumio Kishida | met with | Christopher Luxon",
                "Fumio Kishida | met with | Narendra Modi"});
  CHECK(parsed({"Chile and Peru signed a trade accord with Bolivia."}) ==
        Strings{"Chile | signed a trade accord with | Bolivia",
                "Peru | signed a trade accord with | Bolivia"});
  const Strings verbs = parsed({"Gabriel Boric visited Peru and met Dina Boluarte."});
  KG_CHECK_HAS(verbs, "Gabriel Boric | visited | Peru");
  KG_CHECK_HAS(verbs, "Gabriel Boric | met | Dina Boluarte");
}

TEST_CASE("relative clauses and participles") {
  const Strings r =
      parsed({"Fumio Kishida, who visited Canberra last week, praised Anthony Albanese."});
  KG_CHECK_HAS(r, "Fumio Kishida | visited | Canberra");
  KG_CHECK_HAS(r, "Fumio Kishida | praised | Anthony Albanese");
  CHECK(parsed({"Dina Boluarte welcomed the delegation led by Gabriel Boric."}) ==
        Strings{"Dina Boluarte | welcomed the delegation led by | Gabriel Boric"});
}

TEST_CASE("copulas and entities inside the object phrase") {
  CHECK(parsed({"Anwar Ibrahim is the chairman of ASEAN."}) ==
        Strings{"Anwar Ibrahim | is the chairman of | ASEAN"});
  CHECK(parsed({"Peru expressed support for Chile."}) ==
        Strings{"Peru | expressed support for | Chile"});
  // The owner of the thing supported is not what is supported.
  CHECK(parsed({"Peru expressed support for Chile's bid."}).empty());
}

TEST_CASE("pronoun subjects count through the resolver") {
  KG_CHECK_HAS(parsed({"Gabriel Boric arrived in Lima.", "He met Dina Boluarte."}),
               "Gabriel Boric | met | Dina Boluarte");
}

TEST_CASE("mentions collapse into one placeholder each, titles included") {
  kg::test::Analysis a = kg::test::analyse({"Chilean President Gabriel Boric met him in Lima."});
  kg::extract::ParseInput in = kg::extract::collapse_mentions(a.sentences.at(0));
  REQUIRE(in.words.size() == in.mention.size());
  CHECK(in.words == Strings{"Xa", "met", "him", "in", "Xb", "."});
  CHECK(in.mention[0] >= 0);
  CHECK(in.mention[1] < 0);
}

TEST_CASE("relation ends: entities, pronouns and the main pair; not dates") {
  kg::test::Analysis a =
      kg::test::analyse({"Gabriel Boric visited Peru on Monday.", "He left in 2024."});
  kg::extract::DocumentContext ctx = context(a);
  CHECK(kg::extract::relation_ends(ctx, a.sentences.at(0)) == 2);
  CHECK(kg::extract::relation_ends(ctx, a.sentences.at(1)) == 1);
}

TEST_CASE("sentences over the length limit are left to the patterns") {
  std::string text = "Gabriel Boric visited Peru";
  for (int i = 0; i < 120; ++i) text += " and the region";
  CHECK(parsed({text + "."}).empty());
}
TEST_CASE("appositions, auxiliaries, particles and infinitive chains") {
  const Strings appositive = parsed({"Gabriel Boric, the president of Chile, visited Peru."});
  KG_CHECK_HAS(appositive, "Gabriel Boric | is the president of | Chile");
  KG_CHECK_HAS(appositive, "Gabriel Boric | visited | Peru");
  CHECK(parsed({"Chile has signed an accord with Peru."}) ==
        Strings{"Chile | has signed an accord with | Peru"});
  CHECK(parsed({"Chile will set up an embassy in Peru."}) ==
        Strings{"Chile | will set up an embassy in | Peru"});
  KG_CHECK_HAS(parsed({"Japan and Peru will continue to work with Chile."}),
               "Peru | will continue to work with | Chile");
}

TEST_CASE("sentences that differ only in their names share one parse") {
  auto dictionary = LinkDictionary::shared();
  REQUIRE(dictionary.ok());
  ParsedClauses cached(*dictionary);
  ParsedClauses uncached(*dictionary, {}, 0);
  Strings sentences{"Chile signed a trade agreement with Peru.",
                    "Norway signed a trade agreement with Sweden.",
                    "President Gabriel Boric signed a trade agreement with Japan."};
  Strings with_cache = kg::test::relations(cached, sentences);
  CHECK(with_cache == kg::test::relations(uncached, sentences));
  CHECK(with_cache.size() == 3);
  kg::extract::ParseCache::Stats stats = cached.cache_stats();
  CHECK(stats.misses == 1);
  CHECK(stats.hits == 2);
  CHECK(uncached.cache_stats().hits + uncached.cache_stats().misses == 0);
}
