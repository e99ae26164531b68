#include "graph/pagerank.h"

#include <doctest/doctest.h>

#include <cmath>
#include <cstdint>
#include <utility>
#include <vector>

#include "test_graphs.h"

namespace kg {
namespace {

using Edges = std::vector<std::pair<std::size_t, std::size_t>>;

// PageRank straight from its definition, by Gaussian elimination:
//   x_v = (1 - d) / n + d * sum_{u -> v} x_u / outdeg(u) + d * sum_{dangling u} x_u / n,
// n equations whose solution sums to 1 (the rows are independent for d < 1).
std::vector<double> dense_pagerank(const Adjacency& in, const Adjacency& out, double d) {
  const std::size_t n = in.size();
  std::vector<std::vector<double>> a(n, std::vector<double>(n + 1, 0.0));
  for (std::size_t v = 0; v < n; ++v) {
    a[v][v] += 1.0;
    a[v][n] = (1.0 - d) / static_cast<double>(n);
    for (const std::uint32_t u : in.neighbors(v)) {
      a[v][u] -= d / static_cast<double>(out.degree(u));
    }
    for (std::size_t u = 0; u < n; ++u) {
      if (out.degree(u) == 0) a[v][u] -= d / static_cast<double>(n);
    }
  }
  for (std::size_t col = 0; col < n; ++col) {
    std::size_t pivot = col;
    for (std::size_t row = col + 1; row < n; ++row) {
      if (std::abs(a[row][col]) > std::abs(a[pivot][col])) pivot = row;
    }
    std::swap(a[col], a[pivot]);
    for (std::size_t row = 0; row < n; ++row) {
      if (row == col) continue;
      const double factor = a[row][col] / a[col][col];
      for (std::size_t k = col; k <= n; ++k) a[row][k] -= factor * a[col][k];
    }
  }
  std::vector<double> x(n);
  for (std::size_t v = 0; v < n; ++v) x[v] = a[v][n] / a[v][v];
  return x;
}

// A fixed pseudo-random graph with loops and a parallel relation: each vertex
// from 5 on links to an earlier one, and a third of them are also linked from
// a random vertex; vertices 0..4 link nowhere unless drawn as such a source.
Edges scattered_edges(std::size_t n) {
  Edges edges;
  std::uint64_t state = 12345;
  auto next = [&state](std::size_t bound) {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<std::size_t>((state >> 33) % bound);
  };
  for (std::size_t v = 5; v < n; ++v) {
    edges.emplace_back(v, next(v));
    if (next(3) == 0) edges.emplace_back(next(n), v);
    if (next(10) == 0) edges.emplace_back(v, v);
  }
  edges.push_back(edges.front());  // a parallel relation
  return edges;
}

// What the tree elimination must get right: a cycle 0..9 with a chain of six
// hanging off 3 (10..15) and a binary tree of 15 hanging off 7 (16..30), a
// tree that is a component of its own (31..41), a pair (42, 43) and an
// isolated vertex (44).
Edges trees_and_cycles() {
  Edges edges;
  for (std::size_t v = 0; v < 10; ++v) edges.emplace_back(v, (v + 1) % 10);
  edges.emplace_back(3, 10);
  for (std::size_t v = 11; v < 16; ++v) edges.emplace_back(v - 1, v);
  edges.emplace_back(7, 16);
  for (std::size_t v = 17; v < 31; ++v) edges.emplace_back(16 + (v - 17) / 2, v);
  for (std::size_t v = 32; v < 42; ++v) edges.emplace_back(31 + (v * 7) % (v - 31), v);
  edges.emplace_back(42, 43);
  return edges;
}

double max_relative_error(const std::vector<double>& actual, const std::vector<double>& expected) {
  REQUIRE(actual.size() == expected.size());
  double worst = 0.0;
  for (std::size_t v = 0; v < expected.size(); ++v) {
    worst = std::max(worst, std::abs(actual[v] - expected[v]) / expected[v]);
  }
  return worst;
}

}  // namespace

// Triangle a b c with a pendant d on c, undirected (degrees 2, 2, 3, 1).
// With x = a = b by symmetry, y = c, w = d and t = 0.15 / 4:
//   x = t + 0.85 (x / 2 + y / 3),  y = t + 0.85 (x / 2 + x / 2 + w),  w = t + 0.85 y / 3,
// whose solution is x = 770/3131, y = 4593/12524, w = 1771/12524 (sum 1).
TEST_CASE("pagerank of a triangle with a pendant, by hand") {
  const KnowledgeGraph g = testing::make_graph(4, {{0, 1}, {1, 2}, {2, 0}, {2, 3}});
  const Adjacency both = build_adjacency(g, EdgeDirection::kBoth);
  const std::vector<double> expected = {770.0 / 3131, 770.0 / 3131, 4593.0 / 12524, 1771.0 / 12524};
  CHECK(max_relative_error(pagerank_undirected(both), expected) < 1e-10);
}

// Shapes that stress the over-relaxation: bipartite (star, long path), dense
// (complete), irregular (scattered, with an isolated vertex or two); and the
// elimination of trees (trees_and_cycles; the star and the path are trees).
TEST_CASE("undirected pagerank is within the tolerance of the exact solution") {
  Edges star, path, complete;
  for (std::size_t v = 1; v < 20; ++v) star.emplace_back(0, v);
  for (std::size_t v = 1; v < 40; ++v) path.emplace_back(v - 1, v);
  for (std::size_t u = 0; u < 8; ++u) {
    for (std::size_t v = u + 1; v < 8; ++v) complete.emplace_back(u, v);
  }
  const std::vector<std::pair<std::size_t, Edges>> shapes = {
      {20, star}, {40, path}, {8, complete}, {60, scattered_edges(60)}, {45, trees_and_cycles()}};
  for (const auto& shape : shapes) {
    // Not a structured binding: clang 14 cannot capture one in CAPTURE's lambda.
    const std::size_t n = shape.first;
    const KnowledgeGraph g = testing::make_graph(n, shape.second);
    const Adjacency both = build_adjacency(g, EdgeDirection::kBoth);
    const std::vector<double> exact = dense_pagerank(both, both, 0.85);
    for (const double tolerance : {1e-4, 1e-6, 1e-9, 1e-12}) {
      CAPTURE(n);
      CAPTURE(tolerance);
      PageRankOptions options;
      options.tolerance = tolerance;
      CHECK(max_relative_error(pagerank_undirected(both, options), exact) <= tolerance);
    }
  }
}

TEST_CASE("directed pagerank spreads dangling rank uniformly") {
  const KnowledgeGraph g = testing::make_graph(60, scattered_edges(60));
  const Adjacency in = build_adjacency(g, EdgeDirection::kIn);
  const Adjacency out = build_adjacency(g, EdgeDirection::kOut);
  std::size_t dangling = 0;
  for (std::size_t v = 0; v < out.size(); ++v) dangling += out.degree(v) == 0 ? 1 : 0;
  REQUIRE(dangling > 0);
  PageRankOptions options;
  options.damping = 0.7;
  CHECK(max_relative_error(pagerank_directed(in, out, options), dense_pagerank(in, out, 0.7)) <
        1e-9);
}

TEST_CASE("pagerank without relations, and of no vertices") {
  const KnowledgeGraph g = testing::make_graph(4, {{1, 1}});
  const Adjacency both = build_adjacency(g, EdgeDirection::kBoth);
  CHECK(max_relative_error(pagerank_undirected(both), {0.25, 0.25, 0.25, 0.25}) == 0.0);
  const Adjacency none = build_adjacency(KnowledgeGraph{}, EdgeDirection::kBoth);
  CHECK(pagerank_undirected(none).empty());
}

TEST_CASE("pagerank stops after max_iterations and still sums to 1") {
  const KnowledgeGraph g = testing::make_graph(60, scattered_edges(60));
  const Adjacency both = build_adjacency(g, EdgeDirection::kBoth);
  PageRankOptions options;
  options.max_iterations = 1;
  double total = 0.0;
  for (const double rank : pagerank_undirected(both, options)) total += rank;
  CHECK(total == doctest::Approx(1.0).epsilon(1e-12));
}

}  // namespace kg
