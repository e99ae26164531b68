#include "graph/adjacency.h"

#include <algorithm>
#include <limits>

namespace kg {
namespace {

// Sorts row[0, size). Rows are short (news graphs have a handful of relations
// per entity), so insertion sort beats std::sort below 32 entries.
void sort_row(std::uint32_t* row, std::size_t size) {
  if (size > 32) {
    std::sort(row, row + size);
    return;
  }
  for (std::size_t i = 1; i < size; ++i) {
    const std::uint32_t x = row[i];
    std::size_t j = i;
    for (; j > 0 && row[j - 1] > x; --j) row[j] = row[j - 1];
    row[j] = x;
  }
}

}  // namespace

Adjacency build_adjacency(const KnowledgeGraph& g, EdgeDirection direction, RowOrder order) {
  const std::size_t n = g.entity_count();
  const std::span<const RelationEnds> ends = g.relation_ends();
  const bool out = direction != EdgeDirection::kIn;
  const bool in = direction != EdgeDirection::kOut;
  Adjacency adj;
  std::vector<std::size_t>& offsets = adj.offsets;
  offsets.assign(n + 1, 0);

  // A counting sort of the relation ends by row, over the flat relation list
  // (read twice, in order; loops dropped): offsets[v + 1] counts row v, the
  // prefix sums make offsets[v + 1] the start of row v, and filling advances
  // it to the row's end, which is the start of row v + 1.
  for (const RelationEnds& e : ends) {
    if (e.source == e.target) continue;
    if (out) ++offsets[e.source + 1];
    if (in) ++offsets[e.target + 1];
  }
  std::size_t total = 0;
  for (std::size_t v = 1; v <= n; ++v) {
    const std::size_t count = offsets[v];
    offsets[v] = total;
    total += count;
  }
  adj.targets.resize(total);
  std::uint32_t* targets = adj.targets.data();
  for (const RelationEnds& e : ends) {
    if (e.source == e.target) continue;
    if (out) targets[offsets[e.source + 1]++] = e.target;
    if (in) targets[offsets[e.target + 1]++] = e.source;
  }

  // Each row's distinct entries are copied left to the end of the rows done
  // so far (a row only ever moves left). kAscending sorts the row where it
  // lies first, so repeats are adjacent; kAsAdded keeps the first of each
  // neighbour, found with a mark per vertex (no sort, no mispredicted
  // compares: the usual case is a row of a handful of distinct entries).
  std::vector<std::uint32_t> last_row;  // kAsAdded: per vertex, the last row it was seen in
  if (order == RowOrder::kAsAdded) last_row.assign(n, std::numeric_limits<std::uint32_t>::max());
  std::size_t begin = 0;
  for (std::size_t v = 0; v < n; ++v) {
    const std::size_t row_end = offsets[v + 1];
    std::uint32_t* row = targets + begin;
    const std::size_t size = row_end - begin;
    std::size_t write = offsets[v];
    if (order == RowOrder::kAsAdded) {
      const auto row_id = static_cast<std::uint32_t>(v);
      for (std::size_t i = 0; i < size; ++i) {
        const std::uint32_t w = row[i];
        targets[write] = w;
        write += last_row[w] != row_id ? 1 : 0;
        last_row[w] = row_id;
      }
    } else {
      sort_row(row, size);
      for (std::size_t i = 0; i < size; ++i) {
        if (i > 0 && row[i] == row[i - 1]) continue;
        targets[write++] = row[i];
      }
    }
    begin = row_end;
    offsets[v + 1] = write;
  }
  adj.targets.resize(offsets[n]);
  return adj;
}

}  // namespace kg
