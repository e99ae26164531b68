#include <doctest/doctest.h>

#include <cstdint>
#include <utility>
#include <vector>

#include "kg/analytics.h"
#include "test_graphs.h"

namespace kg {
namespace {

using testing::make_graph;
using Edges = std::vector<std::pair<std::size_t, std::size_t>>;

// Modularity straight from its definition on a dense matrix: A_ij adds 1 per
// relation between i != j in either direction, A_ii adds 2 per self loop.
double reference_modularity(std::size_t n, const Edges& edges, const std::vector<int>& membership,
                            double resolution = 1.0) {
  std::vector<std::vector<double>> a(n, std::vector<double>(n, 0.0));
  for (const auto& [s, t] : edges) {
    if (s == t) {
      a[s][s] += 2.0;
    } else {
      a[s][t] += 1.0;
      a[t][s] += 1.0;
    }
  }
  std::vector<double> k(n, 0.0);
  double two_m = 0.0;
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t j = 0; j < n; ++j) k[i] += a[i][j];
    two_m += k[i];
  }
  double q = 0.0;
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t j = 0; j < n; ++j) {
      if (membership[i] == membership[j]) q += a[i][j] - resolution * k[i] * k[j] / two_m;
    }
  }
  return q / two_m;
}

// Every vertex numbered in 0..count-1, sizes not increasing with the number.
void check_numbering(const Communities& c, std::size_t n) {
  REQUIRE(c.membership.size() == n);
  std::vector<std::size_t> size(static_cast<std::size_t>(c.count), 0);
  for (const int id : c.membership) {
    REQUIRE(id >= 0);
    REQUIRE(id < c.count);
    ++size[static_cast<std::size_t>(id)];
  }
  for (std::size_t i = 1; i < size.size(); ++i) CHECK(size[i - 1] >= size[i]);
  for (const std::size_t s : size) CHECK(s > 0);
}

Edges clique(std::size_t first, std::size_t size) {
  Edges edges;
  for (std::size_t i = first; i < first + size; ++i) {
    for (std::size_t j = i + 1; j < first + size; ++j) edges.emplace_back(i, j);
  }
  return edges;
}

Edges join(Edges a, const Edges& b) {
  a.insert(a.end(), b.begin(), b.end());
  return a;
}

}  // namespace

TEST_CASE("communities: two cliques joined by one relation") {
  const Edges edges = join(join(clique(0, 5), clique(5, 5)), {{4, 5}});
  const Communities c = detect_communities(make_graph(10, edges));
  check_numbering(c, 10);
  CHECK(c.count == 2);
  CHECK(c.membership == std::vector<int>{0, 0, 0, 0, 0, 1, 1, 1, 1, 1});
  // 2 * (20/42 - (21/42)^2)
  CHECK(c.modularity == doctest::Approx(19.0 / 42.0).epsilon(1e-12));
  CHECK(c.modularity == doctest::Approx(reference_modularity(10, edges, c.membership)));
}

TEST_CASE("communities: a ring of cliques splits into the cliques") {
  Edges edges;
  const std::size_t cliques = 6;
  for (std::size_t i = 0; i < cliques; ++i) {
    edges = join(edges, clique(4 * i, 4));
    edges.emplace_back(4 * i + 3, (4 * i + 4) % (4 * cliques));
  }
  const Communities c = detect_communities(make_graph(4 * cliques, edges));
  check_numbering(c, 4 * cliques);
  CHECK(c.count == 6);
  for (std::size_t v = 0; v < 4 * cliques; ++v) {
    CAPTURE(v);
    CHECK(c.membership[v] == static_cast<int>(v / 4));  // equal sizes: by lowest vertex
  }
  // 6 * (12/84 - (14/84)^2)
  CHECK(c.modularity == doctest::Approx(6.0 * (12.0 / 84.0 - 196.0 / 7056.0)).epsilon(1e-12));
  CHECK(c.modularity == doctest::Approx(reference_modularity(4 * cliques, edges, c.membership)));
}

TEST_CASE("communities: empty graph and graphs without relations") {
  const Communities empty = detect_communities(KnowledgeGraph{});
  CHECK(empty.count == 0);
  CHECK(empty.membership.empty());
  CHECK(empty.modularity == 0.0);

  const Communities isolated = detect_communities(make_graph(3, {}));
  CHECK(isolated.count == 3);
  CHECK(isolated.membership == std::vector<int>{0, 1, 2});
  CHECK(isolated.modularity == 0.0);
}

