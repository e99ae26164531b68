// Draws a KnowledgeGraph with Graphviz: cgraph builds the graph, gvc lays it
// out and renders it in-process (the `dot` program is never called).
//
// Nodes are coloured and shaped by entity type, with a legend; edges carry the
// relation's display label; node size follows the given scores (a
// centrality); tooltips carry the evidence sentence. Every piece of text is
// escaped so that quotes, '<', '&', backslashes and any Unicode survive in
// DOT and SVG.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/knowledge_graph.h"
#include "graph/status.h"

namespace kg {

enum class RenderFormat { kSvg, kPng, kPdf, kDot };
std::optional<RenderFormat> parse_render_format(std::string_view name);

struct RenderOptions {
  RenderFormat format = RenderFormat::kSvg;
  std::string layout = "auto";  // auto|dot|sfdp|neato|circo
  std::optional<std::string> focus;  // draw only this entity's neighbourhood
  int depth = 1;                     // neighbourhood radius with focus
  std::size_t top = 0;               // if > 0, only the top N entities by score
  std::vector<double> scores;        // per vertex; empty = uniform node size
  std::string title;                 // graph label; empty = none
};

// The layout `auto` resolves to for a graph of this many nodes and edges.
std::string choose_layout(std::size_t nodes, std::size_t edges);

// Renders to bytes in the requested format. Errors: unknown layout, focus name
// not found, Graphviz failure.
Result<std::string> render_graph(const KnowledgeGraph& g, const RenderOptions& options);

}  // namespace kg
