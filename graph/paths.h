// Reachability queries over a KnowledgeGraph: components, shortest paths and
// k-hop neighbourhoods, all by breadth-first search on the simple projection.
// Out-of-range vertices give empty results.
#pragma once

#include <vector>

#include "graph/knowledge_graph.h"

namespace kg {

// Component id per vertex (weakly connected when the graph is directed), ids
// numbered 0.. in order of each component's lowest vertex. `count`, when
// given, receives the number of components.
std::vector<int> connected_components(const KnowledgeGraph& g, int* count = nullptr);

// A shortest path from a to b (vertices in order, a first), following edges in
// both directions unless `directed`. Empty when b is unreachable; {a} when
// a == b. Among equal-length paths, the one through lower vertex ids.
std::vector<Vertex> shortest_path(const KnowledgeGraph& g, Vertex a, Vertex b,
                                  bool directed = false);

// Vertices within `depth` hops of `center` (undirected), with their distance,
// the center first (distance 0), then in breadth-first order.
struct Neighbor {
  Vertex vertex;
  int distance;
};
std::vector<Neighbor> neighborhood(const KnowledgeGraph& g, Vertex center, int depth);

}  // namespace kg
