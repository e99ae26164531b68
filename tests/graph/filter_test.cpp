#include "kg/filter.h"

#include <doctest/doctest.h>

#include <string>

using namespace kg;

namespace {

// Lam (Person, a.txt) -visited 0.9 (a.txt, b.txt)-> Malaysia (Country, a.txt b.txt)
// Anwar (Person, b.txt) -met 0.4 (b.txt)-> Lam
KnowledgeGraph sample() {
  KnowledgeGraph g;
  g.add_document_info({"a.txt", "A", 3, 0, 0});
  g.add_document_info({"b.txt", "B", 4, 0, 0});
  const Vertex lam = g.append_entity({"Lam", EntityType::kPerson, {}, {"a.txt", "b.txt"}, 2});
  const Vertex malaysia =
      g.append_entity({"Malaysia", EntityType::kCountry, {}, {"a.txt", "b.txt"}, 2});
  const Vertex anwar = g.append_entity({"Anwar", EntityType::kPerson, {}, {"b.txt"}, 1});
  RelationEdge visited;
  visited.predicate = visited.label = "visited";
  visited.confidence = 0.9;
  visited.evidence = {{"a.txt", 0, 0, 10, "Lam visited Malaysia."},
                      {"b.txt", 1, 0, 10, "Lam was in Malaysia."}};
  g.append_relation(lam, malaysia, visited);
  RelationEdge met;
  met.predicate = met.label = "met";
  met.confidence = 0.4;
  met.evidence = {{"b.txt", 2, 0, 10, "Anwar met Lam."}};
  g.append_relation(anwar, lam, met);
  return g;
}

}  // namespace

TEST_CASE("no filter keeps the graph") {
  const KnowledgeGraph g = sample();
  auto kept = filter_graph(g, {});
  REQUIRE(kept.ok());
  CHECK(kept->entity_count() == 3);
  CHECK(kept->relation_count() == 2);
  CHECK(kept->documents() == g.documents());
}

TEST_CASE("types keep entities of those types and the relations between them") {
  GraphFilter filter;
  filter.types = {EntityType::kPerson};
  auto kept = filter_graph(sample(), filter);
  REQUIRE(kept.ok());
  CHECK(kept->entity_count() == 2);
  CHECK(kept->entity(0).name == "Lam");
  CHECK(kept->entity(1).name == "Anwar");
  REQUIRE(kept->relation_count() == 1);
  CHECK(kept->find("Anwar") == Vertex{1});
}

TEST_CASE("min_confidence leaves weaker relations out, entities stay") {
  GraphFilter filter;
  filter.min_confidence = 0.5;
  auto kept = filter_graph(sample(), filter);
  REQUIRE(kept.ok());
  CHECK(kept->entity_count() == 3);
  REQUIRE(kept->relation_count() == 1);
  const Edge e = *boost::edges(kept->graph()).first;
  CHECK(kept->relation(e).predicate == "visited");
}

TEST_CASE("a document keeps what it mentions and states, with its evidence only") {
  GraphFilter filter;
  filter.document = "a.txt";
  auto kept = filter_graph(sample(), filter);
  REQUIRE(kept.ok());
  CHECK(kept->entity_count() == 2);  // Anwar is only in b.txt
  REQUIRE(kept->relation_count() == 1);
  const Edge e = *boost::edges(kept->graph()).first;
  REQUIRE(kept->relation(e).evidence.size() == 1);
  CHECK(kept->relation(e).evidence[0].document == "a.txt");
  REQUIRE(kept->documents().size() == 1);
  CHECK(kept->documents()[0].name == "a.txt");
}

TEST_CASE("an unknown document is an error naming the documents") {
  GraphFilter filter;
  filter.document = "c.txt";
  auto kept = filter_graph(sample(), filter);
  REQUIRE_FALSE(kept.ok());
  CHECK(kept.status().message().find("c.txt") != std::string::npos);
  CHECK(kept.status().message().find("a.txt, b.txt") != std::string::npos);
}
