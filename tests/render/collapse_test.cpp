#include "render/collapse.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "render/dot_builder.h"
#include "sample_graph.h"

namespace kg::render {
namespace {

// Hub "H" with `leaves` people joined only to it, plus a chain H - A - B and
// an isolated pair P - Q.
KnowledgeGraph hub_graph(int leaves) {
  KnowledgeGraph g;
  const Vertex hub = test::add_entity(g, "H", EntityType::kCountry);
  for (int i = 0; i < leaves; ++i) {
    const Vertex leaf = test::add_entity(g, "L" + std::to_string(i), EntityType::kPerson);
    test::add_relation(g, leaf, hub, "visited");
    if (i == 0) test::add_relation(g, leaf, hub, "met");  // parallel relation: still a leaf
  }
  const Vertex a = test::add_entity(g, "A", EntityType::kPerson);
  const Vertex b = test::add_entity(g, "B", EntityType::kPerson);
  test::add_relation(g, hub, a, "hosted");
  test::add_relation(g, a, b, "met");
  const Vertex p = test::add_entity(g, "P", EntityType::kPerson);
  const Vertex q = test::add_entity(g, "Q", EntityType::kPerson);
  test::add_relation(g, p, q, "met");
  return g;
}

DrawSelection select(const KnowledgeGraph& g, std::size_t collapse) {
  RenderOptions options;
  options.collapse_leaves = collapse;
  Result<DrawSelection> selection = select_subgraph(g, options);
  REQUIRE(selection.ok());
  return *selection;
}

TEST_CASE("a hub's leaves collapse into one group") {
  const KnowledgeGraph g = hub_graph(5);
  const DrawSelection selection = select(g, 3);
  REQUIRE(selection.collapsed.size() == 1);
  CHECK(selection.collapsed[0].hub == *g.find("H"));
  CHECK(selection.collapsed[0].leaves.size() == 5);
  // H, A, B, P, Q stay; B is A's only leaf (fewer than 3), P and Q are a pair.
  CHECK(selection.vertices.size() == 5);
  CHECK(selection.edges.size() == 3);
  for (const Vertex leaf : selection.collapsed[0].leaves) {
    CHECK(g.entity(leaf).name.starts_with("L"));
  }
}

TEST_CASE("collapsing needs at least min_leaves leaves and min_leaves >= 2") {
  const KnowledgeGraph g = hub_graph(5);
  CHECK(select(g, 6).collapsed.empty());
  CHECK(select(g, 0).collapsed.empty());
  CHECK(select(g, 1).collapsed.empty());
  CHECK(select(g, 0).vertices.size() == g.entity_count());
  // B is a leaf of A and Q/P of each other, but only H has 2 or more.
  CHECK(select(g, 2).collapsed.size() == 1);
}

TEST_CASE("collapsed groups become one '+N more' node in the DOT") {
  const KnowledgeGraph g = hub_graph(4);
  RenderOptions options;
  options.format = RenderFormat::kDot;
  options.collapse_leaves = 3;
  const Result<std::string> dot = render_graph(g, options);
  REQUIRE(dot.ok());
  CHECK(dot->find("+4 more") != std::string::npos);
  CHECK(dot->find("L0, L1, L2, L3") != std::string::npos);
  CHECK(dot->find("\"L0\"") == std::string::npos);
}

}  // namespace
}  // namespace kg::render
