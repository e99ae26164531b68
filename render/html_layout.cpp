#include "render/html_layout.h"

#include <graphviz/gvc.h>

#include <cmath>

#include "render/dot_builder.h"
#include "render/graphviz_context.h"

namespace kg::render {

Result<Positions> graphviz_positions(const KnowledgeGraph& g, const DrawSelection& selection,
                                     const RenderOptions& options) {
  Positions positions;
  positions.at.resize(g.entity_count());
  positions.engine = options.layout;
  if (positions.engine == "auto") {
    positions.engine =
        choose_layout(selection.vertices.size(), selection.edges.size()).value_or("sfdp");
  }
  if (selection.vertices.empty()) return positions;

  const GraphvizDiagnostics diagnostics;
  GVC_t* gvc = graphviz_context();
  if (gvc == nullptr) {
    return Status::Internal("render: Graphviz could not start: " +
                            diagnostics.summary("gvContext failed"));
  }
  const AgraphPtr graph = build_agraph(g, selection, options, positions.engine);
  if (graph == nullptr) return Status::Internal("render: cgraph could not create a graph");
  if (gvLayout(gvc, graph.get(), positions.engine.c_str()) != 0) {
    return Status::Internal("render: Graphviz " + positions.engine +
                            " layout failed: " + diagnostics.summary("no details"));
  }
  const LayoutGuard layout(gvc, graph.get());
  // The layout's node centres (in points, y up); the `pos` attribute would
  // only be written by a render.
  for (const Vertex v : selection.vertices) {
    std::string name = "n" + std::to_string(v);
    Agnode_t* node = agnode(graph.get(), name.data(), 0);
    if (node == nullptr) continue;
    const pointf centre = ND_coord(node);
    if (std::isfinite(centre.x) && std::isfinite(centre.y))
      positions.at[v] = Point{centre.x, centre.y};
  }
  return positions;
}

}  // namespace kg::render
