#include "graph/adjacency.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <random>
#include <set>

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

TEST_CASE("adjacency sorts long rows too") {
  // Vertex 0 links to 40 others in descending order, each twice, and to itself.
  std::vector<std::pair<std::size_t, std::size_t>> edges;
  for (std::size_t w = 40; w >= 1; --w) edges.insert(edges.end(), {{0, w}, {0, w}, {w, 0}});
  edges.push_back({0, 0});
  const KnowledgeGraph g = testing::make_graph(41, edges);
  std::vector<std::uint32_t> expected;
  for (std::uint32_t w = 1; w <= 40; ++w) expected.push_back(w);
  CHECK(row(build_adjacency(g, EdgeDirection::kOut), 0) == expected);
  CHECK(row(build_adjacency(g, EdgeDirection::kIn), 0) == expected);
  CHECK(row(build_adjacency(g, EdgeDirection::kBoth), 0) == expected);
  CHECK(row(build_adjacency(g, EdgeDirection::kBoth), 7) == std::vector<std::uint32_t>{0});
}

TEST_CASE("adjacency rows are the distinct neighbours of a random multigraph") {
  std::mt19937 random(7);
  const std::size_t n = 60;
  std::vector<std::pair<std::size_t, std::size_t>> edges;
  std::uniform_int_distribution<std::size_t> pick(0, n - 1);
  for (int i = 0; i < 600; ++i) {
    // A few hubs get long rows; loops and repeats happen.
    const std::size_t s = i % 5 == 0 ? 3 : pick(random);
    edges.push_back({s, pick(random)});
  }
  const KnowledgeGraph g = testing::make_graph(n, edges);
  for (EdgeDirection direction : {EdgeDirection::kOut, EdgeDirection::kIn, EdgeDirection::kBoth}) {
    std::vector<std::set<std::uint32_t>> expected(n);
    for (const auto& [s, t] : edges) {
      if (s == t) continue;
      if (direction != EdgeDirection::kIn) expected[s].insert(static_cast<std::uint32_t>(t));
      if (direction != EdgeDirection::kOut) expected[t].insert(static_cast<std::uint32_t>(s));
    }
    const Adjacency adj = build_adjacency(g, direction);
    REQUIRE(adj.size() == n);
    std::size_t total = 0;
    for (std::size_t v = 0; v < n; ++v) {
      CHECK(row(adj, v) == std::vector<std::uint32_t>(expected[v].begin(), expected[v].end()));
      total += expected[v].size();
    }
    CHECK(adj.targets.size() == total);

    // kAsAdded: the same neighbours, each where the first relation to it was added.
    std::vector<std::vector<std::uint32_t>> first_seen(n);
    auto add = [&first_seen](std::size_t row, std::size_t w) {
      auto& seen = first_seen[row];
      if (std::find(seen.begin(), seen.end(), w) == seen.end()) {
        seen.push_back(static_cast<std::uint32_t>(w));
      }
    };
    for (const auto& [s, t] : edges) {
      if (s == t) continue;
      if (direction != EdgeDirection::kIn) add(s, t);
      if (direction != EdgeDirection::kOut) add(t, s);
    }
    const Adjacency as_added = build_adjacency(g, direction, RowOrder::kAsAdded);
    REQUIRE(as_added.size() == n);
    for (std::size_t v = 0; v < n; ++v) CHECK(row(as_added, v) == first_seen[v]);
  }
}

}  // namespace kg
