// Node positions for the HTML page (render/html_page.h), computed by
// Graphviz in-process with the same graph and engine choice as render_graph.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "kg/graph.h"
#include "kg/render.h"
#include "kg/status.h"
#include "render/subgraph.h"

namespace kg::render {

struct Point {
  double x = 0;  // Graphviz points, y growing upwards
  double y = 0;
};

struct Positions {
  std::string engine;                    // the layout used
  std::vector<std::optional<Point>> at;  // per vertex of g; set for selection.vertices
};

// Lays out `selection` of `g` with `options.layout` ("auto": choose_layout,
// sfdp when the selection is beyond its limits) and reads each node's centre.
// Errors: InvalidArgument for an unknown layout; Internal when Graphviz fails.
Result<Positions> graphviz_positions(const KnowledgeGraph& g, const DrawSelection& selection,
                                     const RenderOptions& options);

}  // namespace kg::render
