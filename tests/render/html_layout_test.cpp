#include "render/html_layout.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>

#include "sample_graph.h"

namespace kg::render {
namespace {

TEST_CASE("graphviz_positions places every selected entity and only those") {
  const KnowledgeGraph g = test::five_node_graph();
  RenderOptions options;
  options.focus = "Malaysia";
  options.depth = 1;
  options.top = 3;
  const Result<DrawSelection> selection = select_subgraph(g, options);
  REQUIRE(selection.ok());
  const Result<Positions> positions = graphviz_positions(g, *selection, options);
  REQUIRE(positions.ok());
  CHECK(positions->engine == "dot");
  REQUIRE(positions->at.size() == g.entity_count());
  std::size_t placed = 0;
  for (Vertex v = 0; v < g.entity_count(); ++v) {
    const bool selected = std::find(selection->vertices.begin(), selection->vertices.end(), v) !=
                          selection->vertices.end();
    CHECK(positions->at[v].has_value() == selected);
    if (positions->at[v]) {
      ++placed;
      CHECK(std::isfinite(positions->at[v]->x));
      CHECK(std::isfinite(positions->at[v]->y));
    }
  }
  CHECK(placed == 3);
}

TEST_CASE("graphviz_positions uses the layout asked for and separates the nodes") {
  const KnowledgeGraph g = test::five_node_graph();
  RenderOptions options;
  options.layout = "sfdp";
  const Result<DrawSelection> selection = select_subgraph(g, options);
  REQUIRE(selection.ok());
  const Result<Positions> positions = graphviz_positions(g, *selection, options);
  REQUIRE(positions.ok());
  CHECK(positions->engine == "sfdp");
  for (Vertex a = 0; a < g.entity_count(); ++a) {
    for (Vertex b = a + 1; b < g.entity_count(); ++b) {
      const Point p = *positions->at[a];
      const Point q = *positions->at[b];
      CHECK(std::hypot(p.x - q.x, p.y - q.y) > 1.0);
    }
  }
}

TEST_CASE("graphviz_positions of an empty selection places nothing") {
  const KnowledgeGraph g;
  const Result<Positions> positions = graphviz_positions(g, DrawSelection{}, RenderOptions{});
  REQUIRE(positions.ok());
  CHECK(positions->at.empty());
}

}  // namespace
}  // namespace kg::render
