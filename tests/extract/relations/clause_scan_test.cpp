#include "extract/relations/clause_scan.h"

#include <doctest/doctest.h>

#include <string>

#include "tests/extract/relations/relation_fixture.h"

using kg::extract::ClauseScan;
using kg::extract::SentenceView;

namespace {

// The analysis and context of one sentence, for a ClauseScan over it.
struct Scanned {
  explicit Scanned(const std::string& text)
      : a(kg::test::analyse({text})),
        ctx(kg::test::context(a)),
        v(ctx, a.sentences.at(0)),
        scan(v) {}
  kg::test::Analysis a;
  kg::extract::DocumentContext ctx;
  SentenceView v;
  ClauseScan scan;
};

}  // namespace

TEST_CASE("verb groups: auxiliaries, negation and infinitive chains") {
  const Scanned s("Peru has not signed the pact with Chile.");
  const auto g = s.scan.verb_group(1);
  REQUIRE(g);
  CHECK(g->begin == 1);
  CHECK(g->end == 4);
  CHECK(g->text == "has not signed");
  CHECK_FALSE(s.scan.verb_group(5));  // "pact"
  const Scanned p("The pact was signed by Chile.");
  const auto pg = p.scan.verb_group(2);
  REQUIRE(pg);
  CHECK(p.scan.passive(*pg));
  const Scanned r("Ana Ruiz said the pact was fair.");
  const auto rg = r.scan.verb_group(2);
  REQUIRE(rg);
  CHECK(r.scan.reporting(*rg));
}

TEST_CASE("subjects: the first entity not in a prepositional phrase, with its conjunct") {
  const Scanned s("In Lima, Peru and Chile signed a pact.");
  const auto subjects = s.scan.subjects_between(0, 6);
  REQUIRE(subjects.size() == 2);
  CHECK(s.a.name(subjects[0]) == "Peru");
  CHECK(s.a.name(subjects[1]) == "Chile");
  // "A and Peru 's President B": the second subject is B, not the possessor.
  const Scanned o("Ana Ruiz and Peru's President Dina Boluarte signed a pact.");
  const auto owned = o.scan.subjects_between(0, 8);
  REQUIRE(owned.size() == 2);
  CHECK(o.a.name(owned[1]) == "Dina Boluarte");
}

TEST_CASE("a relative pronoun's antecedent, also across an apposition") {
  const Scanned s("Ana Ruiz, a Chilean lawyer who founded Acme Corp, spoke.");
  // "founded" is token 7.
  CHECK(s.a.name(s.scan.relative_antecedent(7)) == "Ana Ruiz");
}

TEST_CASE("names after premodifiers, time phrases and asides") {
  const Scanned s("The prize went on Wednesday to the Spanish entrepreneur Ana Ruiz (2019).");
  CHECK(s.scan.after_time_phrase(3) == 5);  // "on Wednesday"
  const auto* m = s.scan.name_after_premodifiers(6);
  REQUIRE(m);
  CHECK(m->text == "Ana Ruiz");
  CHECK(s.scan.after_brackets(11) == 14);
  CHECK(s.scan.no_comma_between(0, 11));
}

TEST_CASE("an opening participle phrase ends at the comma before a name") {
  const Scanned s("Born in Lima, in Peru's south, Ana Ruiz played football.");
  CHECK(s.scan.opening_phrase_end() == 9);
  const Scanned t("Ana Ruiz took over, succeeding Tomas Vidal.");
  const auto g = t.scan.trailing_participle(5);
  REQUIRE(g);
  CHECK(g->text == "succeeded");
}
