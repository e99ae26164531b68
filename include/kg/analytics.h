// Questions about a KnowledgeGraph: centrality measures, connected
// components, communities, shortest paths, neighbourhoods, and the relations
// joining two entities.
//
// By default relations are treated as undirected (who is connected to whom);
// `directed` follows edge direction. Parallel relations between the same two
// entities count once and self loops are ignored (communities excepted: they
// weigh them, see detect_communities). Every measure is defined on
// disconnected graphs and on graphs of 0, 1 or 2 vertices. Results are indexed
// by vertex. Reachability is breadth-first search on the simple projection;
// out-of-range vertices give empty results.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "kg/graph.h"

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

// A relation seen from one of its ends: `outgoing` when it points away.
struct RelationLink {
  Edge edge;
  bool outgoing = true;
};

// Every relation between `a` and `b` as seen from `a`: its out-relations to
// `b` first, then its in-relations from `b`, each in the order added.
std::vector<RelationLink> relations_between(const KnowledgeGraph& g, Vertex a, Vertex b);

// The relation taken at each step of `path` (consecutive vertices, as
// shortest_path returns): one from path[i] to path[i + 1] when there is one,
// else one from path[i + 1] to path[i] (outgoing false). Steps whose two
// vertices are not joined are left out.
std::vector<RelationLink> path_relations(const KnowledgeGraph& g, const std::vector<Vertex>& path);

// A connected component with its size and its entity of highest degree
// (the lowest vertex among equals) as a representative.
struct Component {
  std::vector<Vertex> members;  // ascending
  Vertex representative = 0;
};

// The connected components, largest first (ties: the one holding the lowest
// vertex first).
std::vector<Component> components_by_size(const KnowledgeGraph& g);

struct CommunityOptions {
  std::uint64_t seed = 42;  // the same graph and seed give the same partition
  double resolution = 1.0;  // gamma > 0: above 1 more, smaller communities
};

// A partition of the entities into communities.
struct Communities {
  // Community per vertex, 0..count-1, numbered by decreasing size (ties: the
  // community holding the lowest vertex first).
  std::vector<int> membership;
  int count = 0;
  // Newman's modularity of the partition with the resolution used:
  // Q = sum over communities c of in_c / 2m - resolution * (tot_c / 2m)^2.
  double modularity = 0.0;
};

// Communities by Louvain modularity optimisation on the undirected weighted
// projection: each relation between two distinct entities adds 1 to the
// weight of their pair (parallel relations add up, direction is ignored); a
// relation from an entity to itself is a self loop of weight 1, which counts
// 2 in its entity's strength and in in_c (the convention of igraph and
// networkx); 2m is the sum of the strengths. Vertices are moved in a seeded
// random order (no std::shuffle: a fixed PRNG and a shuffle of our own, so
// the result is the same on every machine) until no move raises the
// modularity, communities are merged into vertices, and again, level after
// level, until a level moves nothing; a last pass moves single entities
// between the final communities. Entities without relations are communities
// of their own. A graph without relations gives one community per entity and
// modularity 0; an empty graph gives count 0. The resolution must be > 0
// (otherwise 1 is used).
Communities detect_communities(const KnowledgeGraph& g, const CommunityOptions& options = {});

// The members of each community (indexed by community number), highest
// `scores` first (a centrality per vertex; NaN and missing scores last;
// ties: lower vertex first), at most `limit` of each (0: all).
std::vector<std::vector<Vertex>> community_members(const Communities& communities,
                                                   const std::vector<double>& scores,
                                                   std::size_t limit = 0);

}  // namespace kg
