#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <numeric>
#include <span>
#include <vector>

#include "kg/analytics.h"

namespace kg {
namespace {

using Id = std::uint32_t;
constexpr Id kNone = std::numeric_limits<Id>::max();

// The weighted undirected graph Louvain works on, in compressed sparse rows:
// row v lists v's distinct neighbours w != v with the summed weight of the
// edges joining them (every edge in both rows). `self[v]` is A_vv, twice the
// weight of v's self loops; strength[v] = sum of row v + self[v].
struct WeightedGraph {
  std::vector<std::size_t> offsets;  // size n + 1
  std::vector<Id> targets;
  std::vector<double> weights;
  std::vector<double> self;
  std::vector<double> strength;

  std::size_t size() const { return self.size(); }
};

// Sums the entries of each row with the same target, in place: the first
// occurrence of a target keeps its place and takes the weights of the later
// ones. `slot` (size n, all kNone on entry and on return) maps a target to
// its position in the row being merged.
void merge_rows(WeightedGraph& graph, std::vector<std::size_t>& slot) {
  const std::size_t n = graph.size();
  std::size_t write = 0;
  std::size_t begin = 0;
  for (std::size_t v = 0; v < n; ++v) {
    const std::size_t end = graph.offsets[v + 1];
    const std::size_t row_start = write;
    for (std::size_t i = begin; i < end; ++i) {
      const Id w = graph.targets[i];
      if (slot[w] != kNone) {
        graph.weights[slot[w]] += graph.weights[i];
        continue;
      }
      slot[w] = write;
      graph.targets[write] = w;
      graph.weights[write] = graph.weights[i];
      ++write;
    }
    double strength = graph.self[v];
    for (std::size_t i = row_start; i < write; ++i) {
      slot[graph.targets[i]] = kNone;
      strength += graph.weights[i];
    }
    graph.strength[v] = strength;
    graph.offsets[v] = row_start;
    begin = end;
  }
  graph.offsets[n] = write;
  graph.targets.resize(write);
  graph.weights.resize(write);
}

// Rows for `n` vertices from the edges that for_each_edge(add) hands to
// add(u, v, weight), each undirected edge once: a counting sort by row (so
// for_each_edge runs twice: counting, then filling), then merge_rows. An
// edge u == v adds 2 * weight to self[u].
template <typename ForEachEdge>
WeightedGraph build_graph(std::size_t n, ForEachEdge for_each_edge,
                          std::vector<std::size_t>& slot) {
  WeightedGraph graph;
  graph.offsets.assign(n + 1, 0);
  graph.self.assign(n, 0.0);
  graph.strength.assign(n, 0.0);
  for_each_edge([&](Id u, Id v, double) {
    if (u == v) return;
    ++graph.offsets[u + 1];
    ++graph.offsets[v + 1];
  });
  std::size_t total = 0;
  for (std::size_t v = 1; v <= n; ++v) {
    const std::size_t count = graph.offsets[v];
    graph.offsets[v] = total;
    total += count;
  }
  graph.targets.resize(total);
  graph.weights.resize(total);
  for_each_edge([&](Id u, Id v, double w) {
    if (u == v) {
      graph.self[u] += 2.0 * w;
      return;
    }
    const std::size_t a = graph.offsets[u + 1]++;
    graph.targets[a] = v;
    graph.weights[a] = w;
    const std::size_t b = graph.offsets[v + 1]++;
    graph.targets[b] = u;
    graph.weights[b] = w;
  });
  // offsets[v + 1] is now the end of row v, offsets[0] == 0.
  merge_rows(graph, slot);
  return graph;
}

// SplitMix64: a fixed, portable generator (the standard distributions are
// implementation-defined, so they are not used).
class Random {
 public:
  explicit Random(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next() {
    state_ += 0x9e3779b97f4a7c15ULL;
    std::uint64_t z = state_;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  // Fisher-Yates, drawing each index by the remainder of a 64-bit number
  // (a bias below n / 2^64).
  void shuffle(std::vector<Id>& items) {
    for (std::size_t i = items.size(); i > 1; --i) {
      const auto j = static_cast<std::size_t>(next() % i);
      std::swap(items[i - 1], items[j]);
    }
  }

 private:
  std::uint64_t state_;
};

// The scratch arrays of local moving, sized for the level-0 graph and reused
// at every level (nothing is allocated per move).
struct Workspace {
  std::vector<double> link;   // per community: weight from the vertex in hand
  std::vector<Id> touched;    // communities with link set, to reset
  std::vector<double> total;  // per community: sum of strengths
  std::vector<Id> queue;      // circular, holds each vertex at most once
  std::vector<char> queued;   // per vertex
  std::vector<Id> order;      // the random visiting order
  std::vector<std::size_t> slot;
};

// Louvain's local moving, with a queue (the "fast local move" of Leiden):
// every vertex once in random order, then the neighbours of moved vertices
// outside their new community, until the queue is empty. A vertex moves to
// the neighbouring community of largest gain when that beats staying by more
// than a rounding margin; ties keep the first community met in its row.
// Returns whether any vertex moved.
bool move_vertices(const WeightedGraph& graph, std::vector<Id>& community, double resolution,
                   double two_m, Random& random, Workspace& work) {
  const std::size_t n = graph.size();
  work.order.resize(n);
  std::iota(work.order.begin(), work.order.end(), Id{0});
  random.shuffle(work.order);
  std::fill(work.total.begin(), work.total.begin() + static_cast<std::ptrdiff_t>(n), 0.0);
  for (std::size_t v = 0; v < n; ++v) work.total[community[v]] += graph.strength[v];
  std::copy(work.order.begin(), work.order.end(), work.queue.begin());
  std::fill(work.queued.begin(), work.queued.begin() + static_cast<std::ptrdiff_t>(n), 1);
  std::size_t head = 0;
  std::size_t pending = n;
  const double scale = resolution / two_m;
  bool moved = false;
  while (pending > 0) {
    const Id v = work.queue[head];
    head = head + 1 == n ? 0 : head + 1;
    --pending;
    work.queued[v] = 0;
    const Id current = community[v];
    const double k = graph.strength[v];
    work.total[current] -= k;
    work.link[current] = 0.0;
    work.touched.push_back(current);
    for (std::size_t i = graph.offsets[v]; i < graph.offsets[v + 1]; ++i) {
      const Id c = community[graph.targets[i]];
      if (work.link[c] < 0.0) {
        work.link[c] = 0.0;
        work.touched.push_back(c);
      }
      work.link[c] += graph.weights[i];
    }
    Id best = current;
    double best_gain = work.link[current] - scale * k * work.total[current];
    const double stay = best_gain;
    for (const Id c : work.touched) {
      const double gain = work.link[c] - scale * k * work.total[c];
      if (gain > best_gain) {
        best = c;
        best_gain = gain;
      }
    }
    if (best_gain <= stay + 1e-12 * k) best = current;
    for (const Id c : work.touched) work.link[c] = -1.0;
    work.touched.clear();
    work.total[best] += k;
    if (best == current) continue;
    community[v] = best;
    moved = true;
    for (std::size_t i = graph.offsets[v]; i < graph.offsets[v + 1]; ++i) {
      const Id w = graph.targets[i];
      if (work.queued[w] || community[w] == best) continue;
      work.queued[w] = 1;
      const std::size_t tail = head + pending < n ? head + pending : head + pending - n;
      work.queue[tail] = w;
      ++pending;
    }
  }
  return moved;
}

// Renumbers `community` (ids below its size) to 0..count-1 in order of first
// appearance by vertex; returns count. `slot` is all kNone on entry and on
// return.
std::size_t renumber(std::vector<Id>& community, std::vector<std::size_t>& slot) {
  std::size_t count = 0;
  for (Id& c : community) {
    if (slot[c] == kNone) slot[c] = count++;
    c = static_cast<Id>(slot[c]);
  }
  std::fill(slot.begin(), slot.begin() + static_cast<std::ptrdiff_t>(community.size()), kNone);
  return count;
}

// The graph whose vertices are the communities of `graph`: edges inside a
// community become its self loop, edges between two add up.
WeightedGraph aggregate(const WeightedGraph& graph, const std::vector<Id>& community,
                        std::size_t count, std::vector<std::size_t>& slot) {
  const std::size_t n = graph.size();
  WeightedGraph result = build_graph(
      count,
      [&](auto&& add) {
        for (std::size_t v = 0; v < n; ++v) {
          const Id c = community[v];
          // Self loops carry A_vv = 2w; add() doubles, so pass half (exact).
          if (graph.self[v] != 0.0) add(c, c, 0.5 * graph.self[v]);
          for (std::size_t i = graph.offsets[v]; i < graph.offsets[v + 1]; ++i) {
            const Id w = graph.targets[i];
            // Each edge is in two rows: take it from the lower end only.
            if (w < v) continue;
            add(c, community[w], graph.weights[i]);
          }
        }
      },
      slot);
  return result;
}

// Q of a partition of `graph` (ids below n).
double modularity_of(const WeightedGraph& graph, const std::vector<Id>& community,
                     double resolution, double two_m) {
  const std::size_t n = graph.size();
  std::vector<double> inside(n, 0.0);
  std::vector<double> total(n, 0.0);
  for (std::size_t v = 0; v < n; ++v) {
    const Id c = community[v];
    total[c] += graph.strength[v];
    inside[c] += graph.self[v];
    for (std::size_t i = graph.offsets[v]; i < graph.offsets[v + 1]; ++i) {
      if (community[graph.targets[i]] == c) inside[c] += graph.weights[i];
    }
  }
  double q = 0.0;
  for (std::size_t c = 0; c < n; ++c) {
    const double share = total[c] / two_m;
    q += inside[c] / two_m - resolution * share * share;
  }
  return q;
}

// Numbers communities by decreasing size, ties by lowest vertex.
Communities number_by_size(const std::vector<Id>& community, std::size_t count) {
  const std::size_t n = community.size();
  std::vector<std::size_t> size(count, 0);
  std::vector<Id> lowest(count, kNone);
  for (std::size_t v = 0; v < n; ++v) {
    const Id c = community[v];
    ++size[c];
    if (lowest[c] == kNone) lowest[c] = static_cast<Id>(v);
  }
  std::vector<Id> ids(count);
  std::iota(ids.begin(), ids.end(), Id{0});
  std::sort(ids.begin(), ids.end(), [&](Id a, Id b) {
    if (size[a] != size[b]) return size[a] > size[b];
    return lowest[a] < lowest[b];
  });
  std::vector<int> rank(count, 0);
  for (std::size_t i = 0; i < count; ++i) rank[ids[i]] = static_cast<int>(i);
  Communities result;
  result.count = static_cast<int>(count);
  result.membership.resize(n);
  for (std::size_t v = 0; v < n; ++v) result.membership[v] = rank[community[v]];
  return result;
}

}  // namespace

Communities detect_communities(const KnowledgeGraph& g, const CommunityOptions& options) {
  const std::size_t n = g.entity_count();
  const double resolution = options.resolution > 0.0 ? options.resolution : 1.0;
  Workspace work;
  work.slot.assign(n, kNone);
  const std::span<const RelationEnds> ends = g.relation_ends();
  const WeightedGraph base = build_graph(
      n,
      [&](auto&& add) {
        for (const RelationEnds& e : ends) add(e.source, e.target, 1.0);
      },
      work.slot);
  double two_m = 0.0;
  for (const double k : base.strength) two_m += k;

  std::vector<Id> membership(n);
  std::iota(membership.begin(), membership.end(), Id{0});
  if (two_m <= 0.0) return number_by_size(membership, n);
  work.link.assign(n, -1.0);
  work.total.assign(n, 0.0);
  work.queue.assign(n, 0);
  work.queued.assign(n, 0);
  Random random(options.seed);

  // Level after level: move, then merge each community into one vertex.
  WeightedGraph level = base;
  std::vector<Id> community(n);
  while (true) {
    community.resize(level.size());
    std::iota(community.begin(), community.end(), Id{0});
    if (!move_vertices(level, community, resolution, two_m, random, work)) break;
    const std::size_t count = renumber(community, work.slot);
    for (Id& c : membership) c = community[c];
    if (count == level.size()) break;
    level = aggregate(level, community, count, work.slot);
  }
  // Refinement: single entities between the final communities.
  move_vertices(base, membership, resolution, two_m, random, work);
  const std::size_t count = renumber(membership, work.slot);
  Communities result = number_by_size(membership, count);
  result.modularity = modularity_of(base, membership, resolution, two_m);
  return result;
}

std::vector<std::vector<Vertex>> community_members(const Communities& communities,
                                                   const std::vector<double>& scores,
                                                   std::size_t limit) {
  std::vector<std::vector<Vertex>> members(static_cast<std::size_t>(communities.count));
  for (std::size_t v = 0; v < communities.membership.size(); ++v) {
    const int c = communities.membership[v];
    if (c >= 0 && c < communities.count) members[static_cast<std::size_t>(c)].push_back(v);
  }
  // NaN and missing scores rank last (a NaN would break the ordering).
  const auto score = [&scores](Vertex v) {
    const double x = v < scores.size() ? scores[v] : -std::numeric_limits<double>::infinity();
    return std::isnan(x) ? -std::numeric_limits<double>::infinity() : x;
  };
  const auto before = [&score](Vertex a, Vertex b) {
    const double x = score(a);
    const double y = score(b);
    if (x != y) return x > y;
    return a < b;
  };
  for (std::vector<Vertex>& list : members) {
    const std::size_t keep = limit == 0 ? list.size() : std::min(limit, list.size());
    const auto middle = list.begin() + static_cast<std::ptrdiff_t>(keep);
    std::partial_sort(list.begin(), middle, list.end(), before);
    list.erase(middle, list.end());
  }
  return members;
}

}  // namespace kg
