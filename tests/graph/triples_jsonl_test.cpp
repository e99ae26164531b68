#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "kg/io.h"
#include "test_graphs.h"

namespace kg {

TEST_CASE("triple_to_json_line writes the kgscore keys on one line") {
  Triple t;
  t.subject = "To Lam";
  t.subject_type = EntityType::kPerson;
  t.predicate = "visited";
  t.object = "Malaysia";
  t.object_type = EntityType::kCountry;
  t.qualifiers = {{"year", "2024"}};
  t.confidence = 0.9;
  t.evidence = {"000.txt", 0, 0, 312, "line\none"};
  const std::string line = triple_to_json_line(t);
  CHECK(line.find('\n') == std::string::npos);
  CHECK(line ==
        "{\"document\":\"000.txt\",\"subject\":\"To Lam\",\"subject_type\":\"Person\","
        "\"predicate\":\"visited\",\"label\":\"visited\",\"object\":\"Malaysia\","
        "\"object_type\":\"Country\",\"symmetric\":false,\"qualifiers\":{\"year\":\"2024\"},"
        "\"confidence\":0.9,\"evidence\":{\"sentence\":0,\"start\":0,\"end\":312,"
        "\"text\":\"line\\none\"}}");
}

TEST_CASE("graph_to_jsonl writes one line per piece of evidence") {
  KnowledgeGraph g;
  DocumentExtraction doc;
  doc.document = "d.txt";
  doc.entities = {{"A", EntityType::kPerson, {}, 1}, {"B", EntityType::kPlace, {}, 1}};
  Triple t;
  t.subject = "A";
  t.subject_type = EntityType::kPerson;
  t.predicate = "visited";
  t.object = "B";
  t.object_type = EntityType::kPlace;
  t.evidence = {"d.txt", 0, 0, 5, "first"};
  doc.triples.push_back(t);
  t.evidence = {"d.txt", 1, 6, 12, "second"};
  doc.triples.push_back(t);
  g.add_document(doc);
  REQUIRE(g.relation_count() == 1);
  std::istringstream lines(graph_to_jsonl(g));
  std::vector<nlohmann::json> parsed;
  for (std::string line; std::getline(lines, line);) parsed.push_back(nlohmann::json::parse(line));
  REQUIRE(parsed.size() == 2);
  CHECK(parsed[0]["evidence"]["text"] == "first");
  CHECK(parsed[1]["evidence"]["sentence"] == 1);
  CHECK(parsed[1]["subject"] == "A");
  CHECK(parsed[1]["object_type"] == "Place");
  CHECK(parsed[1]["document"] == "d.txt");
}

}  // namespace kg
