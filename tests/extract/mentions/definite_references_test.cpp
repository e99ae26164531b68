#include "extract/mentions/definite_references.h"

#include <doctest/doctest.h>

#include <optional>
#include <string>

#include "tests/extract/lexicon/lexicon_fixture.h"

using kg::EntityType;
using kg::extract::DefiniteReference;

namespace {

std::optional<DefiniteReference> at(const std::string& text, std::size_t i) {
  return kg::extract::definite_reference(kg::test::lexicon(), kg::extract::tokenize(text), i);
}

}  // namespace

TEST_CASE("a role noun after \"the\" refers to a person, a demonym naming the country") {
  const auto r = at("He thanked the Vietnamese leader.", 2);
  REQUIRE(r);
  CHECK(r->end == 5);
  CHECK(r->type == EntityType::kPerson);
  CHECK(r->canonical == "Vietnam");
  // A role noun modifying the noun after it refers to nobody.
  CHECK_FALSE(at("He thanked the leader podium.", 2));
}

TEST_CASE("both sides, the two countries: the pair the text is about") {
  const auto r = at("Both sides agreed.", 0);
  REQUIRE(r);
  CHECK(r->canonical == "#pair");
  CHECK(at("The two countries agreed.", 0)->canonical == "#pair");
}

TEST_CASE("an event, agreement or organisation noun refers by its noun") {
  CHECK(at("After the tournament, he left.", 1)->type == EntityType::kEvent);
  CHECK(at("They signed the pact.", 2)->type == EntityType::kAgreement);
  const auto c = at("The Spanish carrier grew.", 0);
  REQUIRE(c);
  CHECK(c->type == EntityType::kOrganization);
  CHECK(c->canonical == "carrier");
  // Not a noun with an of-phrase, nor a capitalised name.
  CHECK_FALSE(at("The company of actors left.", 0));
  CHECK_FALSE(at("The Bank Negara rose.", 0));
}
