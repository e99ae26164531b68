#include "extract/relations/relation_merge.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "tests/extract/lexicon/lexicon_fixture.h"

using kg::extract::merge_relations;
using kg::extract::RawRelation;

namespace {

RawRelation rel(int s, std::string predicate, int o, double confidence, int sentence = 0) {
  RawRelation r;
  r.subject = s;
  r.predicate = std::move(predicate);
  r.object = o;
  r.confidence = confidence;
  r.sentence = sentence;
  return r;
}

std::vector<std::string> predicates(const std::vector<RawRelation>& rs) {
  std::vector<std::string> out;
  for (const RawRelation& r : rs) out.push_back(r.predicate);
  return out;
}

}  // namespace

TEST_CASE("the same ends and predicate: one relation, surest confidence, all qualifiers") {
  RawRelation a = rel(1, "visited", 2, 0.6);
  a.qualifiers["year"] = "2024";
  RawRelation b = rel(1, "visited", 2, 0.8, 3);
  b.qualifiers["place"] = "Lima";
  const auto out = merge_relations(kg::test::lexicon(), {a, b});
  REQUIRE(out.size() == 1);
  CHECK(out[0].confidence == doctest::Approx(0.8));
  CHECK(out[0].qualifiers.size() == 2);
  CHECK(out[0].sentence == 0);  // the first read stands
}

TEST_CASE("paraphrases of one clause: the surest stays") {
  const auto out = merge_relations(
      kg::test::lexicon(),
      {rel(1, "called a historic day for", 2, 0.62),
       rel(1, "called the decision a historic day for", 2, 0.75),
       rel(1, "has already invested in", 3, 0.75), rel(1, "has invested in", 3, 0.7)});
  CHECK(predicates(out) == std::vector<std::string>{"called the decision a historic day for",
                                                    "has already invested in"});
  CHECK(out[0].confidence == doctest::Approx(0.75));
}

TEST_CASE("other verbs, sentences or ends, and verbless predicates, stay apart") {
  const auto out =
      merge_relations(kg::test::lexicon(),
                      {rel(1, "founded", 2, 0.8), rel(1, "leads", 2, 0.7),        // two verbs
                       rel(1, "visited", 3, 0.8), rel(1, "visiting", 3, 0.7, 1),  // two sentences
                       rel(4, "visited", 3, 0.8),                                 // another subject
                       rel(1, "president of", 5, 0.9), rel(1, "chairman of", 5, 0.8)});
  CHECK(out.size() == 7);
}

TEST_CASE("relations the predicate policy drops, or with a missing end, are left out") {
  const auto out =
      merge_relations(kg::test::lexicon(), {rel(1, "is", 2, 0.8), rel(-1, "visited", 2, 0.8),
                                            rel(2, "visited", 2, 0.8), rel(1, "met with", 2, 0.8)});
  REQUIRE(out.size() == 1);
  CHECK(out[0].symmetric);  // "met" reads both ways
}
