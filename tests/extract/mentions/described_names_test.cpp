#include "extract/mentions/described_names.h"

#include <doctest/doctest.h>

#include "tests/extract/mentions/mention_fixture.h"

using namespace kg::extract;
using kg::EntityType;
using kg::test::analyse;
using kg::test::Analysis;
using kg::test::mention_named;
using kg::test::mention_texts;
using kg::test::mentions_of;

TEST_CASE("an election described by the words that say which one is an event") {
  const auto ms = mentions_of("The court annulled last month's presidential election.");
  const Mention& e = mention_named(ms, "last month's presidential election");
  CHECK(e.kind == MentionKind::kName);
  CHECK(e.type == EntityType::kEvent);
  // A date before it stays a date of its own.
  CHECK(mention_texts(mentions_of("Labour won the February 8 general election.")) ==
        "Labour | February 8 | general election");
  // A bare "the election" describes nothing in particular here.
  CHECK(mention_texts(mentions_of("Labour lost an election in Leeds.")) == "Labour | Leeds");
}

TEST_CASE("an award for the best of something, or a special one, is an event") {
  CHECK(mention_texts(mentions_of("Ana Ruiz shared the best actress award.")) ==
        "Ana Ruiz | best actress award");
  CHECK(mention_texts(mentions_of("A special award went to Ana Ruiz.")) ==
        "special award | Ana Ruiz");
  CHECK(mention_texts(mentions_of("Ana Ruiz won an award for the film.")) == "Ana Ruiz");
}

TEST_CASE("an agreement described by its subject is an agreement") {
  const auto ms = mentions_of("Peru concluded talks on a free trade agreement with Chile.");
  CHECK(mention_named(ms, "free trade agreement").type == EntityType::kAgreement);
  CHECK(mention_texts(mentions_of("The rebels signed a peace deal in Lima.")) ==
        "peace deal | Lima");
  // "free" alone, or no subject, describes no agreement in particular.
  CHECK(mention_texts(mentions_of("Peru signed a free deal in Lima.")) == "Peru | Lima");
  CHECK(mention_texts(mentions_of("Peru signed a new agreement in Lima.")) == "Peru | Lima");
  const Analysis a = analyse({"Peru concluded talks on a free trade agreement with Chile.",
                              "Chile called the agreement a win."});
  CHECK(a.resolved_name(1, "the agreement") == "free trade agreement");
}

TEST_CASE("a later reference to the election is the described one") {
  const Analysis a = analyse({"Labour won the February 8 general election.",
                              "After the election, Labour formed a government."});
  CHECK(a.resolved_name(1, "the election") == "general election");
}

TEST_CASE("mentions stay ordered by position") {
  std::vector<kg::extract::Token> tokens =
      kg::extract::tokenize("Ana Ruiz won the general election in Leeds.");
  std::vector<Mention> ms = mentions_of("Ana Ruiz won the general election in Leeds.");
  for (std::size_t k = 1; k < ms.size(); ++k) CHECK(ms[k - 1].span_begin <= ms[k].span_begin);
  // Adding again finds nothing new: every described event is covered.
  const std::size_t before = ms.size();
  add_described_names(tokens, ms);
  CHECK(ms.size() == before);
}

TEST_CASE("a place's name before a court noun names the court") {
  const auto ms = mentions_of("The Ghent criminal court convicted Ana Ruiz.");
  const Mention& court = mention_named(ms, "Ghent criminal court");
  CHECK(court.type == EntityType::kOrganization);
  CHECK(mention_texts(mentions_of("A Lyon court fined Ana Ruiz.")) == "Lyon court | Ana Ruiz");
  // A person's name before "court" is no place; a court of no place is left alone.
  CHECK(mention_texts(mentions_of("President Ana Ruiz court ruled.")) == "Ana Ruiz");
  CHECK(mention_named(mentions_of("The criminal court convicted Ana Ruiz."), "The criminal court")
            .kind == MentionKind::kRoleRef);
  // Later, "the court" is that court.
  const Analysis a =
      analyse({"The Ghent criminal court convicted Ana Ruiz.", "The court fined her too."});
  CHECK(a.resolved_name(1, "The court") == "Ghent criminal court");
  // After a dateline an article may read as a name; it names no court.
  for (const Mention& m : mentions_of("GHENT - A court in Ghent fined Ana Ruiz."))
    CHECK(m.text != "A court");
}

TEST_CASE("a name of no known type before an event or agreement noun names it") {
  const auto ms = mentions_of("Results of the KESTREL-2 trial were published.");
  const Mention& trial = mention_named(ms, "KESTREL-2 trial");
  CHECK(trial.type == EntityType::kEvent);
  CHECK(mention_named(mentions_of("Egypt signed the Ras Kemal deal."), "Ras Kemal deal").type ==
        EntityType::kAgreement);
  // A name of a known type stays itself ("the NATO summit").
  CHECK(mention_texts(mentions_of("Peru hosted the NATO summit.")) == "Peru | NATO");
  // Later, "the trial" is that trial.
  const Analysis a = analyse(
      {"Results of the KESTREL-2 trial were published.", "The trial was funded by Unitaid."});
  CHECK(a.resolved_name(1, "The trial") == "KESTREL-2 trial");
}
