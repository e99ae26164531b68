#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "kg/io.h"
#include "test_graphs.h"

namespace kg {

namespace {

// Splits RFC 4180 text into records of fields (quoted fields may hold
// commas, doubled quotes and line breaks).
std::vector<std::vector<std::string>> parse_csv(const std::string& text) {
  std::vector<std::vector<std::string>> records;
  std::vector<std::string> record;
  std::string field;
  bool quoted = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      record.push_back(field);
      field.clear();
    } else if (c == '\n') {
      record.push_back(field);
      field.clear();
      records.push_back(record);
      record.clear();
    } else {
      field += c;
    }
  }
  return records;
}

}  // namespace

TEST_CASE("relationship types are Neo4j's upper snake case") {
  CHECK(neo4j_relationship_type("met with") == "MET_WITH");
  CHECK(neo4j_relationship_type("prime minister of") == "PRIME_MINISTER_OF");
  CHECK(neo4j_relationship_type("  signed -- (MoU) ") == "SIGNED_MOU");
  CHECK(neo4j_relationship_type("th\xc4\x83m") == "TH\xc4\x83M");
  CHECK(neo4j_relationship_type("") == "RELATED_TO");
  CHECK(neo4j_relationship_type("\"/&") == "RELATED_TO");
}

TEST_CASE("Neo4j CSV: headers, quoting and arrays") {
  const KnowledgeGraph g = testing::adversarial_graph();
  const Neo4jCsv csv = to_neo4j_csv(g);
  const auto nodes = parse_csv(csv.nodes);
  const auto relationships = parse_csv(csv.relationships);
  REQUIRE(nodes.size() == g.entity_count() + 1);
  REQUIRE(relationships.size() == g.relation_count() + 1);
  CHECK(csv.nodes.rfind(std::string(kNeo4jNodesHeader) + "\n", 0) == 0);
  CHECK(csv.relationships.rfind(std::string(kNeo4jRelationshipsHeader) + "\n", 0) == 0);

  const std::vector<std::string>& first = nodes[1];
  REQUIRE(first.size() == 7);
  CHECK(first[0] == "0");
  CHECK(first[1] == "Entity\x1fPerson");
  CHECK(first[2] == g.entity(0).name);  // quotes, backslash, line break survive
  CHECK(first[3] == "Person");
  CHECK(first[4] == "Alias|one\x1ftab\there");
  CHECK(first[6] == "3");

  const std::vector<std::string>& met = relationships[1];
  REQUIRE(met.size() == 10);
  CHECK(met[0] == "0");
  CHECK(met[1] == "1");
  CHECK(met[2] == "MET_WITH_FRIENDS_CO");
  CHECK(met[3] == "met with \"friends\"/co");
  CHECK(met[4] == "met <with>");
  CHECK(met[5] == "note=a \"b\"\r\nc\x01\x1fyear=2024");
  CHECK(met[6] == "true");
  CHECK(met[7] == "0.9");
  CHECK(met[8] == "doc \"1\".txt");
  CHECK(met[9] == "He said \"hi\" \\ <b>bold</b>\x7f\x02");
}

TEST_CASE("Neo4j CSV of an empty graph is the two headers") {
  const Neo4jCsv csv = to_neo4j_csv(KnowledgeGraph{});
  CHECK(csv.nodes == std::string(kNeo4jNodesHeader) + "\n");
  CHECK(csv.relationships == std::string(kNeo4jRelationshipsHeader) + "\n");
}

}  // namespace kg
