#include "graph/paths.h"

#include <algorithm>
#include <cstdint>

#include "graph/adjacency.h"

namespace kg {

std::vector<int> connected_components(const KnowledgeGraph& g, int* count) {
  // Components are numbered by their lowest vertex whatever the row order.
  const Adjacency adj = build_adjacency(g, EdgeDirection::kBoth, RowOrder::kAsAdded);
  const std::size_t n = adj.size();
  std::vector<int> component(n, -1);
  std::vector<std::uint32_t> queue;
  queue.reserve(n);
  int next_id = 0;
  for (std::size_t root = 0; root < n; ++root) {
    if (component[root] >= 0) continue;
    component[root] = next_id;
    queue.assign(1, static_cast<std::uint32_t>(root));
    for (std::size_t head = 0; head < queue.size(); ++head) {
      for (std::uint32_t w : adj.neighbors(queue[head])) {
        if (component[w] >= 0) continue;
        component[w] = next_id;
        queue.push_back(w);
      }
    }
    ++next_id;
  }
  if (count != nullptr) *count = next_id;
  return component;
}

std::vector<Vertex> shortest_path(const KnowledgeGraph& g, Vertex a, Vertex b, bool directed) {
  const std::size_t n = g.entity_count();
  if (a >= n || b >= n) return {};
  if (a == b) return {a};
  const Adjacency adj = build_adjacency(g, directed ? EdgeDirection::kOut : EdgeDirection::kBoth);
  constexpr std::uint32_t kUnseen = UINT32_MAX;
  std::vector<std::uint32_t> parent(n, kUnseen);
  std::vector<std::uint32_t> queue{static_cast<std::uint32_t>(a)};
  parent[a] = static_cast<std::uint32_t>(a);
  for (std::size_t head = 0; head < queue.size() && parent[b] == kUnseen; ++head) {
    for (std::uint32_t w : adj.neighbors(queue[head])) {
      if (parent[w] != kUnseen) continue;
      parent[w] = queue[head];
      queue.push_back(w);
    }
  }
  if (parent[b] == kUnseen) return {};
  std::vector<Vertex> path{b};
  for (Vertex v = b; v != a;) {
    v = parent[v];
    path.push_back(v);
  }
  std::reverse(path.begin(), path.end());
  return path;
}

std::vector<Neighbor> neighborhood(const KnowledgeGraph& g, Vertex center, int depth) {
  const std::size_t n = g.entity_count();
  if (center >= n || depth < 0) return {};
  const Adjacency adj = build_adjacency(g, EdgeDirection::kBoth);
  std::vector<int> dist(n, -1);
  std::vector<Neighbor> found{{center, 0}};
  dist[center] = 0;
  for (std::size_t head = 0; head < found.size(); ++head) {
    const Neighbor current = found[head];
    if (current.distance >= depth) continue;
    for (std::uint32_t w : adj.neighbors(current.vertex)) {
      if (dist[w] >= 0) continue;
      dist[w] = current.distance + 1;
      found.push_back({w, dist[w]});
    }
  }
  return found;
}

}  // namespace kg
