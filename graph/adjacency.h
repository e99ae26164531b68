// Adjacency: a compressed-sparse-row snapshot of a KnowledgeGraph's simple
// projection (self loops dropped, parallel relations counted once), built once
// per analytics call so the inner loops touch flat arrays only. It is built
// from KnowledgeGraph::relation_ends() by a counting sort: O(n + m) time,
// two sequential passes over the relations, and no pointer chasing through
// the Boost adjacency lists.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "kg/graph.h"

namespace kg {

enum class EdgeDirection {
  kOut,   // v -> w for every relation v -> w
  kIn,    // v -> w for every relation w -> v
  kBoth,  // the undirected projection
};

struct Adjacency {
  std::vector<std::size_t> offsets;    // size n + 1
  std::vector<std::uint32_t> targets;  // neighbours of v: [offsets[v], offsets[v+1])

  std::size_t size() const { return offsets.empty() ? 0 : offsets.size() - 1; }
  std::span<const std::uint32_t> neighbors(std::size_t v) const {
    return {targets.data() + offsets[v], offsets[v + 1] - offsets[v]};
  }
  std::size_t degree(std::size_t v) const { return offsets[v + 1] - offsets[v]; }
};

enum class RowOrder {
  kAscending,  // each row sorted by vertex number (paths: lowest numbers first)
  kAsAdded,    // each row in the order the relations were added; no sort, so
               // faster, for answers that do not depend on the order
};

Adjacency build_adjacency(const KnowledgeGraph& g, EdgeDirection direction,
                          RowOrder order = RowOrder::kAscending);

}  // namespace kg
