// Leaf-cluster collapsing for large drawings: a hub with many neighbours that
// are connected to nothing else is drawn with one "+N more" node in their
// place.
#pragma once

#include <cstddef>

#include "kg/graph.h"
#include "render/subgraph.h"

namespace kg::render {

// Within `selection`, a leaf is a selected vertex whose selected relations
// (at least one; self loops ignored) all join it to one same other selected
// vertex, its hub. Every hub with at least `min_leaves` leaves (min_leaves
// >= 2; smaller values do nothing) loses them: they leave
// selection.vertices, their relations leave selection.edges, and
// selection.collapsed gets one LeafGroup {hub, leaves in ascending order},
// groups in ascending hub order. Two vertices joined only to each other are
// not leaves of one another (neither is a hub then). A hub that loses its
// leaves may become a leaf itself; it is not collapsed in the same call.
void collapse_leaves(const KnowledgeGraph& g, DrawSelection& selection, std::size_t min_leaves);

}  // namespace kg::render
