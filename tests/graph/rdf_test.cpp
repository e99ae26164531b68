#include "graph/rdf.h"

#include <doctest/doctest.h>

#include <algorithm>

#include "test_graphs.h"

namespace kg {

TEST_CASE("entity and predicate IRIs are percent-encoded") {
  CHECK(rdf::entity_iri("To Lam") == "urn:kg:entity:To%20Lam");
  CHECK(rdf::entity_iri("Vi\xe1\xbb\x87t Nam") == "urn:kg:entity:Vi%E1%BB%87t%20Nam");
  CHECK(rdf::predicate_iri("prime minister of") == "urn:kg:vocab:prime_minister_of");
  CHECK(rdf::predicate_iri("CSP(2024)") == "urn:kg:vocab:CSP%282024%29");
  CHECK(rdf::predicate_iri("") == "urn:kg:vocab:related_to");
  CHECK(rdf::type_iris(EntityType::kAgreement) ==
        std::vector<std::string>{"urn:kg:vocab:Agreement", "http://schema.org/CreativeWork"});
  CHECK(rdf::type_iris(EntityType::kOther) == std::vector<std::string>{"http://schema.org/Thing"});
}

TEST_CASE("describe lists entities, direct properties and statement nodes") {
  const KnowledgeGraph g = testing::adversarial_graph();
  const std::vector<rdf::Node> nodes = rdf::describe(g);
  // 3 entities; statement 0 with 2 qualifiers and 1 evidence; statement 1 with 1 evidence.
  REQUIRE(nodes.size() == 3 + 4 + 2);
  const rdf::Node& person = nodes[0];
  CHECK(person.types == std::vector<std::string>{"http://schema.org/Person"});
  const auto direct = std::count_if(
      person.properties.begin(), person.properties.end(),
      [](const rdf::Property& p) { return p.predicate.rfind("urn:kg:vocab:met_with", 0) == 0; });
  CHECK(direct == 1);
  const rdf::Node& statement = nodes[3];
  CHECK(statement.iri == "urn:kg:relation:0");
  CHECK(statement.types == std::vector<std::string>{std::string(rdf::kRdf) + "Statement"});
  CHECK(nodes[4].iri == "urn:kg:relation:0:qualifier:0");
  CHECK(nodes[6].iri == "urn:kg:relation:0:evidence:0");
}

TEST_CASE("vertices sharing a name get distinct IRIs") {
  KnowledgeGraph g;
  g.add_entity({"Georgia", EntityType::kCountry, {}, 1});
  g.add_entity({"Georgia", EntityType::kPerson, {}, 1});
  const std::vector<rdf::Node> nodes = rdf::describe(g);
  REQUIRE(nodes.size() == 2);
  CHECK(nodes[0].iri == "urn:kg:entity:Georgia");
  CHECK(nodes[1].iri == "urn:kg:entity:Georgia;v=1");
}

}  // namespace kg
