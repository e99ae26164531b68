// Centrality measures over a KnowledgeGraph.
//
// By default relations are treated as undirected (who is connected to whom);
// options.directed follows edge direction. Parallel relations between the
// same two entities count once and self loops are ignored. All measures are
// defined on disconnected graphs and on graphs of 0, 1 or 2 vertices. Results
// are indexed by vertex. Nothing here allocates per iteration step.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "graph/knowledge_graph.h"

namespace kg {

enum class Centrality { kDegree, kBetweenness, kCloseness, kPageRank, kEigenvector };

// "degree", "betweenness", "closeness", "pagerank", "eigenvector".
std::string_view to_string(Centrality measure);
// Inverse of to_string, case-insensitive; nullopt for an unknown name.
std::optional<Centrality> parse_centrality(std::string_view name);

struct CentralityOptions {
  bool directed = false;
  bool normalized = true;    // degree and betweenness scaled to [0, 1]
  double damping = 0.85;     // PageRank
  double tolerance = 1e-10;  // PageRank (graph/pagerank.h), eigenvector
  int max_iterations = 1000;
  // Betweenness only. threads: worker threads, 0 = std::thread's
  // hardware_concurrency. The result does not depend on it: sources are cut
  // into a fixed number of blocks, each block sums into its own buffer, and
  // the buffers are added in block order, whatever thread ran them.
  unsigned threads = 0;
  // Betweenness only. samples > 0 (and < n): approximate betweenness from that
  // many distinct source vertices drawn with `seed` (same graph, samples and
  // seed give the same result), scaled by n / samples. 0 = exact.
  std::size_t samples = 0;
  std::uint64_t seed = 42;
};

// Betweenness on graphs above this many entities is approximated by default
// by callers that do not choose themselves (the CLI says so on stderr), with
// kAutoBetweennessSamples sources: exact Brandes costs O(n m).
inline constexpr std::size_t kAutoBetweennessThreshold = 20000;
inline constexpr std::size_t kAutoBetweennessSamples = 1000;

// degree: number of distinct neighbours (out-degree when directed), / (n-1).
// betweenness: Brandes, unweighted; undirected values counted once per pair;
//   normalised by (n-1)(n-2)/2 undirected, (n-1)(n-2) directed. Runs on
//   options.threads threads; with options.samples, an unbiased estimate from
//   that many sampled sources (as networkx's k).
// closeness: harmonic, sum over reachable u != v of 1/d(v,u), / (n-1)
//   (always scaled; d follows out-edges when directed).
// pagerank: graph/pagerank.h (a linear solve; undirected, every score within
//   `tolerance` relative of the exact value), sums to 1; dangling vertices
//   spread rank uniformly; undirected relations count in both directions.
// eigenvector: power iteration on A + I (converges on bipartite graphs),
//   in-edges when directed (as networkx); unit maximum; 0 for vertices without
//   (in-)neighbours and for graphs without relations.
std::vector<double> centrality(const KnowledgeGraph& g, Centrality measure,
                               const CentralityOptions& options = {});

struct RankedEntity {
  Vertex vertex;
  double score;
};
// The top `n` vertices by score, ties broken by name. Only vertices that have
// a score (index < scores.size()) are ranked.
std::vector<RankedEntity> top_entities(const KnowledgeGraph& g, const std::vector<double>& scores,
                                       std::size_t n);

}  // namespace kg
