// The text of a diagram's legend: its entries (the entity types drawn, or the
// communities drawn), and how many entities without relations were left out.
//
// Engines that draw clusters (dot, fdp) get the legend as a cluster of one
// node per entry, in the entry's shape and colour (render/dot_builder.h).
// sfdp, neato, circo and twopi ignore clusters, and a legend made of separate
// nodes is a component of its own that they lay out among the entities (sfdp
// packs no components, and its spring model stretches a chain of legend nodes
// across the picture), so there the legend is a single node whose HTML-like
// label is a table: one box whatever the engine. Pure functions, no errors.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace kg::render {

// "" when nothing was left out; otherwise, e.g., "3 entities without relations
// not drawn (--isolated)".
std::string isolated_note(std::size_t hidden);

// One row of the legend table: its text (an entity type's legend_label, or a
// community's "Name (size)") and the fill colour ("#rrggbb") of its cell.
struct LegendRow {
  std::string label;
  std::string_view fillcolor;
};

// A Graphviz HTML-like label (without the outer <>): a table headed "Legend",
// one cell per row in `rows` filled with the row's colour and showing its
// label (HTML-escaped), then `note` (HTML-escaped) in small grey text when not
// empty.
std::string legend_table(const std::vector<LegendRow>& rows, const std::string& note);

}  // namespace kg::render
