#include "graph/pagerank.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <limits>

namespace kg {
namespace {

constexpr std::uint32_t kNone = std::numeric_limits<std::uint32_t>::max();

// The equations the sweeps solve: for each vertex v of `unknowns`,
//   s_v = q[v] + damping * p[v] * (sum over u in in(v) of s_u),
// where s_u is 0 for every u outside `unknowns` (see the header).
struct ShareSystem {
  std::vector<std::uint32_t> unknowns;  // ascending
  std::vector<double> p;                // per vertex
  std::vector<double> q;
  // The sweeps start from s_v = p_v + degree_weight (directed: p = 1 / outdeg
  // and degree_weight 0, so z = 1; undirected: see undirected_system).
  double degree_weight = 0.0;
  // Undirected: the vertices solved by elimination, in the order eliminated,
  // and for each vertex the neighbour its share depends on (kNone: none).
  std::vector<std::uint32_t> eliminated;
  std::vector<std::uint32_t> parent;
};

// Directed: the unknowns are the vertices with out-links, p = q = 1 / outdeg.
ShareSystem directed_system(const Adjacency& out) {
  const std::size_t n = out.size();
  ShareSystem system;
  system.p.assign(n, 0.0);
  system.q.assign(n, 0.0);
  system.unknowns.reserve(n);
  for (std::size_t v = 0; v < n; ++v) {
    const std::size_t k = out.degree(v);
    if (k == 0) continue;
    system.unknowns.push_back(static_cast<std::uint32_t>(v));
    system.p[v] = system.q[v] = 1.0 / static_cast<double>(k);
  }
  return system;
}

// Undirected, with the trees hanging off the graph eliminated. Write vertex
// v's equation as D_v s_v - d * (sum of its neighbours' s) = b_v, at first
// with D_v = deg v and b_v = 1. A vertex with one neighbour h left has
// s_v = (b_v + d s_h) / D_v, which folds into h's equation as
// D_h -= d^2 / D_v and b_h += d b_v / D_v; h loses a neighbour and may be
// next. Peeling so leaves the 2-core to the sweeps (the unknowns: vertices
// with two or more neighbours left), and each tree that is a whole
// component ends in a vertex with none left, solved outright. By induction
// D_v >= 1 for a peeled v, so every core equation keeps the diagonal
// dominance of the header's error bound (off-diagonal sum at most d D), and a
// peeled share's relative error is at most its parent's. p = 1 / D, q = b / D.
ShareSystem undirected_system(const Adjacency& graph, double d) {
  const std::size_t n = graph.size();
  ShareSystem system;
  system.p.resize(n);
  system.q.assign(n, 1.0);
  // On an undirected graph PageRank tends to degree / 2m as d -> 1. The start
  // s = p + d / (1 - d) * n / 2m is z = deg / D + d / (1 - d) * deg * n / 2m:
  // for D = deg, 1 plus a degree-proportional part, with the sum n / (1 - d)
  // of the solution; it saves a couple of sweeps over z = 1.
  if (!graph.targets.empty()) {
    system.degree_weight =
        d / (1.0 - d) * static_cast<double>(n) / static_cast<double>(graph.targets.size());
  }
  std::vector<double>& diagonal = system.p;  // D first, p afterwards
  std::vector<double>& rhs = system.q;       // b first, q afterwards
  system.parent.assign(n, kNone);
  std::vector<std::uint32_t> left(n);  // neighbours not yet eliminated
  std::vector<std::uint32_t> ready;    // vertices with one left
  auto to_p_and_q = [&](std::size_t v) {
    diagonal[v] = 1.0 / diagonal[v];
    rhs[v] *= diagonal[v];
  };
  for (std::size_t v = 0; v < n; ++v) {
    left[v] = static_cast<std::uint32_t>(graph.degree(v));
    diagonal[v] = static_cast<double>(left[v]);
    if (left[v] == 1) ready.push_back(static_cast<std::uint32_t>(v));
  }
  while (!ready.empty()) {
    const std::uint32_t v = ready.back();
    ready.pop_back();
    if (left[v] != 1) continue;  // its last neighbour went first: a root (below)
    std::uint32_t h = kNone;
    for (const std::uint32_t u : graph.neighbors(v)) {
      if (left[u] > 0) {  // the one neighbour not eliminated (they have none left)
        h = u;
        break;
      }
    }
    left[v] = 0;
    system.parent[v] = h;
    system.eliminated.push_back(v);
    to_p_and_q(v);  // D_v and b_v are final once v is eliminated
    diagonal[h] -= d * d * system.p[v];
    rhs[h] += d * system.q[v];
    if (--left[h] == 1) ready.push_back(h);
    if (left[h] == 0) {  // a tree's root
      system.eliminated.push_back(h);
      to_p_and_q(h);
    }
  }
  system.unknowns.reserve(n - system.eliminated.size());
  for (std::size_t v = 0; v < n; ++v) {
    if (left[v] < 2) continue;
    system.unknowns.push_back(static_cast<std::uint32_t>(v));
    to_p_and_q(v);
  }
  return system;
}

// The unknowns' equations as flat arrays, the unknowns numbered 0..k-1 in
// ascending vertex order: row i lists the unknowns among the in-neighbours of
// unknown i (the others have share 0), padded to an even length with k, whose
// share is always 0, so the sweep sums two at a time without a remainder.
struct CompactRows {
  std::vector<std::uint32_t> begin;  // k + 1 offsets into columns
  std::vector<std::uint32_t> columns;
  struct Coefficients {
    double q;
    double dp;  // damping * p
  };
  std::vector<Coefficients> coefficients;
};

CompactRows compact_rows(const Adjacency& in, const ShareSystem& system, double d) {
  const std::size_t k = system.unknowns.size();
  std::vector<std::uint32_t> index(in.size(), kNone);
  for (std::size_t i = 0; i < k; ++i) index[system.unknowns[i]] = static_cast<std::uint32_t>(i);
  CompactRows rows;
  rows.begin.resize(k + 1);
  rows.columns.resize(in.targets.size() + k + 1);  // room for every row's padding
  rows.coefficients.resize(k);
  std::uint32_t* column = rows.columns.data();
  std::uint32_t end = 0;
  for (std::size_t i = 0; i < k; ++i) {
    const std::uint32_t v = system.unknowns[i];
    rows.begin[i] = end;
    for (const std::uint32_t u : in.neighbors(v)) {  // branch-free: which are kept is erratic
      column[end] = index[u];
      end += index[u] != kNone ? 1 : 0;
    }
    column[end] = static_cast<std::uint32_t>(k);
    end += (end - rows.begin[i]) % 2;
    rows.coefficients[i] = {system.q[v], d * system.p[v]};
  }
  rows.begin[k] = end;
  rows.columns.resize(end);
  return rows;
}

// Runs SOR sweeps with relaxation `omega` over the unknowns until the
// stopping test of the header passes; returns the shares per vertex (0
// outside the unknowns).
std::vector<double> sweep(const Adjacency& in, const ShareSystem& system, double omega,
                          const PageRankOptions& options) {
  const std::size_t k = system.unknowns.size();
  const CompactRows rows = compact_rows(in, system, options.damping);
  std::vector<double> share(k + 1, 0.0);
  for (std::size_t i = 0; i < k; ++i)
    share[i] = system.p[system.unknowns[i]] + system.degree_weight;
  const double error_per_change =
      (std::abs(1.0 - omega) / omega + options.damping) / (1.0 - options.damping);
  const double tolerance = options.tolerance;
  const std::uint32_t* begin = rows.begin.data();
  const std::uint32_t* column = rows.columns.data();
  double* s = share.data();

  for (int sweep = 0; sweep < options.max_iterations && k > 0; ++sweep) {
    double largest_change = 0.0;
    double smallest_share = std::numeric_limits<double>::infinity();
    for (std::size_t i = 0; i < k; ++i) {
      double even = 0.0;
      double odd = 0.0;
      for (std::uint32_t j = begin[i]; j < begin[i + 1]; j += 2) {
        even += s[column[j]];
        odd += s[column[j + 1]];
      }
      const CompactRows::Coefficients& c = rows.coefficients[i];
      const double change = omega * (c.q + c.dp * (even + odd) - s[i]);
      s[i] += change;
      largest_change = std::max(largest_change, std::abs(change));
      smallest_share = std::min(smallest_share, s[i]);
    }
    const double error = error_per_change * largest_change;
    if (error <= tolerance * smallest_share / (3.0 + tolerance)) break;
  }

  std::vector<double> by_vertex(in.size(), 0.0);
  for (std::size_t i = 0; i < k; ++i) by_vertex[system.unknowns[i]] = share[i];
  return by_vertex;
}

// z / sum(z).
std::vector<double> normalized(std::vector<double> z) {
  double total = 0.0;
  for (const double value : z) total += value;
  const double scale = 1.0 / total;
  for (double& value : z) value *= scale;
  return z;
}

}  // namespace

std::vector<double> pagerank_undirected(const Adjacency& graph, const PageRankOptions& options) {
  if (graph.size() == 0) return {};
  const double d = options.damping;
  const ShareSystem system = undirected_system(graph, d);
  std::vector<double> z = sweep(graph, system, 2.0 / (1.0 + std::sqrt(1.0 - d * d)), options);
  // The eliminated shares, each after the neighbour it depends on; then
  // z = s * deg, and 1 for an isolated vertex.
  for (auto it = system.eliminated.rbegin(); it != system.eliminated.rend(); ++it) {
    const std::uint32_t h = system.parent[*it];
    z[*it] = system.q[*it] + (h == kNone ? 0.0 : d * system.p[*it] * z[h]);
  }
  for (std::size_t v = 0; v < z.size(); ++v) {
    const std::size_t k = graph.degree(v);
    z[v] = k == 0 ? 1.0 : z[v] * static_cast<double>(k);
  }
  return normalized(std::move(z));
}

std::vector<double> pagerank_directed(const Adjacency& in, const Adjacency& out,
                                      const PageRankOptions& options) {
  if (in.size() == 0) return {};
  const ShareSystem system = directed_system(out);
  const std::vector<double> share = sweep(in, system, 1.0, options);
  // Vertices with out-links: z = s * outdeg. The others (dangling and
  // isolated) have share 0 and z = 1 + d * sum of their in-neighbours' shares.
  std::vector<double> z(in.size());
  for (std::size_t v = 0; v < z.size(); ++v) {
    if (out.degree(v) > 0) {
      z[v] = share[v] * static_cast<double>(out.degree(v));
      continue;
    }
    double sum = 0.0;
    for (const std::uint32_t u : in.neighbors(v)) sum += share[u];
    z[v] = 1.0 + options.damping * sum;
  }
  return normalized(std::move(z));
}

}  // namespace kg
