#include "kg/explain.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "kg/aliases.h"

namespace kg {
namespace {

DocumentExtraction explained_document(const std::string& name, std::vector<EntityRecord> entities,
                                      std::vector<Triple> triples = {}) {
  DocumentExtraction doc;
  doc.document = name;
  doc.entities = std::move(entities);
  doc.triples = std::move(triples);
  return doc;
}

}  // namespace

TEST_CASE("explain_entity lists every record joined into the entity, in merge order") {
  Triple met;
  met.subject = "Lam";
  met.subject_type = EntityType::kPerson;
  met.predicate = "met";
  met.object = "Anwar";
  met.object_type = EntityType::kPerson;
  const std::vector<DocumentExtraction> docs = {
      explained_document("a.txt", {{"To Lam", EntityType::kPerson, {"Lam"}, 3},
                                   {"Malaysia", EntityType::kCountry, {}, 1}}),
      explained_document("b.txt", {{"Lam", EntityType::kPerson, {}, 1}}),
      explained_document("c.txt", {{"Vietnam", EntityType::kCountry, {}, 1}}, {met})};

  auto explanation = explain_entity(docs, "lam");
  REQUIRE(explanation);
  CHECK(explanation->entity.name == "To Lam");
  CHECK(explanation->entity.mentions == 4);
  REQUIRE(explanation->records.size() == 3);
  CHECK(explanation->records[0].document == "a.txt");
  CHECK(explanation->records[0].join.rule == JoinRule::kNewEntity);
  CHECK(explanation->records[0].join.record.aliases == std::vector<std::string>{"Lam"});
  CHECK(explanation->records[1].document == "b.txt");
  CHECK(explanation->records[1].join.rule == JoinRule::kNameIsAlias);
  CHECK(explanation->records[2].document == "c.txt");  // a triple's end, not listed
  CHECK_FALSE(explanation->records[2].join.listed);
  CHECK(explanation->records[2].join.rule == JoinRule::kNameIsAlias);

  CHECK_FALSE(explain_entity(docs, "Nobody"));
  auto malaysia = explain_entity(docs, "Malaysia");
  REQUIRE(malaysia);
  CHECK(malaysia->records.size() == 1);
}

TEST_CASE("explain_entity applies the aliases decisions and names them as the rule") {
  const std::vector<DocumentExtraction> docs = {
      explained_document("a.txt", {{"To Lam", EntityType::kPerson, {"Lam"}, 3}}),
      explained_document(
          "b.txt", {{"Lam", EntityType::kPerson, {}, 1}, {"Hanoi", EntityType::kPlace, {}, 1}}),
      explained_document("c.txt", {{"Ha Noi City", EntityType::kPlace, {}, 2}})};
  const auto aliases =
      parse_aliases("different\tLam\tTo Lam\nsame\tHa Noi City\tHanoi\n", "aliases.tsv");
  REQUIRE(aliases.ok());

  auto lam = explain_entity(docs, "Lam", *aliases);
  REQUIRE(lam);
  CHECK(lam->entity.name == "Lam");
  REQUIRE(lam->records.size() == 1);
  CHECK(lam->records[0].join.rule == JoinRule::kKeptApartByAliases);
  auto to_lam = explain_entity(docs, "To Lam", *aliases);
  REQUIRE(to_lam);
  CHECK(to_lam->records.size() == 1);

  auto hanoi = explain_entity(docs, "Ha Noi City", *aliases);
  REQUIRE(hanoi);
  CHECK(hanoi->entity.name == "Hanoi");
  REQUIRE(hanoi->records.size() == 2);
  CHECK(hanoi->records[1].document == "c.txt");
  CHECK(hanoi->records[1].join.rule == JoinRule::kForcedByAliases);

  // Without the decisions: Lam is To Lam, and Ha Noi City is an entity of its own.
  CHECK(explain_entity(docs, "Lam")->entity.name == "To Lam");
  CHECK(explain_entity(docs, "Ha Noi City")->records.size() == 1);
}

TEST_CASE("explain_entity answers no ambiguous name, and hands back the merged graph") {
  const std::vector<DocumentExtraction> docs = {
      explained_document("a.txt", {{"Anwar Ibrahim", EntityType::kPerson, {"Anwar"}, 2}}),
      explained_document("b.txt", {{"Anwar Sadat", EntityType::kPerson, {"Anwar"}, 2}})};
  KnowledgeGraph merged;
  CHECK_FALSE(explain_entity(docs, "Anwar", {}, &merged));
  CHECK(merged.entity_count() == 2);
  CHECK(merged.find_all("Anwar").size() == 2);
  CHECK(explain_entity(docs, "Anwar Sadat"));
}

}  // namespace kg