TEST_CASE("communities: isolated entities are communities of their own") {
  // v0 and v4 alone; a triangle 1-2-3; a pair 5-6.
  const Edges edges = {{1, 2}, {2, 3}, {3, 1}, {5, 6}};
  const Communities c = detect_communities(make_graph(7, edges));
  check_numbering(c, 7);
  CHECK(c.count == 4);
  CHECK(c.membership == std::vector<int>{2, 0, 0, 0, 3, 1, 1});
  CHECK(c.modularity == doctest::Approx(reference_modularity(7, edges, c.membership)));
  // 6/8 - (6/8)^2 + 2/8 - (2/8)^2
  CHECK(c.modularity == doctest::Approx(0.375));
}

TEST_CASE("communities: self loops count twice in the strength, as in igraph") {
  // Two entities each with a loop: 2 * (2/4 - (2/4)^2).
  const Communities two = detect_communities(make_graph(2, {{0, 0}, {1, 1}}));
  CHECK(two.count == 2);
  CHECK(two.modularity == doctest::Approx(0.5));

  // Two triangles joined by a relation, loops on both sides.
  const Edges edges = {{0, 1}, {1, 2}, {2, 0}, {3, 4}, {4, 5},
                       {5, 3}, {2, 3}, {0, 0}, {0, 0}, {4, 4}};
  const Communities c = detect_communities(make_graph(6, edges));
  check_numbering(c, 6);
  CHECK(c.membership == std::vector<int>{0, 0, 0, 1, 1, 1});
  CHECK(c.modularity == doctest::Approx(reference_modularity(6, edges, c.membership)));
}

TEST_CASE("communities: parallel relations add weight, direction is ignored") {
  // a-b three times (one reversed), c-d three times, b-c once.
  const Edges edges = {{0, 1}, {1, 0}, {0, 1}, {2, 3}, {3, 2}, {2, 3}, {1, 2}};
  const Communities c = detect_communities(make_graph(4, edges));
  CHECK(c.membership == std::vector<int>{0, 0, 1, 1});
  // 2 * (6/14 - (7/14)^2); the simple projection would give 1/6.
  CHECK(c.modularity == doctest::Approx(2.0 * (6.0 / 14.0 - 0.25)));
  CHECK(c.modularity == doctest::Approx(reference_modularity(4, edges, c.membership)));
}

TEST_CASE("communities: the resolution trades community size for count") {
  const Edges edges = join(join(clique(0, 5), clique(5, 5)), {{4, 5}});
  CommunityOptions coarse;
  coarse.resolution = 0.01;
  const Communities one = detect_communities(make_graph(10, edges), coarse);
  CHECK(one.count == 1);
  CHECK(one.modularity == doctest::Approx(0.99));
  CHECK(one.modularity == doctest::Approx(reference_modularity(10, edges, one.membership, 0.01)));

  CommunityOptions fine;
  fine.resolution = 2.0;
  const Communities more = detect_communities(make_graph(10, edges), fine);
  CHECK(more.modularity == doctest::Approx(reference_modularity(10, edges, more.membership, 2.0)));
}

TEST_CASE("communities: seeded and deterministic on a planted partition") {
  // 8 groups of 25; dense inside, sparse between, from a fixed LCG.
  const std::size_t n = 200;
  Edges edges;
  std::uint64_t state = 12345;
  const auto next = [&state] {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return state >> 33;
  };
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t j = i + 1; j < n; ++j) {
      const bool same = i / 25 == j / 25;
      if (next() % 1000 < (same ? 300U : 5U)) edges.emplace_back(i, j);
    }
  }
  const KnowledgeGraph g = make_graph(n, edges);
  const Communities a = detect_communities(g);
  const Communities b = detect_communities(g);
  CHECK(a.membership == b.membership);
  CHECK(a.modularity == b.modularity);
  check_numbering(a, n);
  CHECK(a.count == 8);
  CHECK(a.modularity == doctest::Approx(reference_modularity(n, edges, a.membership)));
  for (std::size_t v = 0; v < n; ++v) {
    CHECK(a.membership[v] == a.membership[(v / 25) * 25]);  // the planted groups
  }
  for (const std::uint64_t seed : {1U, 7U, 99U}) {
    CommunityOptions options;
    options.seed = seed;
    const Communities c = detect_communities(g, options);
    check_numbering(c, n);
    CHECK(c.modularity == doctest::Approx(reference_modularity(n, edges, c.membership)));
    CHECK(c.modularity == doctest::Approx(a.modularity).epsilon(0.02));
  }
}

}  // namespace kg
