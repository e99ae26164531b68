#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdint>
#include <random>
#include <thread>

#include "graph/adjacency.h"
#include "graph/pagerank.h"
#include "kg/analytics.h"

namespace kg {

namespace {

constexpr Centrality kAllMeasures[] = {Centrality::kDegree, Centrality::kBetweenness,
                                       Centrality::kCloseness, Centrality::kPageRank,
                                       Centrality::kEigenvector};

bool equal_ignoring_case(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    const char x = (a[i] >= 'A' && a[i] <= 'Z') ? static_cast<char>(a[i] - 'A' + 'a') : a[i];
    if (x != b[i]) return false;
  }
  return true;
}

std::vector<double> degree_scores(const Adjacency& adj, bool normalized) {
  const std::size_t n = adj.size();
  std::vector<double> scores(n, 0.0);
  const double scale = (normalized && n > 1) ? 1.0 / static_cast<double>(n - 1) : 1.0;
  for (std::size_t v = 0; v < n; ++v) scores[v] = static_cast<double>(adj.degree(v)) * scale;
  if (normalized && n <= 1) std::fill(scores.begin(), scores.end(), 0.0);
  return scores;
}

// Scratch arrays for one single-source pass of Brandes' algorithm; reset to
// their idle state (dist -1, sigma and delta 0, order empty) after each pass.
struct BrandesWorkspace {
  explicit BrandesWorkspace(std::size_t n) : dist(n, -1), sigma(n, 0.0), delta(n, 0.0) {
    order.reserve(n);
  }
  std::vector<int> dist;
  std::vector<double> sigma;
  std::vector<double> delta;
  std::vector<std::uint32_t> order;  // BFS visiting order, doubles as the queue
};

// Adds the dependencies of source `s` on every other vertex to `acc`.
// Predecessors are not stored: a vertex's successors on shortest paths are
// its neighbours one level further, all final when visited in reverse order.
void brandes_from_source(const Adjacency& adj, std::uint32_t s, BrandesWorkspace& ws,
                         std::vector<double>& acc) {
  ws.dist[s] = 0;
  ws.sigma[s] = 1.0;
  ws.order.push_back(s);
  for (std::size_t head = 0; head < ws.order.size(); ++head) {
    const std::uint32_t v = ws.order[head];
    const int next = ws.dist[v] + 1;
    for (std::uint32_t w : adj.neighbors(v)) {
      if (ws.dist[w] < 0) {
        ws.dist[w] = next;
        ws.order.push_back(w);
      }
      if (ws.dist[w] == next) ws.sigma[w] += ws.sigma[v];
    }
  }
  for (std::size_t i = ws.order.size(); i-- > 0;) {
    const std::uint32_t v = ws.order[i];
    const int next = ws.dist[v] + 1;
    double dependency = 0.0;
    for (std::uint32_t w : adj.neighbors(v)) {
      if (ws.dist[w] == next) dependency += (1.0 + ws.delta[w]) / ws.sigma[w];
    }
    ws.delta[v] = ws.sigma[v] * dependency;
    if (v != s) acc[v] += ws.delta[v];
  }
  for (std::uint32_t v : ws.order) {
    ws.dist[v] = -1;
    ws.sigma[v] = 0.0;
    ws.delta[v] = 0.0;
  }
  ws.order.clear();
}

// `count` distinct vertices of [0, n) drawn with a seeded mt19937_64 (partial
// Fisher-Yates; the engine's output is fixed by the standard, unlike the
// library's distributions), in ascending order.
std::vector<std::uint32_t> sample_sources(std::size_t n, std::size_t count, std::uint64_t seed) {
  std::vector<std::uint32_t> all(n);
  for (std::size_t v = 0; v < n; ++v) all[v] = static_cast<std::uint32_t>(v);
  std::mt19937_64 engine(seed);
  for (std::size_t i = 0; i < count; ++i) {
    const std::size_t j = i + static_cast<std::size_t>(engine() % (n - i));
    std::swap(all[i], all[j]);
  }
  all.resize(count);
  std::sort(all.begin(), all.end());
  return all;
}

// Sources are cut into at most this many contiguous blocks; each block sums
// its dependencies into its own buffer, so the floating-point sums, and the
// result, are the same for any number of threads.
constexpr std::size_t kBetweennessBlocks = 16;

// Raw dependency sums over `sources`: block b covers sources [b*k/B, (b+1)*k/B),
// blocks are handed to `threads` workers in any order and added in block order.
std::vector<double> dependency_sums(const Adjacency& adj, const std::vector<std::uint32_t>& sources,
                                    unsigned threads) {
  const std::size_t n = adj.size();
  const std::size_t k = sources.size();
  const std::size_t blocks = std::min(kBetweennessBlocks, std::max<std::size_t>(k, 1));
  std::vector<std::vector<double>> partial(blocks);
  std::atomic<std::size_t> next_block{0};
  auto work = [&] {
    BrandesWorkspace ws(n);
    for (std::size_t b = next_block++; b < blocks; b = next_block++) {
      partial[b].assign(n, 0.0);
      for (std::size_t i = b * k / blocks; i < (b + 1) * k / blocks; ++i) {
        brandes_from_source(adj, sources[i], ws, partial[b]);
      }
    }
  };
  const unsigned workers = static_cast<unsigned>(std::min<std::size_t>(threads, blocks));
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < workers; ++t) pool.emplace_back(work);
  work();
  for (std::thread& thread : pool) thread.join();

