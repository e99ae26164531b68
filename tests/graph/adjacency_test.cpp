#include "graph/adjacency.h"

#include <doctest/doctest.h>

#include "test_graphs.h"

namespace kg {

namespace {
std::vector<std::uint32_t> row(const Adjacency& adj, std::size_t v) {
  auto span = adj.neighbors(v);
  return {span.begin(), span.end()};
}
}  // namespace

TEST_CASE("adjacency drops loops and parallel edges and sorts rows") {
  // 0 -> 2, 0 -> 1, 0 -> 2 again, 1 -> 1 loop, 2 -> 0.
  const KnowledgeGraph g = testing::make_graph(3, {{0, 2}, {0, 1}, {0, 2}, {1, 1}, {2, 0}});
  const Adjacency out = build_adjacency(g, EdgeDirection::kOut);
  CHECK(out.size() == 3);
  CHECK(row(out, 0) == std::vector<std::uint32_t>{1, 2});
  CHECK(row(out, 1).empty());
  CHECK(row(out, 2) == std::vector<std::uint32_t>{0});
  const Adjacency in = build_adjacency(g, EdgeDirection::kIn);
  CHECK(row(in, 0) == std::vector<std::uint32_t>{2});
  CHECK(row(in, 1) == std::vector<std::uint32_t>{0});
  CHECK(row(in, 2) == std::vector<std::uint32_t>{0});
  const Adjacency both = build_adjacency(g, EdgeDirection::kBoth);
  CHECK(row(both, 0) == std::vector<std::uint32_t>{1, 2});
  CHECK(row(both, 1) == std::vector<std::uint32_t>{0});
  CHECK(row(both, 2) == std::vector<std::uint32_t>{0});
  CHECK(both.targets.size() == 4);
  CHECK(build_adjacency(KnowledgeGraph{}, EdgeDirection::kBoth).size() == 0);
}

}  // namespace kg
