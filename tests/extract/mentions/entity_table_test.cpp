#include "extract/mentions/entity_table.h"

#include <doctest/doctest.h>

using kg::EntityType;
using namespace kg::extract;

TEST_CASE("find: by folded name or alias, the lowest compatible entity") {
  EntityTable t;
  const int peru = t.add("Peru", EntityType::kCountry);
  const int ruiz = t.add("Ana Ruiz", EntityType::kPerson);
  t.add_alias(ruiz, "Ruiz");
  CHECK(t.find("PERU", EntityType::kCountry) == peru);
  CHECK(t.find("peru", EntityType::kOther) == peru);
  CHECK(t.find("Peru", EntityType::kPerson) == -1);
  CHECK(t.find("ruiz", EntityType::kPerson) == ruiz);
  CHECK(t.find("Lima", EntityType::kPlace) == -1);
  const int other = t.add("Peru", EntityType::kPerson);
  CHECK(t.find("Peru", EntityType::kPerson) == other);
  CHECK(t.find("Peru", EntityType::kOther) == peru);
}

TEST_CASE("rename keeps the old name findable as an alias") {
  EntityTable t;
  const int e = t.add("Lam", EntityType::kPerson);
  t.rename(e, "To Lam");
  CHECK(t[e].name == "To Lam");
  CHECK(t[e].aliases.count("Lam") == 1);
  CHECK(t.find("lam", EntityType::kPerson) == e);
  CHECK(t.find("To Lam", EntityType::kPerson) == e);
}

TEST_CASE("person_containing: words in either direction, ambiguity is -1") {
  EntityTable t;
  const int lam = t.add("To Lam", EntityType::kPerson);
  t.add("Lam Son", EntityType::kPlace);  // not a person
  CHECK(t.person_containing(folded_words("Lam")) == lam);
  CHECK(t.person_containing(folded_words("General To Lam")) == lam);
  CHECK(t.person_containing(folded_words("Anwar")) == -1);
  t.add("Lam Nguyen", EntityType::kPerson);
  CHECK(t.person_containing(folded_words("Lam")) == -1);  // two persons
  const int anwar = t.add("Anwar", EntityType::kOther);
  CHECK(t.person_containing(folded_words("Anwar Ibrahim")) == -1);
  t.set_type(anwar, EntityType::kPerson);
  CHECK(t.person_containing(folded_words("Anwar Ibrahim")) == anwar);
  t.rename(anwar, "Anwar Ibrahim");
  CHECK(t.person_containing(folded_words("Ibrahim")) == anwar);
}

TEST_CASE("with_initials: entities that are not persons, the first one") {
  EntityTable t;
  t.add("Chris Paul Vance", EntityType::kPerson);
  CHECK(t.with_initials("CPV") == -1);
  const int cpv = t.add("Communist Party of Vietnam", EntityType::kOrganization);
  t.add("Central Pacific Venture", EntityType::kOrganization);
  CHECK(t.with_initials("CPV") == cpv);
  t.set_type(cpv, EntityType::kPerson);
  CHECK(t.with_initials("CPV") == cpv + 1);
}

TEST_CASE("folded_words and initials") {
  CHECK(folded_words("  To\tLam ") == std::vector<std::string>{"to", "lam"});
  CHECK(folded_words("").empty());
  CHECK(initials("Association of Southeast Asian Nations") == "ASAN");
  CHECK(initials("  World  Health Organization") == "WHO");
}

TEST_CASE("with_word: entities that are not persons, indexed by every word") {
  EntityTable t;
  const int club = t.add("FC Vardel", EntityType::kOrganization);
  t.add("Vardel Hansen", EntityType::kPerson);
  CHECK(t.with_word("vardel") == std::vector<int>{club});
  CHECK(t.with_word("fc") == std::vector<int>{club});
  t.rename(club, "FC Vardel Oslo");
  CHECK(t.with_word("oslo") == std::vector<int>{club});
  t.set_type(club, EntityType::kPerson);
  CHECK(t.with_word("vardel").empty());
}

TEST_CASE("persons_containing lists every match, lowest-numbered first") {
  EntityTable t;
  const int erik = t.add("Erik Lund", EntityType::kPerson);
  const int nils = t.add("Nils Lund", EntityType::kPerson);
  CHECK(t.persons_containing(folded_words("Lund")) == std::vector<int>{erik, nils});
  CHECK(t.person_containing(folded_words("Lund")) == -1);
}
