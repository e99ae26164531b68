#include "extract/relations/sentence_view.h"

#include <doctest/doctest.h>

#include "tests/extract/relations/relation_fixture.h"

using namespace kg::extract;
using kg::EntityType;
using kg::test::analyse;
using kg::test::Analysis;

namespace {

// A view of sentence `s` of `a`; `a` must outlive it.
struct View {
  explicit View(const Analysis& a, std::size_t s = 0)
      : ctx(context(a)), view(ctx, a.sentences.at(s)) {}
  DocumentContext ctx;
  SentenceView view;
};

}  // namespace

TEST_CASE("words, texts and mentions by token") {
  const Analysis a = analyse({"Japanese Prime Minister Fumio Kishida visited Peru."});
  const SentenceView& v = View(a).view;
  CHECK(v.size() == 8);
  CHECK(v.word(1) == "prime");
  CHECK(v.text(1) == "Prime");
  CHECK(v.is(5, "visited"));
  CHECK(v.word(99).empty());

  REQUIRE(v.mention_at(1) != nullptr);
  CHECK(v.mention_at(1)->text == "Fumio Kishida");  // titles are part of the span
  REQUIRE(v.mention_starting(0) != nullptr);
  CHECK(v.mention_starting(0)->text == "Fumio Kishida");
  CHECK(v.mention_starting(1) == nullptr);
  CHECK(v.mention_at(5) == nullptr);
  const Mention* peru = v.mention_starting(6);
  REQUIRE(peru != nullptr);
  CHECK(v.type(v.entity(*peru)) == EntityType::kCountry);
  CHECK(v.type(-1) == EntityType::kOther);
  CHECK(v.is_entity_name(peru));
  CHECK_FALSE(v.is_entity_name(nullptr));
}

TEST_CASE("a modifier is not an entity name") {
  const Analysis a = analyse({"Japanese Prime Minister Fumio Kishida visited Peru."});
  const auto& ms = a.sentences[0].mentions;
  const SentenceView& v = View(a).view;
  for (const Mention& m : ms) {
    if (m.kind == MentionKind::kModifier) CHECK_FALSE(v.is_entity_name(&m));
  }
}

TEST_CASE("subject: the first entity outside prepositional phrases and possessives") {
  const Analysis a = analyse({"In Tokyo, Fumio Kishida met Narendra Modi.",
                              "Norway's support for Ukraine continued.",
                              "Fumio Kishida thanked Modi.", "He left Tokyo."});
  CHECK(a.name(View(a, 0).view.subject()) == "Fumio Kishida");
  CHECK(View(a, 1).view.subject() == -1);
  CHECK(a.name(View(a, 3).view.subject()) == "Fumio Kishida");  // through the pronoun
}

TEST_CASE("possessor_before: pronouns and 's") {
  const Analysis a =
      analyse({"Kenyan President William Ruto said his visit to Accra went well.",
               "Norway's strong support for Ukraine continued.", "The visit to Accra ended."});
  const SentenceView& v0 = View(a, 0).view;
  CHECK(a.name(v0.possessor_before(7)) == "William Ruto");  // "his visit"
  const SentenceView& v1 = View(a, 1).view;
  REQUIRE(v1.is(3, "support"));
  CHECK(a.name(v1.possessor_before(3)) == "Norway");
  CHECK(View(a, 2).view.possessor_before(1) == -1);  // "The visit"
}

TEST_CASE("entity_after skips determiners and plain words, up to a limit") {
  const Analysis a = analyse({"Chile praised the ancient Lima Accord and visited Peru."});
  const SentenceView& v = View(a).view;
  REQUIRE(v.is(2, "the"));
  auto at = v.entity_after(2);
  REQUIRE(at);
  CHECK(*at == 4);
  CHECK(v.mention_starting(*at)->text == "Lima Accord");
  CHECK_FALSE(v.entity_after(2, 1));  // two words to skip
  CHECK_FALSE(v.entity_after(6));     // "and" is a function word
  CHECK(v.entity_after(8) == std::optional<std::size_t>(8));
}

TEST_CASE("entity_after does not read a conjunction 'that' as a determiner") {
  const Analysis a = analyse({"Lima was chosen so that Ana Ruiz could attend."});
  const SentenceView& v = View(a).view;
  REQUIRE(v.is(3, "so"));
  CHECK_FALSE(v.entity_after(3));
}

TEST_CASE("a name before a common noun modifies it") {
  const Analysis a = analyse({"Chile and other APEC member states signed."});
  const SentenceView& v = View(a).view;
  const Mention* apec = v.mention_starting(3);
  REQUIRE(apec != nullptr);
  CHECK(v.modifies_noun(*apec));
  CHECK_FALSE(v.modifies_noun(*v.mention_starting(0)));  // followed by "and"
  CHECK_FALSE(v.entity_after(3).has_value());
  // A past form missing from the verb list is a verb, not a noun.
  const Analysis b = analyse({"The Andean Court overturned the ruling."});
  const SentenceView& w = View(b).view;
  REQUIRE(w.mention_starting(1) != nullptr);
  CHECK_FALSE(w.modifies_noun(*w.mention_starting(1)));
}

