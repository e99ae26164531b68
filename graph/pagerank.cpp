#include "graph/pagerank.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <limits>

namespace kg {
namespace {

// The equations the sweeps solve: for each vertex v of `unknowns`,
//   s_v = q[v] + damping * p[v] * (sum over u in in(v) of s_u),
// where s_u is 0 for every u outside `unknowns` (see the header).
struct ShareSystem {
  std::vector<std::uint32_t> unknowns;  // ascending
  std::vector<double> p;                // per vertex; unused outside `unknowns`
  std::vector<double> q;
  // The sweeps start from z_v = 1 + degree_weight * outdeg(v) (see solve).
  double degree_weight = 0.0;
};

// Directed: the unknowns are the vertices with out-links, p = q = 1 / outdeg.
ShareSystem directed_system(const Adjacency& out) {
  const std::size_t n = out.size();
  ShareSystem system{{}, std::vector<double>(n, 0.0), std::vector<double>(n, 0.0)};
  system.unknowns.reserve(n);
  for (std::size_t v = 0; v < n; ++v) {
    const std::size_t k = out.degree(v);
    if (k == 0) continue;
    system.unknowns.push_back(static_cast<std::uint32_t>(v));
    system.p[v] = system.q[v] = 1.0 / static_cast<double>(k);
  }
  return system;
}

// A leaf: one neighbour, itself of degree > 1 (so two joined leaves stay).
bool is_leaf(const Adjacency& graph, std::size_t v) {
  return graph.degree(v) == 1 && graph.degree(graph.neighbors(v)[0]) > 1;
}

// Undirected, leaves eliminated: a leaf l of hub h has s_l = z_l = 1 + d s_h,
// so the L leaves of h add d L (1 + d s_h) to h's sum, and h's equation
// becomes s_h = (1 + d L + d S) / (deg h - d^2 L), S the sum over the other
// neighbours. The unknowns are the vertices with neighbours that are not leaves.
ShareSystem undirected_system(const Adjacency& graph, double d) {
  const std::size_t n = graph.size();
  ShareSystem system{{}, std::vector<double>(n, 0.0), std::vector<double>(n, 0.0)};
  // On an undirected graph PageRank tends to degree / 2m as d -> 1; the start
  // z = 1 + d / (1 - d) * deg * n / 2m has the right sum, n / (1 - d), and
  // saves a couple of sweeps over z = 1.
  if (!graph.targets.empty()) {
    system.degree_weight =
        d / (1.0 - d) * static_cast<double>(n) / static_cast<double>(graph.targets.size());
  }
  std::vector<double>& leaves = system.q;  // leaf counts first, q afterwards
  system.unknowns.reserve(n);
  for (std::size_t v = 0; v < n; ++v) {
    if (is_leaf(graph, v)) {
      leaves[graph.neighbors(v)[0]] += 1.0;
    } else if (graph.degree(v) > 0) {
      system.unknowns.push_back(static_cast<std::uint32_t>(v));
    }
  }
  for (const std::uint32_t v : system.unknowns) {
    const double count = leaves[v];
    system.p[v] = 1.0 / (static_cast<double>(graph.degree(v)) - d * d * count);
    system.q[v] = (1.0 + d * count) * system.p[v];
  }
  return system;
}

// Runs SOR sweeps with relaxation `omega` until the stopping test of the
// header passes; returns z / sum(z). `out` gives the out-degrees.
std::vector<double> solve(const Adjacency& in, const Adjacency& out, const ShareSystem& system,
                          double omega, const PageRankOptions& options) {
  const std::size_t n = in.size();
  const double d = options.damping;
  std::vector<double> share(n, 0.0);
  for (const std::uint32_t v : system.unknowns) {
    const auto k = static_cast<double>(out.degree(v));
    share[v] = (1.0 + system.degree_weight * k) / k;
  }
  const double error_per_change = (std::abs(1.0 - omega) / omega + d) / (1.0 - d);
  const double tolerance = options.tolerance;

  for (int sweep = 0; sweep < options.max_iterations; ++sweep) {
    double largest_change = 0.0;
    double smallest_share = std::numeric_limits<double>::infinity();
    for (const std::uint32_t v : system.unknowns) {
      double sum = 0.0;
      for (const std::uint32_t u : in.neighbors(v)) sum += share[u];
      const double change = omega * (system.q[v] + d * system.p[v] * sum - share[v]);
      share[v] += change;
      largest_change = std::max(largest_change, std::abs(change));
      smallest_share = std::min(smallest_share, share[v]);
    }
    const double error = error_per_change * largest_change;
    if (error <= tolerance * smallest_share / (3.0 + tolerance)) break;
  }

  // Unknowns: z = s * outdeg. The others (leaves, dangling and isolated
  // vertices) have share 0 and z = 1 + d * sum of their in-neighbours' shares.
  std::vector<double> z(n, -1.0);
  for (const std::uint32_t v : system.unknowns) {
    z[v] = share[v] * static_cast<double>(out.degree(v));
  }
  double total = 0.0;
  for (std::size_t v = 0; v < n; ++v) {
    if (z[v] < 0.0) {
      double sum = 0.0;
      for (const std::uint32_t u : in.neighbors(v)) sum += share[u];
      z[v] = 1.0 + d * sum;
    }
    total += z[v];
  }
  for (double& value : z) value /= total;
  return z;
}

}  // namespace

std::vector<double> pagerank_undirected(const Adjacency& graph, const PageRankOptions& options) {
  if (graph.size() == 0) return {};
  const double d = options.damping;
  return solve(graph, graph, undirected_system(graph, d), 2.0 / (1.0 + std::sqrt(1.0 - d * d)),
               options);
}

std::vector<double> pagerank_directed(const Adjacency& in, const Adjacency& out,
                                      const PageRankOptions& options) {
  if (in.size() == 0) return {};
  return solve(in, out, directed_system(out), 1.0, options);
}

}  // namespace kg
