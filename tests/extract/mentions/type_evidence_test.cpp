#include "extract/mentions/type_evidence.h"

#include <doctest/doctest.h>

#include "tests/extract/mentions/mention_fixture.h"

using namespace kg::extract;
using kg::EntityType;
using kg::test::mention_named;
using kg::test::mentions_of;

TEST_CASE("a descriptor noun before the name types it") {
  const auto ms =
      mentions_of("Lithuanian drugmaker Vilkas Farmacija hired Danish chemist Nils Lund.");
  const Mention& firm = mention_named(ms, "Vilkas Farmacija");
  CHECK(firm.type == EntityType::kOrganization);
  CHECK_FALSE(firm.type_guessed);
  CHECK(firm.descriptor == "drugmaker");
  REQUIRE(firm.descriptor_from >= 0);
  CHECK(ms[static_cast<std::size_t>(firm.descriptor_from)].canonical == "Lithuania");
  const Mention& lund = mention_named(ms, "Nils Lund");
  CHECK(lund.type == EntityType::kPerson);
  CHECK(lund.descriptor == "chemist");
}

TEST_CASE("a descriptor noun in an apposition types the name") {
  const auto ms = mentions_of(
      "Orvik Nord, a Norwegian fishing group that owns trawlers, hired Ilse Brandt, a Belgian "
      "lawyer.");
  const Mention& group = mention_named(ms, "Orvik Nord");
  CHECK(group.type == EntityType::kOrganization);
  CHECK(group.descriptor == "group");
  REQUIRE(group.descriptor_from >= 0);
  CHECK(ms[static_cast<std::size_t>(group.descriptor_from)].canonical == "Norway");
  CHECK(mention_named(ms, "Ilse Brandt").type == EntityType::kPerson);
  CHECK(mention_named(ms, "Ilse Brandt").descriptor == "lawyer");
  // The noun of a possessive describes its owner, not the name.
  CHECK(mention_named(mentions_of("Tove Berg, the company's founder, left."), "Tove Berg").type ==
        EntityType::kPerson);
}

TEST_CASE("relative pronouns and \"said it\" type a name guessed from its shape") {
  CHECK(mention_named(mentions_of("Maren Holt said it would cut jobs."), "Maren Holt").type ==
        EntityType::kOrganization);
  CHECK(mention_named(mentions_of("Maren Holt, which makes boats, grew."), "Maren Holt").type ==
        EntityType::kOrganization);
  CHECK(mention_named(mentions_of("Maren Holt said he would go."), "Maren Holt").type ==
        EntityType::kPerson);
  // After a preposition the relative clause is seldom about the name.
  CHECK(mention_named(mentions_of("a yard founded by Maren Holt, which grew"), "Maren Holt").type ==
        EntityType::kPerson);
}

TEST_CASE("a name after \"the\" is no person") {
  const auto ms = mentions_of("They met at the Casa Verde.");
  const Mention& m = mention_named(ms, "Casa Verde");
  CHECK(m.type != EntityType::kPerson);
  CHECK_FALSE(m.type_guessed);
  CHECK(mention_named(mentions_of("They met Casa Verde."), "Casa Verde").type_guessed);
}

TEST_CASE("a place noun after the name, or a word of place before it, types a place") {
  CHECK(mention_named(mentions_of("Output rose at its Lomas Altas mine."), "Lomas Altas").type ==
        EntityType::kPlace);
  CHECK(mention_named(mentions_of("The firm is based in Vila Seca."), "Vila Seca").type ==
        EntityType::kPlace);
  CHECK(mention_named(mentions_of("A depot opens near Vila Seca."), "Vila Seca").type ==
        EntityType::kPlace);
  // A bare "in" is no evidence ("a stake in X"), nor a possessive after it.
  CHECK(mention_named(mentions_of("Acme took a stake in Vila Seca."), "Vila Seca").type !=
        EntityType::kPlace);
  CHECK(mention_named(mentions_of("He lives near Vila Seca's home."), "Vila Seca").type !=
        EntityType::kPlace);
}

TEST_CASE("a descriptor noun before \"called\" or \"named\" describes the name after it") {
  const auto ms = mentions_of("They set up a joint venture, to be called Vela Norte, in Lima.");
  const Mention& m = mention_named(ms, "Vela Norte");
  CHECK(m.type == EntityType::kOrganization);
  CHECK(m.descriptor == "venture");
  CHECK(mention_named(mentions_of("She founded a start-up called Vela Norte."), "Vela Norte")
            .descriptor == "start-up");
}
