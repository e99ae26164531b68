#include <algorithm>
#include <cstdint>

#include "graph/adjacency.h"
#include "kg/analytics.h"

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

std::vector<RelationLink> relations_between(const KnowledgeGraph& g, Vertex a, Vertex b) {
  std::vector<RelationLink> out;
  if (a >= g.entity_count() || b >= g.entity_count()) return out;
  for (auto [e, end] = boost::out_edges(a, g.graph()); e != end; ++e)
    if (boost::target(*e, g.graph()) == b) out.push_back({*e, true});
  for (auto [e, end] = boost::in_edges(a, g.graph()); e != end; ++e)
    if (boost::source(*e, g.graph()) == b) out.push_back({*e, false});
  return out;
}

std::vector<RelationLink> path_relations(const KnowledgeGraph& g, const std::vector<Vertex>& path) {
  std::vector<RelationLink> out;
  for (std::size_t i = 1; i < path.size(); ++i) {
    if (path[i - 1] >= g.entity_count() || path[i] >= g.entity_count()) continue;
    if (auto [edge, found] = boost::edge(path[i - 1], path[i], g.graph()); found) {
      out.push_back({edge, true});
    } else if (auto [back, back_found] = boost::edge(path[i], path[i - 1], g.graph()); back_found) {
      out.push_back({back, false});
    }
  }
  return out;
}

std::vector<Component> components_by_size(const KnowledgeGraph& g) {
  int count = 0;
  const std::vector<int> id = connected_components(g, &count);
  const std::vector<double> degree = centrality(g, Centrality::kDegree);
  std::vector<Component> out(static_cast<std::size_t>(count));
  for (Vertex v = 0; v < id.size(); ++v) {
    Component& c = out[static_cast<std::size_t>(id[v])];
    if (c.members.empty() || degree[v] > degree[c.representative]) c.representative = v;
    c.members.push_back(v);
  }
  // Ids follow each component's lowest vertex, so a stable sort by size keeps
  // that order among equals.
  std::stable_sort(out.begin(), out.end(), [](const Component& a, const Component& b) {
    return a.members.size() > b.members.size();
  });
  return out;
}

}  // namespace kg
