#include "extract/mentions/quoted_names.h"

#include <doctest/doctest.h>

#include "tests/extract/mentions/mention_fixture.h"

using namespace kg::extract;
using kg::test::mention_named;
using kg::test::mention_texts;
using kg::test::mentions_of;

TEST_CASE("a quoted name is a work's title, unless the words before say it names something") {
  auto ms = mentions_of("Ana Ruiz won the prize for \"The Lyra Road\" and 'Orvik'.");
  CHECK(mention_named(ms, "Lyra Road").kind == MentionKind::kWork);
  CHECK(mention_named(ms, "Orvik").kind == MentionKind::kWork);
  CHECK(mention_named(ms, "Ana Ruiz").kind == MentionKind::kName);
  ms = mentions_of("The parties signed a plan titled \"Lyra Compact\", the minister said.");
  CHECK(mention_named(ms, "Lyra Compact").kind == MentionKind::kName);
  ms = mentions_of("Ana Ruiz met \"Chilean President Tomas Vidal\" in Lima.");
  CHECK(mention_named(ms, "Tomas Vidal").kind == MentionKind::kName);
  // A nickname inside a name is no work.
  ms = mentions_of("The singer Kemar \"K-Roy\" Douglas signed.");
  for (const Mention& m : ms) CHECK(m.kind != MentionKind::kWork);
}

TEST_CASE("given name, quoted nickname and surname are one person's name") {
  const auto ms = mentions_of("The producer Winston \"Count\" Bellamy founded Andes Records.");
  CHECK(mention_texts(ms) == "Winston Bellamy | Andes Records");
  CHECK(mention_named(ms, "Winston Bellamy").type == kg::EntityType::kPerson);
  // A name of two words before the quote is no given name.
  const auto two = mentions_of("Ana Ruiz \"Lyra\" Bellamy signed.");
  CHECK(two.at(0).text == "Ana Ruiz");
}
