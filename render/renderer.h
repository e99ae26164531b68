// Draws a KnowledgeGraph with Graphviz: cgraph builds the graph, gvc lays it
// out and renders it in-process (the `dot` program is never called).
//
// Nodes are coloured and shaped by entity type, with a legend; edges carry the
// relation's display label; node size follows the given scores (a
// centrality); tooltips carry the evidence sentence. Every piece of text is
// escaped so that quotes, '<', '&', backslashes and any Unicode survive in
// DOT and SVG.
//
// Graphviz keeps process-wide state (one GVC_t context, reused; its error
// handler), so render from one thread at a time. Graphviz's own warnings are
// captured, never printed; a failure becomes the Status message.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/knowledge_graph.h"
#include "graph/status.h"

namespace kg {

// kDot is the graph as built, before layout (no coordinates): cheap even for
// huge graphs, and any Graphviz tool can lay it out again; its `layout`
// attribute names the engine kg would have used, which `dot -Tsvg` honours.
enum class RenderFormat { kSvg, kPng, kPdf, kDot };

// "svg", "png", "pdf", "dot" (also "gv"); nullopt otherwise. Case-sensitive.
std::optional<RenderFormat> parse_render_format(std::string_view name);

struct RenderOptions {
  RenderFormat format = RenderFormat::kSvg;
  std::string layout = "auto";       // auto|dot|sfdp|neato|circo|fdp|twopi
  std::optional<std::string> focus;  // draw only this entity's neighbourhood
  int depth = 1;                     // neighbourhood radius with focus
  std::size_t top = 0;               // if > 0, only the top N entities by score
  // If >= 2: a hub with at least this many neighbours joined to nothing else
  // draws them as one "+N more" node (render/collapse.h). 0 = off.
  std::size_t collapse_leaves = 0;
  std::vector<double> scores;        // per vertex; empty = uniform node size
  std::string title;                 // graph label; empty = none
};

// The layout `auto` resolves to for a graph of this many nodes and edges
// (those drawn, after focus/top): "dot" up to kDotLayoutMaxNodes nodes and
// kDotLayoutMaxEdges edges, "sfdp" beyond. dot draws the most readable
// layered diagrams, but its crossing minimisation grows super-linearly, and
// faster with edges than with nodes (every labelled edge adds virtual nodes):
// measured with Graphviz 2.43, 500 entities with 750 hub-shaped relations lay
// out in ~3.5 s, with 1,000 in ~90 s, and random graphs fare worse; sfdp lays
// out 500 nodes and 2,000 edges in ~2 s.
inline constexpr std::size_t kDotLayoutMaxNodes = 500;
inline constexpr std::size_t kDotLayoutMaxEdges = 750;
std::string choose_layout(std::size_t nodes, std::size_t edges);

// Renders to bytes in the requested format. Errors: InvalidArgument for an
// unknown layout, a negative depth or a scores vector of the wrong size;
// NotFound (naming it) when the focus entity is unknown or ambiguous;
// Internal when Graphviz fails or lacks the format's renderer plugin.
Result<std::string> render_graph(const KnowledgeGraph& g, const RenderOptions& options);

}  // namespace kg
