#include "render/collapse.h"

#include <algorithm>
#include <limits>
#include <vector>

namespace kg::render {
namespace {

constexpr Vertex kNoHub = std::numeric_limits<Vertex>::max();
constexpr Vertex kManyHubs = kNoHub - 1;

}  // namespace

void collapse_leaves(const KnowledgeGraph& g, DrawSelection& selection, std::size_t min_leaves) {
  if (min_leaves < 2) return;
  const Graph& graph = g.graph();
  // The one neighbour of each selected vertex, kNoHub when it has none,
  // kManyHubs when it has several.
  std::vector<Vertex> only_neighbor(g.entity_count(), kNoHub);
  auto note = [&](Vertex v, Vertex w) {
    if (only_neighbor[v] == kNoHub) {
      only_neighbor[v] = w;
    } else if (only_neighbor[v] != w) {
      only_neighbor[v] = kManyHubs;
    }
  };
  for (const Edge e : selection.edges) {
    const Vertex s = boost::source(e, graph);
    const Vertex t = boost::target(e, graph);
    if (s == t) continue;
    note(s, t);
    note(t, s);
  }
  auto hub_of = [&](Vertex v) -> Vertex {
    const Vertex hub = only_neighbor[v];
    if (hub == kNoHub || hub == kManyHubs) return kNoHub;
    if (only_neighbor[hub] == v) return kNoHub;  // an isolated pair
    return hub;
  };

  std::vector<std::vector<Vertex>> leaves_of(g.entity_count());
  for (const Vertex v : selection.vertices) {
    const Vertex hub = hub_of(v);
    if (hub != kNoHub) leaves_of[hub].push_back(v);
  }
  std::vector<bool> removed(g.entity_count(), false);
  std::vector<LeafGroup> groups;
  for (Vertex hub = 0; hub < leaves_of.size(); ++hub) {
    if (leaves_of[hub].size() < min_leaves) continue;
    for (const Vertex leaf : leaves_of[hub]) removed[leaf] = true;
    groups.push_back({hub, std::move(leaves_of[hub])});
  }
  if (groups.empty()) return;

  std::erase_if(selection.vertices, [&](Vertex v) { return removed[v]; });
  std::erase_if(selection.edges, [&](Edge e) {
    return removed[boost::source(e, graph)] || removed[boost::target(e, graph)];
  });
  selection.collapsed.insert(selection.collapsed.end(), groups.begin(), groups.end());
  std::sort(selection.collapsed.begin(), selection.collapsed.end(),
            [](const LeafGroup& a, const LeafGroup& b) { return a.hub < b.hub; });
}

}  // namespace kg::render
