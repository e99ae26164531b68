// Builds the cgraph graph that Graphviz lays out and renders: one node per
// selected entity, one edge per pair of related entities, a legend, and all
// styling attributes. Also writes such a graph as DOT text.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "kg/graph.h"
#include "kg/render.h"
#include "render/subgraph.h"

struct Agraph_s;

namespace kg::render {

// Owns a root cgraph graph (Agraph_t is `struct Agraph_s`); agclose on
// destruction. Lay-outs made with gvLayout must be freed (gvFreeLayout) before.
struct AgraphCloser {
  void operator()(Agraph_s* graph) const;
};
using AgraphPtr = std::unique_ptr<Agraph_s, AgraphCloser>;

// The graph for `selection` of `g`, tuned for the layout `engine` (rankdir=LR
// for dot; overlap removal (render/renderer.h, sfdp_overlap) and spline
// choice for the force-directed ones;
// `layout=<engine>` so Graphviz tools reading the DOT pick the same engine).
// Node names are "n<vertex>". The legend lists the types present (node
// "legend<type number>" per type, in its shape and colour), or with
// NodeColor::kCommunity the communities present (CommunityColoring::legend;
// node "legendc<entry number>", a box in the community's colour), and, when
// entities without relations were left out, their count (render/legend.h):
// for engines that draw clusters (dot, fdp) those nodes and a text node
// "legend_note" in a subgraph "cluster_legend"; for the others one node
// "legend" whose HTML-like label is a table of the same entries as coloured
// cells. All text from the graph lives in label/tooltip attributes, escaped
// with escape_label/escape_tooltip:
//   node: label = name, tooltip = "Name (Type)" ("Name (Type, community C)"
//         by community), shape by type, fillcolor by type or community,
//         width and fontsize by options.scores (uniform when empty); the
//         focus entity has penwidth 3 and two peripheries;
//   edge: one per bundle of relations (render/edge_bundle.h; one per
//         relation with options.all_edges): label = bundle_label, tooltip =
//         bundle_tooltip_lines joined by "\n" (one line each in SVG),
//         dir = bundle_direction;
//   graph: label = options.title when not empty;
//   collapsed leaves: per group a box "more<hub>" labelled "+N more" whose
//         tooltip names the first 20 leaves, joined to "n<hub>" by a dashed
//         undirected edge.
// Null only if cgraph fails to allocate.
AgraphPtr build_agraph(const KnowledgeGraph& g, const DrawSelection& selection,
                       const RenderOptions& options, std::string_view engine);

// The graph as DOT text (agwrite), with any attributes a layout has added.
std::string write_dot(Agraph_s* graph);

}  // namespace kg::render
