#include "graph/adjacency.h"

#include <algorithm>

namespace kg {
namespace {

// Sorts row[0, size) (a row's neighbours in relation order) and drops
// repeats; returns the new size. Rows are short (news graphs have a handful of
// relations per entity), so insertion sort beats std::sort below 32 entries.
std::size_t sort_row(std::uint32_t* row, std::size_t size) {
  if (size <= 32) {
    for (std::size_t i = 1; i < size; ++i) {
      const std::uint32_t x = row[i];
      std::size_t j = i;
      for (; j > 0 && row[j - 1] > x; --j) row[j] = row[j - 1];
      row[j] = x;
    }
  } else {
    std::sort(row, row + size);
  }
  std::size_t kept = 0;
  for (std::size_t i = 0; i < size; ++i) {
    if (kept > 0 && row[kept - 1] == row[i]) continue;
    row[kept++] = row[i];
  }
  return kept;
}

}  // namespace

Adjacency build_adjacency(const KnowledgeGraph& g, EdgeDirection direction) {
  const std::size_t n = g.entity_count();
  const std::span<const RelationEnds> ends = g.relation_ends();
  const bool out = direction != EdgeDirection::kIn;
  const bool in = direction != EdgeDirection::kOut;
  Adjacency adj;
  adj.offsets.assign(n + 1, 0);

  // Counting sort of the relation ends by row (the flat edge list is read
  // twice, in order; loops are dropped here), ...
  for (const RelationEnds& e : ends) {
    if (e.source == e.target) continue;
    if (out) ++adj.offsets[e.source + 1];
    if (in) ++adj.offsets[e.target + 1];
  }
  for (std::size_t v = 0; v < n; ++v) adj.offsets[v + 1] += adj.offsets[v];
  adj.targets.resize(adj.offsets[n]);
  std::vector<std::size_t> fill(adj.offsets.begin(), adj.offsets.end() - 1);
  std::uint32_t* targets = adj.targets.data();
  for (const RelationEnds& e : ends) {
    if (e.source == e.target) continue;
    if (out) targets[fill[e.source]++] = e.target;
    if (in) targets[fill[e.target]++] = e.source;
  }

  // ... then each row sorted and its repeats dropped, compacted in place (a
  // row only ever moves left, onto rows already done).
  std::size_t end = 0;
  for (std::size_t v = 0; v < n; ++v) {
    const std::size_t begin = adj.offsets[v];
    const std::size_t size = adj.offsets[v + 1] - begin;
    adj.offsets[v] = end;
    std::uint32_t* row = targets + end;
    if (begin != end) std::copy(targets + begin, targets + begin + size, row);
    end += sort_row(row, size);
  }
  adj.offsets[n] = end;
  adj.targets.resize(end);
  return adj;
}

}  // namespace kg
