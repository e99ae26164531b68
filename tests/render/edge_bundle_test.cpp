#include "render/edge_bundle.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "kg/render.h"
#include "render/label_escape.h"
#include "sample_graph.h"

namespace kg::render {
namespace {

std::vector<Edge> all_edges(const KnowledgeGraph& g) {
  std::vector<Edge> edges;
  for (auto [it, end] = boost::edges(g.graph()); it != end; ++it) edges.push_back(*it);
  return edges;
}

Edge add_scored(KnowledgeGraph& g, Vertex a, Vertex b, const std::string& label, double confidence,
                std::size_t evidence, bool symmetric = false) {
  RelationEdge relation;
  relation.predicate = label;
  relation.label = label;
  relation.symmetric = symmetric;
  relation.confidence = confidence;
  for (std::size_t i = 0; i < evidence; ++i) {
    relation.evidence.push_back(
        Evidence{"a.txt", static_cast<int>(i), 0, 5, label + " " + std::to_string(i)});
  }
  return g.add_relation(a, b, relation);
}

// Vietnam and Malaysia joined by four relations, both ways; ASEAN by one.
struct PairGraph {
  KnowledgeGraph g;
  Vertex vietnam = 0;
  Vertex malaysia = 0;
  Vertex asean = 0;
};

PairGraph pair_graph() {
  PairGraph p;
  p.vietnam = test::add_entity(p.g, "Vietnam", EntityType::kCountry);
  p.malaysia = test::add_entity(p.g, "Malaysia", EntityType::kCountry);
  p.asean = test::add_entity(p.g, "ASEAN", EntityType::kOrganization);
  add_scored(p.g, p.vietnam, p.malaysia, "signed", 0.8, 1);
  add_scored(p.g, p.malaysia, p.vietnam, "visited", 0.9, 2);
  add_scored(p.g, p.vietnam, p.malaysia, "praised", 0.9, 1);
  add_scored(p.g, p.vietnam, p.asean, "member of", 0.7, 1);
  add_scored(p.g, p.malaysia, p.vietnam, "partner of", 0.5, 1, true);
  return p;
}

TEST_CASE("relations between the same two entities make one bundle, strongest first") {
  const PairGraph p = pair_graph();
  const std::vector<EdgeBundle> bundles = bundle_edges(p.g, all_edges(p.g));
  REQUIRE(bundles.size() == 2);
  const EdgeBundle& pair = bundles[0];
  REQUIRE(pair.edges.size() == 4);
  // 0.9 with two sentences beats 0.9 with one; then 0.8, then 0.5.
  std::vector<std::string> order;
  for (const Edge e : pair.edges) order.push_back(p.g.relation(e).label);
  CHECK(order == std::vector<std::string>{"visited", "praised", "signed", "partner of"});
  CHECK(p.g.source(pair.strongest()) == p.malaysia);
  CHECK(pair.forward);   // Malaysia visited Vietnam
  CHECK(pair.backward);  // Vietnam signed, praised
  CHECK(bundle_direction(pair) == "both");
  CHECK(bundle_label(p.g, pair) == "visited +3");
  CHECK(bundles[1].edges.size() == 1);
  CHECK(bundle_label(p.g, bundles[1]) == "member of");
  CHECK(bundle_direction(bundles[1]) == "forward");
}

TEST_CASE("one_per_relation keeps every relation apart") {
  const PairGraph p = pair_graph();
  const std::vector<EdgeBundle> bundles = bundle_edges(p.g, all_edges(p.g), true);
  REQUIRE(bundles.size() == 5);
  for (const EdgeBundle& bundle : bundles) CHECK(bundle.edges.size() == 1);
  CHECK(bundle_direction(bundles[4]) == "none");  // the symmetric one
  CHECK(bundle_label(p.g, bundles[1]) == "visited");
}

TEST_CASE("arrowheads follow the directed relations only") {
  KnowledgeGraph g;
  const Vertex a = test::add_entity(g, "A", EntityType::kPerson);
  const Vertex b = test::add_entity(g, "B", EntityType::kPerson);
  add_scored(g, a, b, "met", 0.9, 1, true);
  add_scored(g, b, a, "called", 0.5, 1);
  const std::vector<EdgeBundle> bundles = bundle_edges(g, all_edges(g));
  REQUIRE(bundles.size() == 1);
  CHECK(g.source(bundles[0].strongest()) == a);
  CHECK(bundle_direction(bundles[0]) == "back");  // only B called A
  KnowledgeGraph symmetric;
  add_scored(symmetric, test::add_entity(symmetric, "C", EntityType::kPerson),
             test::add_entity(symmetric, "D", EntityType::kPerson), "met", 0.9, 1, true);
  CHECK(bundle_direction(bundle_edges(symmetric, all_edges(symmetric))[0]) == "none");
}

TEST_CASE("the tooltip lists every relation, one per line") {
  const PairGraph p = pair_graph();
  const std::vector<EdgeBundle> bundles = bundle_edges(p.g, all_edges(p.g));
  const std::vector<std::string> lines = bundle_tooltip_lines(p.g, bundles[0]);
  CHECK(lines == std::vector<std::string>{"Malaysia visited Vietnam (confidence 0.90)",
                                          "Vietnam praised Malaysia (confidence 0.90)",
                                          "Vietnam signed Malaysia (confidence 0.80)",
                                          "Malaysia partner of Vietnam (confidence 0.50)"});
  // A single relation quotes its first evidence sentence.
  CHECK(bundle_tooltip_lines(p.g, bundles[1]) ==
        std::vector<std::string>{"Vietnam member of ASEAN (confidence 0.70) \u2014 member of 0"});
  const KnowledgeGraph five = test::five_node_graph();
  const std::vector<EdgeBundle> single = bundle_edges(five, all_edges(five));
  CHECK(bundle_tooltip_lines(five, single[0]) ==
        std::vector<std::string>{"To Lam visited Malaysia {year=2024} (confidence 0.90) \u2014 "
                                 "To Lam paid an official visit to Malaysia in November."});
}

TEST_CASE("a long bundle's tooltip ends with the count of the rest") {
  KnowledgeGraph g;
  const Vertex a = test::add_entity(g, "A", EntityType::kPerson);
  const Vertex b = test::add_entity(g, "B", EntityType::kPerson);
  for (std::size_t i = 0; i < kBundleTooltipLines + 5; ++i) {
    add_scored(g, a, b, "r" + std::to_string(i), 0.5, 1);
  }
  const std::vector<EdgeBundle> bundles = bundle_edges(g, all_edges(g));
  REQUIRE(bundles.size() == 1);
  const std::vector<std::string> lines = bundle_tooltip_lines(g, bundles[0]);
  REQUIRE(lines.size() == kBundleTooltipLines + 1);
  CHECK(lines.back() == "... and 5 more");
  CHECK(bundle_label(g, bundles[0]) == "r0 +" + std::to_string(kBundleTooltipLines + 4));
}

TEST_CASE("the rendered bundle carries the label and every relation in its tooltip") {
  const PairGraph p = pair_graph();
  RenderOptions options;
  options.format = RenderFormat::kDot;
  const Result<std::string> dot = render_graph(p.g, options);
  REQUIRE(dot.ok());
  CHECK(dot->find("\"visited +3\"") != std::string::npos);
  CHECK(dot->find("dir=both") != std::string::npos);
  CHECK(dot->find("Malaysia visited Vietnam (confidence 0.90)\\n"
                  "Vietnam praised Malaysia") != std::string::npos);
  options.all_edges = true;
  const Result<std::string> every = render_graph(p.g, options);
  REQUIRE(every.ok());
  CHECK(every->find("+3") == std::string::npos);
  CHECK(every->find("label=praised") != std::string::npos);
}

}  // namespace
}  // namespace kg::render
