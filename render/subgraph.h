// Chooses what part of a KnowledgeGraph to draw from the render options.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "kg/graph.h"
#include "kg/render.h"
#include "kg/status.h"

namespace kg::render {

// Leaves of `hub` drawn as one "+N more" node (see collapse.h).
struct LeafGroup {
  Vertex hub;
  std::vector<Vertex> leaves;  // ascending
};

struct DrawSelection {
  std::vector<Vertex> vertices;      // ascending vertex order
  std::vector<Edge> edges;           // every relation whose two ends are selected
  std::vector<LeafGroup> collapsed;  // ascending hub order; hubs are in `vertices`
  std::optional<Vertex> focus;       // the focus entity, when options.focus
  std::size_t hidden_isolated = 0;   // entities left out for having no relation
};

// Selection rules, applied in this order:
//   - focus: the entity found by KnowledgeGraph::find and everything within
//     `depth` hops of it (relations followed in both directions);
//     otherwise every entity;
//   - top > 0: of those, the `top` best by `scores` (ties by name, as
//     kg::top_entities); the focus entity always stays and counts towards N.
//     With empty `scores`, degree centrality ranks them.
//   - unless options.isolated: entities with no relation to another kept
//     entity (self loops do not count) are dropped and counted in
//     hidden_isolated; the focus entity always stays. So --top N draws at
//     most N entities, each with an edge inside the drawing.
//   - collapse_leaves > 0: collapse_leaves() of what is left (collapse.h).
// Errors: NotFound naming the focus when find fails (unknown or ambiguous);
// InvalidArgument for a negative depth or when `scores` is neither empty nor
// one value per entity.
Result<DrawSelection> select_subgraph(const KnowledgeGraph& g, const RenderOptions& options);

}  // namespace kg::render
