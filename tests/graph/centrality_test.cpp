#include <doctest/doctest.h>

#include <cmath>
#include <cstdint>
#include <utility>

#include "kg/analytics.h"
#include "test_graphs.h"

namespace kg {
namespace {

using testing::make_graph;

void check(const std::vector<double>& actual, const std::vector<double>& expected) {
  REQUIRE(actual.size() == expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    CAPTURE(i);
    CHECK(actual[i] == doctest::Approx(expected[i]).epsilon(1e-6));
  }
}

CentralityOptions directed() {
  CentralityOptions options;
  options.directed = true;
  return options;
}

}  // namespace

TEST_CASE("centrality names parse and print") {
  CHECK(to_string(Centrality::kPageRank) == "pagerank");
  CHECK(parse_centrality("Betweenness") == Centrality::kBetweenness);
  CHECK(parse_centrality("eigenvector") == Centrality::kEigenvector);
  CHECK_FALSE(parse_centrality("katz").has_value());
}

// Path a - b - c.
//   degree: a, c have 1 of 2 possible neighbours -> 0.5; b -> 1.
//   betweenness: b is the only inner vertex of the one a..c path: 1 pair,
//     normalised by (n-1)(n-2)/2 = 1 -> 1.
//   closeness: a reaches b at 1, c at 2: (1 + 1/2) / 2 = 0.75; b: (1 + 1) / 2 = 1.
//   pagerank: by symmetry a = c = p, b = q; q = 0.05 + 0.85 (p + p),
//     p = 0.05 + 0.85 q / 2  ->  q = 0.135 / 0.2775 = 18/37, p = 9.5/37.
//   eigenvector: A x = sqrt(2) x for x = (1, sqrt(2), 1) -> (1/sqrt(2), 1, 1/sqrt(2)).
TEST_CASE("centrality on a path of three") {
  const KnowledgeGraph g = make_graph(3, {{0, 1}, {1, 2}});
  check(centrality(g, Centrality::kDegree), {0.5, 1.0, 0.5});
  check(centrality(g, Centrality::kBetweenness), {0.0, 1.0, 0.0});
  check(centrality(g, Centrality::kCloseness), {0.75, 1.0, 0.75});
  check(centrality(g, Centrality::kPageRank), {9.5 / 37, 18.0 / 37, 9.5 / 37});
  check(centrality(g, Centrality::kEigenvector), {1 / std::sqrt(2.0), 1.0, 1 / std::sqrt(2.0)});
}

// Path a - b - c - d.
//   betweenness: b on (a,c), (a,d); c on (b,d), (a,d): 2 each, / 3 -> 2/3; raw 2.
//   closeness: a: (1 + 1/2 + 1/3) / 3 = 11/18; b: (1 + 1 + 1/2) / 3 = 5/6.
//   eigenvector: the leading eigenvector of P4 is sin(k pi / 5), k = 1..4, so
//     the ends are sin(36 deg) / sin(72 deg) = 0.618034 of the middle.
TEST_CASE("centrality on a path of four") {
  const KnowledgeGraph g = make_graph(4, {{0, 1}, {1, 2}, {2, 3}});
  check(centrality(g, Centrality::kBetweenness), {0.0, 2.0 / 3, 2.0 / 3, 0.0});
  CentralityOptions raw;
  raw.normalized = false;
  check(centrality(g, Centrality::kBetweenness, raw), {0.0, 2.0, 2.0, 0.0});
  check(centrality(g, Centrality::kDegree, raw), {1.0, 2.0, 2.0, 1.0});
  check(centrality(g, Centrality::kCloseness), {11.0 / 18, 5.0 / 6, 5.0 / 6, 11.0 / 18});
  const double end = std::sin(M_PI / 5) / std::sin(2 * M_PI / 5);
  check(centrality(g, Centrality::kEigenvector), {end, 1.0, 1.0, end});
}

// Star: centre 0 with leaves 1, 2, 3; a duplicate relation and a self loop
// must not change anything.
//   degree: centre 3/3 = 1, leaves 1/3.
//   betweenness: the centre is inside all 3 leaf pairs: 3 / 3 = 1.
//   closeness: centre 3/3 = 1; leaf (1 + 1/2 + 1/2) / 3 = 2/3.
//   pagerank: centre q, leaves p: q = 0.0375 + 0.85 * 3p, p = 0.0375 + 0.85 q/3
//     -> q = 0.0375 * 3.55 / 0.2775 = 0.4797297, p = (1 - q) / 3 = 0.1734234.
//   eigenvector: K(1,3) has lambda = sqrt(3); leaves 1/sqrt(3) of the centre.
TEST_CASE("centrality on a star, parallel edges and loops ignored") {
  const KnowledgeGraph g = make_graph(4, {{0, 1}, {0, 2}, {3, 0}, {1, 0}, {2, 2}});
  check(centrality(g, Centrality::kDegree), {1.0, 1.0 / 3, 1.0 / 3, 1.0 / 3});
  check(centrality(g, Centrality::kBetweenness), {1.0, 0.0, 0.0, 0.0});
  check(centrality(g, Centrality::kCloseness), {1.0, 2.0 / 3, 2.0 / 3, 2.0 / 3});
  const double q = 0.0375 * 3.55 / 0.2775;
  const double p = (1 - q) / 3;
  check(centrality(g, Centrality::kPageRank), {q, p, p, p});
  const double leaf = 1 / std::sqrt(3.0);
  check(centrality(g, Centrality::kEigenvector), {1.0, leaf, leaf, leaf});
}

// Directed: a -> b -> c and d -> b; c is a sink (dangling).
//   out-degree: a 1/3, b 1/3, c 0, d 1/3.
//   betweenness: b is inside a->c and d->c: 2, / (n-1)(n-2) = 6 -> 1/3.
//   closeness (out-distances): a reaches b at 1, c at 2: 1.5 / 3 = 0.5; d too;
//     b reaches c: 1/3; c: 0.
//   pagerank: with B = rank of a = rank of d (no in-links), b = B + 0.85 (a + d)
//     = 2.7 B, c = B + 0.85 b = 3.295 B, sum 7.995 B = 1 -> B = 1 / 7.995.
TEST_CASE("directed centrality with a sink") {
  const KnowledgeGraph g = make_graph(4, {{0, 1}, {1, 2}, {3, 1}});
  check(centrality(g, Centrality::kDegree, directed()), {1.0 / 3, 1.0 / 3, 0.0, 1.0 / 3});
  check(centrality(g, Centrality::kBetweenness, directed()), {0.0, 1.0 / 3, 0.0, 0.0});
  check(centrality(g, Centrality::kCloseness, directed()), {0.5, 1.0 / 3, 0.0, 0.5});
  const double b = 1 / 7.995;
  check(centrality(g, Centrality::kPageRank, directed()), {b, 2.7 * b, 3.295 * b, b});
}

// Directed 3-cycle 0 -> 1 -> 2 -> 0 plus 3 -> 0: in-edge eigenvector centrality
// is uniform on the cycle (lambda = 1) and 0 for 3, which nothing points to.
TEST_CASE("directed eigenvector uses in-edges") {
  const KnowledgeGraph g = make_graph(4, {{0, 1}, {1, 2}, {2, 0}, {3, 0}});
  check(centrality(g, Centrality::kEigenvector, directed()), {1.0, 1.0, 1.0, 0.0});
}

// Two edges a-b, c-d and an isolated e.
//   degree 1/4 each except e: 0; betweenness all 0; closeness a: 1/4, e: 0.
//   pagerank: e only gets the teleport and its own dangling share:
//     r = 0.03 + 0.85 r / 5 -> r = 0.03 / 0.83; the others p with
//     p = 0.03 + 0.17 r + 0.85 p -> p = (0.03 + 0.17 r) / 0.15.
//   eigenvector: both edges equal -> 1; isolated -> 0.
TEST_CASE("centrality on a disconnected graph") {
  const KnowledgeGraph g = make_graph(5, {{0, 1}, {2, 3}});
  check(centrality(g, Centrality::kDegree), {0.25, 0.25, 0.25, 0.25, 0.0});
  check(centrality(g, Centrality::kBetweenness), {0.0, 0.0, 0.0, 0.0, 0.0});
  check(centrality(g, Centrality::kCloseness), {0.25, 0.25, 0.25, 0.25, 0.0});
  const double r = 0.03 / 0.83;
  const double p = (0.03 + 0.17 * r) / 0.15;
  check(centrality(g, Centrality::kPageRank), {p, p, p, p, r});
  check(centrality(g, Centrality::kEigenvector), {1.0, 1.0, 1.0, 1.0, 0.0});
}

// Triangle a, b, c with d hanging off c.
//   degree: 2/3, 2/3, 1, 1/3.
//   betweenness: c is inside a-d and b-d: 2 / 3.
//   closeness: a: (1 + 1 + 1/2) / 3 = 5/6; c: 1; d: (1 + 1/2 + 1/2) / 3 = 2/3.
//   eigenvector: with a = b = s, c = t, d = u: lambda s = s + t,
//     lambda t = 2s + u, lambda u = t, so lambda^3 - lambda^2 - 3 lambda + 1 = 0;
//     largest root lambda = 2.1700865, s = t / (lambda - 1), u = t / lambda.
TEST_CASE("centrality on a triangle with a pendant") {
  const KnowledgeGraph g = make_graph(4, {{0, 1}, {1, 2}, {2, 0}, {2, 3}});
  check(centrality(g, Centrality::kDegree), {2.0 / 3, 2.0 / 3, 1.0, 1.0 / 3});
  check(centrality(g, Centrality::kBetweenness), {0.0, 0.0, 2.0 / 3, 0.0});
  check(centrality(g, Centrality::kCloseness), {5.0 / 6, 5.0 / 6, 1.0, 2.0 / 3});
  double lambda = 2.0;  // Newton's method on the cubic, from the hand analysis
  for (int i = 0; i < 50; ++i) {
    const double f = lambda * lambda * lambda - lambda * lambda - 3 * lambda + 1;
    lambda -= f / (3 * lambda * lambda - 2 * lambda - 3);
  }
  CHECK(lambda == doctest::Approx(2.1700865).epsilon(1e-6));
  const double s = 1 / (lambda - 1);
  check(centrality(g, Centrality::kEigenvector), {s, s, 1.0, 1 / lambda});
  double total = 0;
  for (double rank : centrality(g, Centrality::kPageRank)) total += rank;
  CHECK(total == doctest::Approx(1.0));
}

TEST_CASE("centrality on tiny graphs") {
  const KnowledgeGraph empty;
  for (Centrality m : {Centrality::kDegree, Centrality::kBetweenness, Centrality::kCloseness,
                       Centrality::kPageRank, Centrality::kEigenvector}) {
    CHECK(centrality(empty, m).empty());
  }
  const KnowledgeGraph one = make_graph(1, {});
  check(centrality(one, Centrality::kDegree), {0.0});
  check(centrality(one, Centrality::kBetweenness), {0.0});
  check(centrality(one, Centrality::kCloseness), {0.0});
  check(centrality(one, Centrality::kPageRank), {1.0});
  check(centrality(one, Centrality::kEigenvector), {0.0});
  const KnowledgeGraph two = make_graph(2, {{0, 1}});
  check(centrality(two, Centrality::kDegree), {1.0, 1.0});
  check(centrality(two, Centrality::kBetweenness), {0.0, 0.0});
  check(centrality(two, Centrality::kCloseness), {1.0, 1.0});
  check(centrality(two, Centrality::kPageRank), {0.5, 0.5});
  check(centrality(two, Centrality::kEigenvector), {1.0, 1.0});
  // Directed 0 -> 1: 1 is dangling; 0 = 0.075 + 0.425 r1, r1 = 0.075 + 0.425 r1 + 0.85 r0
  // -> r0 = 0.075 + 0.425 r1 and r0 + r1 = 1 -> r1 = 0.925 / 1.425.
  const double r1 = 0.925 / 1.425;
  check(centrality(two, Centrality::kPageRank, directed()), {1 - r1, r1});
}

// A connected pseudo-random graph with hubs: vertex v joins v/2 and, every
// third vertex, one more earlier vertex picked by a fixed LCG.
KnowledgeGraph random_graph(std::size_t n) {
  std::vector<std::pair<std::size_t, std::size_t>> edges;
  std::uint64_t state = 12345;
  for (std::size_t v = 1; v < n; ++v) {
    edges.emplace_back(v, v / 2);
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    if (v % 3 == 0) edges.emplace_back(v, (state >> 33) % v);
  }
  return make_graph(n, edges);
}

CentralityOptions betweenness_options(unsigned threads, std::size_t samples = 0,
                                      std::uint64_t seed = 42) {
  CentralityOptions options;
  options.threads = threads;
  options.samples = samples;
  options.seed = seed;
  return options;
}

TEST_CASE("parallel betweenness is identical to single-threaded") {
  const KnowledgeGraph g = random_graph(300);
  const auto serial = centrality(g, Centrality::kBetweenness, betweenness_options(1));
  for (unsigned threads : {2u, 3u, 8u, 0u}) {
    CAPTURE(threads);
    CHECK(centrality(g, Centrality::kBetweenness, betweenness_options(threads)) == serial);
  }
  // Fewer sources than blocks, and directed.
  const KnowledgeGraph small = random_graph(7);
  CentralityOptions directed_serial = betweenness_options(1);
  directed_serial.directed = true;
  CentralityOptions directed_parallel = betweenness_options(2);
  directed_parallel.directed = true;
  CHECK(centrality(small, Centrality::kBetweenness, directed_serial) ==
        centrality(small, Centrality::kBetweenness, directed_parallel));
}

TEST_CASE("sampled betweenness is deterministic and approximates the exact values") {
  const KnowledgeGraph g = random_graph(400);
  const auto exact = centrality(g, Centrality::kBetweenness, betweenness_options(1));
  const auto sampled = centrality(g, Centrality::kBetweenness, betweenness_options(1, 200));
  CHECK(centrality(g, Centrality::kBetweenness, betweenness_options(2, 200)) == sampled);
  CHECK(centrality(g, Centrality::kBetweenness, betweenness_options(1, 200, 7)) != sampled);
  // As many samples as vertices (or more) is the exact computation.
  CHECK(centrality(g, Centrality::kBetweenness, betweenness_options(2, 400)) == exact);
  CHECK(centrality(g, Centrality::kBetweenness, betweenness_options(2, 1000)) == exact);
  // Half the sources: the top vertex (the root hub) keeps a close estimate.
  const auto top = top_entities(g, exact, 1).front().vertex;
  CHECK(sampled[top] == doctest::Approx(exact[top]).epsilon(0.2));
}

TEST_CASE("top_entities orders by score, then by name") {
  const KnowledgeGraph g = make_graph(4, {});
  const std::vector<RankedEntity> top = top_entities(g, {0.5, 0.9, 0.5, 0.1}, 3);
  REQUIRE(top.size() == 3);
  CHECK(top[0].vertex == 1);
  CHECK(top[1].vertex == 0);  // "v0" < "v2" at 0.5
  CHECK(top[2].vertex == 2);
  CHECK(top_entities(g, {0.5}, 10).size() == 1);
}

}  // namespace kg
