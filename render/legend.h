// The text of a diagram's legend: which entity types are drawn, and how many
// entities without relations were left out.
//
// Engines that draw clusters (dot, fdp) get the legend as a cluster of one
// node per type, in the type's shape and colour (render/dot_builder.h).
// sfdp, neato, circo and twopi ignore clusters, and a legend made of separate
// nodes is a component of its own that they lay out among the entities (sfdp
// packs no components, and its spring model stretches a chain of legend nodes
// across the picture), so there the legend is a single node whose HTML-like
// label is a table: one box whatever the engine. Pure functions, no errors.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "kg/graph.h"

namespace kg::render {

// "" when nothing was left out; otherwise, e.g., "3 entities without relations
// not drawn (--isolated)".
std::string isolated_note(std::size_t hidden);

// A Graphviz HTML-like label (without the outer <>): a borderless table
// headed "Legend", one row per type in `types` with the type's fill colour,
// then `note` (HTML-escaped) in small grey text when not empty.
std::string legend_table(const std::vector<EntityType>& types, const std::string& note);

}  // namespace kg::render