  std::vector<double> sums = std::move(partial[0]);
  for (std::size_t b = 1; b < blocks; ++b) {
    for (std::size_t v = 0; v < n; ++v) sums[v] += partial[b][v];
    std::vector<double>().swap(partial[b]);
  }
  return sums;
}

std::vector<double> betweenness_scores(const Adjacency& adj, const CentralityOptions& options) {
  const std::size_t n = adj.size();
  if (n <= 2) return std::vector<double>(n, 0.0);
  const bool sampled = options.samples > 0 && options.samples < n;
  std::vector<std::uint32_t> sources;
  if (sampled) {
    sources = sample_sources(n, options.samples, options.seed);
  } else {
    sources.resize(n);
    for (std::size_t v = 0; v < n; ++v) sources[v] = static_cast<std::uint32_t>(v);
  }
  unsigned threads = options.threads;
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  std::vector<double> scores = dependency_sums(adj, sources, threads);

  const double pairs = static_cast<double>(n - 1) * static_cast<double>(n - 2);
  double scale = options.directed ? 1.0 : 0.5;  // each undirected pair was seen from both ends
  if (sampled) scale *= static_cast<double>(n) / static_cast<double>(sources.size());
  if (options.normalized) scale /= options.directed ? pairs : pairs / 2.0;
  for (double& score : scores) score *= scale;
  return scores;
}

std::vector<double> harmonic_closeness(const Adjacency& adj) {
  const std::size_t n = adj.size();
  std::vector<double> scores(n, 0.0);
  if (n <= 1) return scores;
  std::vector<int> dist(n, -1);
  std::vector<std::uint32_t> queue;
  queue.reserve(n);
  for (std::size_t s = 0; s < n; ++s) {
    dist[s] = 0;
    queue.push_back(static_cast<std::uint32_t>(s));
    double sum = 0.0;
    for (std::size_t head = 0; head < queue.size(); ++head) {
      const std::uint32_t v = queue[head];
      for (std::uint32_t w : adj.neighbors(v)) {
        if (dist[w] >= 0) continue;
        dist[w] = dist[v] + 1;
        sum += 1.0 / dist[w];
        queue.push_back(w);
      }
    }
    for (std::uint32_t v : queue) dist[v] = -1;
    queue.clear();
    scores[s] = sum / static_cast<double>(n - 1);
  }
  return scores;
}

