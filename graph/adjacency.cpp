#include "graph/adjacency.h"

namespace kg {

Adjacency build_adjacency(const KnowledgeGraph& g, EdgeDirection direction) {
  const Graph& graph = g.graph();
  const std::size_t n = boost::num_vertices(graph);
  const bool out = direction != EdgeDirection::kIn;
  const bool in = direction != EdgeDirection::kOut;
  Adjacency adj;
  adj.offsets.assign(n + 1, 0);

  // Room for every relation of each row; loops and repeats leave gaps that the
  // compaction below closes.
  for (std::size_t v = 0; v < n; ++v) {
    std::size_t room = 0;
    if (out) room += boost::out_degree(v, graph);
    if (in) room += boost::in_degree(v, graph);
    adj.offsets[v + 1] = adj.offsets[v] + room;
  }
  adj.targets.resize(adj.offsets[n]);
  std::vector<std::size_t> end(adj.offsets.begin(), adj.offsets.end() - 1);

  // Row v receives w when w is visited, and w visits in ascending order: every
  // row comes out sorted and a repeated neighbour is always the row's last
  // entry, so no sorting is needed. A relation v -> w puts w in row v (kOut:
  // w's in-edges) and v in row w (kIn: v's out-edges).
  auto append = [&adj, &end](std::size_t row, std::size_t w) {
    if (row == w) return;  // self loop
    if (end[row] > adj.offsets[row] && adj.targets[end[row] - 1] == w) return;
    adj.targets[end[row]++] = static_cast<std::uint32_t>(w);
  };
  for (std::size_t w = 0; w < n; ++w) {
    if (out) {
      for (auto [e, last] = boost::in_edges(w, graph); e != last; ++e) {
        append(boost::source(*e, graph), w);
      }
    }
    if (in) {
      for (auto [e, last] = boost::out_edges(w, graph); e != last; ++e) {
        append(boost::target(*e, graph), w);
      }
    }
  }

  // Compact the rows in place (each moves left or stays).
  std::size_t write = 0;
  for (std::size_t v = 0; v < n; ++v) {
    const std::size_t begin = adj.offsets[v];
    adj.offsets[v] = write;
    for (std::size_t i = begin; i < end[v]; ++i) adj.targets[write++] = adj.targets[i];
  }
  adj.offsets[n] = write;
  adj.targets.resize(write);
  return adj;
}

}  // namespace kg
