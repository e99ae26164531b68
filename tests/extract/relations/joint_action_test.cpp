#include "extract/relations/joint_action.h"

#include <doctest/doctest.h>

#include "tests/extract/relations/relation_fixture.h"

using kg::extract::add_joint_actions;
using kg::extract::RawRelation;
using kg::test::Strings;

namespace {

// The joint actions implied when each name in `subjects` carries `predicate`
// to `object` in the one sentence `sentence`.
Strings joint(const std::string& sentence, const Strings& subjects, const std::string& predicate,
              const std::string& object) {
  kg::test::Analysis a = kg::test::analyse({sentence});
  std::vector<RawRelation> raw;
  for (const std::string& s : subjects) {
    RawRelation r;
    r.subject = a.entity(s);
    r.predicate = predicate;
    r.object = a.entity(object);
    REQUIRE(r.subject >= 0);
    REQUIRE(r.object >= 0);
    raw.push_back(r);
  }
  const std::size_t before = raw.size();
  add_joint_actions(kg::test::context(a), raw);
  Strings out;
  for (std::size_t i = before; i < raw.size(); ++i) {
    CHECK(raw[i].symmetric);
    out.push_back(kg::test::render(a, raw[i]));
  }
  return out;
}

}  // namespace

TEST_CASE("coordinated subjects signing an agreement act together") {
  const Strings r = joint("Peru and the Netherlands signed the Lima Accord on Monday.",
                          {"Peru", "Netherlands"}, "signed", "Lima Accord");
  KG_CHECK_HAS(r, "Peru | signed accord with | Netherlands");
  CHECK(r.size() == 1);
}

TEST_CASE("a relationship named before the object joins the pair") {
  const Strings r = joint(
      "Orvik Data and Danish shipping group Tarn Lines agreed to form a joint venture in Peru.",
      {"Orvik Data", "Tarn Lines"}, "agreed to form a joint venture in", "Peru");
  KG_CHECK_HAS(r, "Orvik Data | agreed to form a joint venture with | Tarn Lines");
}

TEST_CASE("no joint action without coordination or a joint noun") {
  // Each visited Peru on its own: visiting is no relationship.
  CHECK(joint("Chile and Bolivia visited Peru.", {"Chile", "Bolivia"}, "visited", "Peru").empty());
  // Talks with the object relate each subject to it, not to each other.
  CHECK(joint("Chile and Bolivia held talks with Peru.", {"Chile", "Bolivia"}, "held talks with",
              "Peru")
            .empty());
  // Subjects of two clauses are not coordinated.
  CHECK(joint("Chile signed the Lima Accord, and later Bolivia signed the Lima Accord.",
              {"Chile", "Bolivia"}, "signed", "Lima Accord")
            .empty());
}