std::vector<double> eigenvector_scores(const Adjacency& in, const CentralityOptions& options) {
  const std::size_t n = in.size();
  std::vector<double> x(n, n > 0 ? 1.0 / std::sqrt(static_cast<double>(n)) : 0.0);
  if (in.targets.empty()) return std::vector<double>(n, 0.0);
  std::vector<double> next(n, 0.0);
  for (int iteration = 0; iteration < options.max_iterations; ++iteration) {
    double norm = 0.0;
    for (std::size_t v = 0; v < n; ++v) {
      double sum = x[v];
      for (std::uint32_t u : in.neighbors(v)) sum += x[u];
      next[v] = sum;
      norm += sum * sum;
    }
    norm = std::sqrt(norm);
    double change = 0.0;
    for (std::size_t v = 0; v < n; ++v) {
      next[v] /= norm;
      change += std::abs(next[v] - x[v]);
    }
    x.swap(next);
    if (change < static_cast<double>(n) * options.tolerance) break;
  }
  double top = 0.0;
  for (std::size_t v = 0; v < n; ++v) {
    if (in.degree(v) == 0) x[v] = 0.0;
    top = std::max(top, x[v]);
  }
  for (double& value : x) value = top > 0.0 ? value / top : 0.0;
  return x;
}

}  // namespace

std::string_view to_string(Centrality measure) {
  switch (measure) {
    case Centrality::kDegree:
      return "degree";
    case Centrality::kBetweenness:
      return "betweenness";
    case Centrality::kCloseness:
      return "closeness";
    case Centrality::kPageRank:
      return "pagerank";
    case Centrality::kEigenvector:
      break;
  }
  return "eigenvector";
}

std::optional<Centrality> parse_centrality(std::string_view name) {
  for (Centrality measure : kAllMeasures) {
    if (equal_ignoring_case(name, to_string(measure))) return measure;
  }
  return std::nullopt;
}

std::vector<double> centrality(const KnowledgeGraph& g, Centrality measure,
                               const CentralityOptions& options) {
  const EdgeDirection forward = options.directed ? EdgeDirection::kOut : EdgeDirection::kBoth;
  const EdgeDirection backward = options.directed ? EdgeDirection::kIn : EdgeDirection::kBoth;
  // No centrality depends on the order of a vertex's neighbours (beyond the
  // rounding of sums), so the rows need not be sorted.
  auto adjacency = [&g](EdgeDirection direction) {
    return build_adjacency(g, direction, RowOrder::kAsAdded);
  };
  switch (measure) {
    case Centrality::kDegree:
      return degree_scores(adjacency(forward), options.normalized);
    case Centrality::kBetweenness:
      return betweenness_scores(adjacency(forward), options);
    case Centrality::kCloseness:
      return harmonic_closeness(adjacency(forward));
    case Centrality::kPageRank: {
      const PageRankOptions pagerank_options{options.damping, options.tolerance,
                                             options.max_iterations};
      if (!options.directed) {
        return pagerank_undirected(adjacency(EdgeDirection::kBoth), pagerank_options);
      }
      return pagerank_directed(adjacency(EdgeDirection::kIn), adjacency(EdgeDirection::kOut),
                               pagerank_options);
    }
    case Centrality::kEigenvector:
      break;
  }
  return eigenvector_scores(adjacency(backward), options);
}

std::vector<RankedEntity> top_entities(const KnowledgeGraph& g, const std::vector<double>& scores,
                                       std::size_t n) {
  std::vector<RankedEntity> ranked;
  const std::size_t count = std::min(scores.size(), g.entity_count());
  ranked.reserve(count);
  for (std::size_t v = 0; v < count; ++v) ranked.push_back({v, scores[v]});
  auto better = [&g](const RankedEntity& a, const RankedEntity& b) {
    if (a.score != b.score) return a.score > b.score;
    const std::string& an = g.entity(a.vertex).name;
    const std::string& bn = g.entity(b.vertex).name;
    if (an != bn) return an < bn;
    return a.vertex < b.vertex;
  };
  const std::size_t keep = std::min(n, ranked.size());
  std::partial_sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(keep),
                    ranked.end(), better);
  ranked.resize(keep);
  return ranked;
}

}  // namespace kg
