#include <doctest/doctest.h>

#include "kg/analytics.h"
#include "test_graphs.h"

namespace kg {

using testing::make_graph;

TEST_CASE("connected components are weak and numbered by lowest vertex") {
  // 0 -> 1, 2 <- 3, 4 alone, 5 -> 3.
  const KnowledgeGraph g = make_graph(6, {{0, 1}, {3, 2}, {5, 3}});
  int count = 0;
  CHECK(connected_components(g, &count) == std::vector<int>{0, 0, 1, 1, 2, 1});
  CHECK(count == 3);
  CHECK(connected_components(KnowledgeGraph{}, &count).empty());
  CHECK(count == 0);
}

TEST_CASE("shortest path follows direction only when asked") {
  // 0 -> 1 -> 2 -> 3 and a shortcut 3 -> 0.
  const KnowledgeGraph g = make_graph(5, {{0, 1}, {1, 2}, {2, 3}, {3, 0}});
  CHECK(shortest_path(g, 0, 3) == std::vector<Vertex>{0, 3});
  CHECK(shortest_path(g, 0, 3, true) == std::vector<Vertex>{0, 1, 2, 3});
  CHECK(shortest_path(g, 3, 1, true) == std::vector<Vertex>{3, 0, 1});
  CHECK(shortest_path(g, 2, 2) == std::vector<Vertex>{2});
  CHECK(shortest_path(g, 0, 4).empty());
  CHECK(shortest_path(g, 0, 99).empty());
}

TEST_CASE("neighbourhood lists vertices within depth with distances") {
  // Path 0 - 1 - 2 - 3 with 4 hanging off 1 (edge pointing into 1).
  const KnowledgeGraph g = make_graph(5, {{0, 1}, {1, 2}, {2, 3}, {4, 1}});
  const std::vector<Neighbor> near = neighborhood(g, 0, 2);
  REQUIRE(near.size() == 4);
  CHECK(near[0].vertex == 0);
  CHECK(near[0].distance == 0);
  CHECK(near[1].vertex == 1);
  CHECK(near[1].distance == 1);
  CHECK(near[2].vertex == 2);
  CHECK(near[2].distance == 2);
  CHECK(near[3].vertex == 4);
  CHECK(near[3].distance == 2);
  CHECK(neighborhood(g, 0, 0).size() == 1);
  CHECK(neighborhood(g, 3, 10).size() == 5);
  CHECK(neighborhood(g, 42, 1).empty());
}

}  // namespace kg
