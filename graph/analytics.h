// Centrality and structure queries over a KnowledgeGraph.
//
// By default relations are treated as undirected (who is connected to whom);
// options.directed follows edge direction. Parallel relations between the
// same two entities count once. All measures are defined on disconnected
// graphs. Results are indexed by vertex.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "graph/knowledge_graph.h"

namespace kg {

enum class Centrality { kDegree, kBetweenness, kCloseness, kPageRank, kEigenvector };

std::string_view to_string(Centrality measure);
std::optional<Centrality> parse_centrality(std::string_view name);

struct CentralityOptions {
  bool directed = false;
  bool normalized = true;    // degree and betweenness scaled to [0, 1]
  double damping = 0.85;     // PageRank
  double tolerance = 1e-10;  // PageRank, eigenvector
  int max_iterations = 1000;
};

// degree: number of distinct neighbours (out-degree when directed), / (n-1).
// betweenness: Brandes, unweighted; undirected values counted once per pair.
// closeness: harmonic, sum over reachable u != v of 1/d(v,u), / (n-1).
// pagerank: sums to 1; dangling vertices spread rank uniformly.
// eigenvector: unit maximum; 0 for isolated vertices.
std::vector<double> centrality(const KnowledgeGraph& g, Centrality measure,
                               const CentralityOptions& options = {});

struct RankedEntity {
  Vertex vertex;
  double score;
};
// The top `n` vertices by score, ties broken by name.
std::vector<RankedEntity> top_entities(const KnowledgeGraph& g, const std::vector<double>& scores,
                                       std::size_t n);

// Component id per vertex (weakly connected when the graph is directed).
std::vector<int> connected_components(const KnowledgeGraph& g, int* count = nullptr);

// A shortest path from a to b (vertices in order, a first), following edges in
// both directions unless `directed`. Empty when b is unreachable.
std::vector<Vertex> shortest_path(const KnowledgeGraph& g, Vertex a, Vertex b,
                                  bool directed = false);

// Vertices within `depth` hops of `center` (undirected), with their distance.
struct Neighbor {
  Vertex vertex;
  int distance;
};
std::vector<Neighbor> neighborhood(const KnowledgeGraph& g, Vertex center, int depth);

}  // namespace kg
