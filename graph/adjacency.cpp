#include "graph/adjacency.h"

#include <algorithm>

namespace kg {

Adjacency build_adjacency(const KnowledgeGraph& g, EdgeDirection direction) {
  const Graph& graph = g.graph();
  const std::size_t n = boost::num_vertices(graph);
  Adjacency adj;
  adj.offsets.assign(n + 1, 0);
  const bool out = direction != EdgeDirection::kIn;
  const bool in = direction != EdgeDirection::kOut;

  // Counting pass, then fill: offsets[v + 1] counts v's entries.
  for (auto [it, end] = boost::edges(graph); it != end; ++it) {
    const std::size_t s = boost::source(*it, graph);
    const std::size_t t = boost::target(*it, graph);
    if (s == t) continue;
    if (out) ++adj.offsets[s + 1];
    if (in) ++adj.offsets[t + 1];
  }
  for (std::size_t v = 0; v < n; ++v) adj.offsets[v + 1] += adj.offsets[v];
  adj.targets.resize(adj.offsets[n]);
  std::vector<std::size_t> cursor(adj.offsets.begin(), adj.offsets.end() - 1);
  for (auto [it, end] = boost::edges(graph); it != end; ++it) {
    const std::size_t s = boost::source(*it, graph);
    const std::size_t t = boost::target(*it, graph);
    if (s == t) continue;
    if (out) adj.targets[cursor[s]++] = static_cast<std::uint32_t>(t);
    if (in) adj.targets[cursor[t]++] = static_cast<std::uint32_t>(s);
  }

  // Sort each row, drop duplicates and compact in place.
  std::size_t write = 0;
  std::size_t row_begin = 0;
  for (std::size_t v = 0; v < n; ++v) {
    const std::size_t row_end = adj.offsets[v + 1];
    auto first = adj.targets.begin() + static_cast<std::ptrdiff_t>(row_begin);
    auto last = adj.targets.begin() + static_cast<std::ptrdiff_t>(row_end);
    std::sort(first, last);
    last = std::unique(first, last);
    adj.offsets[v] = write;
    for (auto it = first; it != last; ++it) adj.targets[write++] = *it;
    row_begin = row_end;
  }
  adj.offsets[n] = write;
  adj.targets.resize(write);
  adj.targets.shrink_to_fit();
  return adj;
}

}  // namespace kg