TEST_CASE("function words") {
  CHECK(SentenceView::is_function_word("between"));
  CHECK(SentenceView::is_function_word("would"));
  CHECK_FALSE(SentenceView::is_function_word("treaty"));
}

TEST_CASE("date qualifiers: year and ISO date") {
  const Analysis a = analyse({"It opened on 12 March 2023, in November 2016, and in 2019."});
  const SentenceView& v = View(a).view;
  std::vector<std::map<std::string, std::string>> got;
  for (const Mention& m : a.sentences[0].mentions) {
    if (m.kind != MentionKind::kDate) continue;
    std::map<std::string, std::string> q;
    v.date_qualifiers(m, q);
    got.push_back(q);
  }
  REQUIRE(got.size() == 3);
  CHECK(got[0] == std::map<std::string, std::string>{{"year", "2023"}, {"date", "2023-03-12"}});
  CHECK(got[1] == std::map<std::string, std::string>{{"year", "2016"}, {"date", "2016-11"}});
  CHECK(got[2] == std::map<std::string, std::string>{{"year", "2019"}});
}

TEST_CASE("is_demonym: a country written as a demonym, not as its name") {
  const Analysis a = analyse({"Chilean officials and Chile agreed."});
  const SentenceView& v = View(a).view;
  REQUIRE(v.mention_at(0) != nullptr);
  REQUIRE(v.mention_at(3) != nullptr);
  CHECK(v.is_demonym(*v.mention_at(0)));
  CHECK_FALSE(v.is_demonym(*v.mention_at(3)));
}

TEST_CASE("add: a relation of this sentence, never between an entity and itself") {
  const Analysis a = analyse({"Chile met Peru.", "Peru met Chile."});
  const SentenceView& v = View(a, 1).view;
  std::vector<RawRelation> out;
  v.add(out, a.entity("Peru"), "met", a.entity("Chile"), 0.6);
  v.add(out, a.entity("Peru"), "met", a.entity("Peru"), 0.6);
  v.add(out, -1, "met", a.entity("Chile"), 0.6);
  REQUIRE(out.size() == 1);
  CHECK(out[0].sentence == 1);
  CHECK(out[0].confidence == 0.6);
  CHECK(out[0].predicate == "met");
}

TEST_CASE("is_person_noun: titles, role nouns, kinship and occupations") {
  const Analysis a = analyse({"Peru met Chile."});
  const SentenceView& v = View(a).view;
  CHECK(v.is_person_noun("minister"));
  CHECK(v.is_person_noun("aide"));
  CHECK(v.is_person_noun("nephew"));
  CHECK(v.is_person_noun("novelist"));
  CHECK(v.is_person_noun("goalkeeper"));
  CHECK_FALSE(v.is_person_noun("carmaker"));
  CHECK_FALSE(v.is_person_noun("pricing"));
}

TEST_CASE("names: the resolved name mentions, without modifiers or pronouns") {
  const Analysis a = analyse({"The Chilean envoy Ana Soto said she met Peru."});
  const SentenceView& v = View(a).view;
  std::vector<std::string> texts;
  for (const Mention* m : v.names()) texts.push_back(m->text);
  CHECK(texts == std::vector<std::string>{"Ana Soto", "Peru"});
}

TEST_CASE("country_pair: the sentence's two countries, else its paragraph's nearest") {
  auto pair_names = [](const Analysis& a, std::size_t s) {
    const View v(a, s);
    const auto [x, y] = v.view.country_pair();
    return x < 0 ? std::string("-") : a.name(x) + "+" + a.name(y);
  };
  const Analysis a = analyse({"Peru and Chile met in Lima.", "Both sides agreed.",
                              "Bolivia sent aid.", "The two countries signed."});
  CHECK(pair_names(a, 0) == "Peru+Chile");
  CHECK(pair_names(a, 1) == "Peru+Chile");
  // The nearest sentence naming a country names only Bolivia: no pair.
  CHECK(pair_names(a, 3) == "-");
  // Three countries in the sentence: no pair.
  CHECK(pair_names(analyse({"Peru, Chile and Bolivia agreed bilateral trade."}), 0) == "-");
}

TEST_CASE("affiliation_at: the organisation or country a name is of") {
  const Analysis a =
      analyse({"It went to Ana Ruiz of the left-wing Broad Front and Tom Hart of "
               "Peru, not to Eva Soto of Chile's ministry."});
  View view(a);
  const SentenceView& v = view.view;
  std::vector<std::string> found;
  for (std::size_t k = 0; k < v.size(); ++k) {
    if (const Mention* m = v.affiliation_at(k)) found.push_back(m->text);
  }
  CHECK(found == std::vector<std::string>{"Broad Front", "Peru"});
}
