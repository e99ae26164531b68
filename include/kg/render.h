// Draws a KnowledgeGraph with Graphviz: cgraph builds the graph, gvc lays it
// out and renders it in-process (the `dot` program is never called).
//
// Nodes are shaped by entity type and filled by entity type or by community,
// with a legend; the relations between two entities are drawn as one edge
// carrying the strongest relation's display label and a count of the others;
// node size follows the given scores (a
// centrality); tooltips carry the evidence sentence. Every piece of text is
// escaped so that quotes, '<', '&', backslashes and any Unicode survive in
// DOT and SVG.
//
// Graphviz keeps process-wide state (one GVC_t context, reused; its error
// handler), so render from one thread at a time. Graphviz's own warnings are
// captured, never printed; a failure becomes the Status message.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kg/analytics.h"
#include "kg/graph.h"
#include "kg/status.h"

namespace kg {

// kDot is the graph as built, before layout (no coordinates): cheap even for
// huge graphs, and any Graphviz tool can lay it out again; its `layout`
// attribute names the engine kg would have used, which `dot -Tsvg` honours.
// kHtml is one self-contained interactive page (no network access): every
// entity and relation with its evidence as data, the centralities, and the
// positions Graphviz gives the RenderOptions::max_drawn most central entities
// (the page draws those and reaches the others by search; see render_graph).
enum class RenderFormat { kSvg, kPng, kPdf, kDot, kHtml };

// "svg", "png", "pdf", "dot", "html".
std::string_view render_format_name(RenderFormat format);

// "svg", "png", "pdf", "dot" (also "gv"), "html"; nullopt otherwise.
// Case-sensitive.
std::optional<RenderFormat> parse_render_format(std::string_view name);

// The extension of the file name at the end of `path`, after its last dot,
// lower-cased, without the dot ("x.PNG" -> "png"); empty when the name has
// none (a name that only starts with a dot, ".png", has none either).
std::string file_extension(std::string_view path);

// What fills the nodes: the entity type (the legend lists the types drawn), or
// the community (the legend lists the communities drawn, largest first, each
// named by its member of highest score and its size; render/community_style.h
// has the palette and what happens beyond it).
enum class NodeColor { kType, kCommunity };

// By default the HTML page lays out and draws at most this many entities: the
// most central by `scores` (PageRank when empty); README, "Benchmarks", gives
// the page's time to first draw.
inline constexpr std::size_t kHtmlMaxDrawn = 10000;

struct RenderOptions {
  RenderFormat format = RenderFormat::kSvg;
  std::string layout = "auto";       // auto|dot|sfdp|neato|circo|fdp|twopi
  std::optional<std::string> focus;  // draw only this entity's neighbourhood
  int depth = 1;                     // neighbourhood radius with focus
  std::size_t top = 0;               // if > 0, only the top N entities by score
  // If >= 2: a hub with at least this many neighbours joined to nothing else
  // draws them as one "+N more" node (render/collapse.h). 0 = off.
  std::size_t collapse_leaves = 0;
  // Relations between the same two entities are drawn as one edge (the
  // strongest label, "+N", every label in the tooltip; render/edge_bundle.h);
  // true draws each relation as its own edge.
  bool all_edges = false;
  // Entities with no relation in the selection are left out (the legend says
  // how many); true draws them too. The focus entity is always drawn.
  bool isolated = false;
  std::vector<double> scores;  // per vertex; empty = uniform node size
  std::string title;           // graph label; empty = none
  // Graphviz graph attributes, written into the DOT too. dpi: pixels per
  // inch of PNG output (0: Graphviz's 96); size: the largest drawing, in
  // inches, "W,H" or "W" (a drawing is only scaled down to fit, or also up
  // with a final "!"); empty: unbounded.
  double dpi = 0;
  std::string size;
  NodeColor color = NodeColor::kType;
  // With kCommunity, and always for kHtml (whose page switches between the
  // two colourings and opens with `color`): detect_communities
  // (kg/analytics.h) on the whole graph, whatever part of it is drawn.
  CommunityOptions communities;
  // kHtml only: the page lays out and draws at most this many entities (the
  // most central by `scores`) and reaches the others by search.
  std::size_t max_drawn = kHtmlMaxDrawn;
};

// The layout `auto` resolves to for a graph of this many nodes and edges
// (those drawn, after focus/top); the limits come from the render timings of
// bench/run (README, "Benchmarks"):
//   - "dot" up to kDotLayoutMaxNodes nodes and kDotLayoutMaxEdges edges. dot
//     draws the most readable layered diagrams, but its crossing minimisation
//     grows super-linearly, faster with edges than with nodes (every labelled
//     edge adds virtual nodes);
//   - "sfdp" up to kAutoLayoutMaxNodes nodes and kAutoLayoutMaxEdges edges,
//     with the overlap removal of sfdp_overlap; its cost grows a little faster
//     than linearly;
//   - nullopt beyond: no engine finishes in well under minutes, and
//     render_graph refuses `auto` (an error naming --top and --focus) unless
//     only DOT is asked for.
inline constexpr std::size_t kDotLayoutMaxNodes = 500;
inline constexpr std::size_t kDotLayoutMaxEdges = 750;
inline constexpr std::size_t kAutoLayoutMaxNodes = 20000;
inline constexpr std::size_t kAutoLayoutMaxEdges = 50000;
std::optional<std::string> choose_layout(std::size_t nodes, std::size_t edges);

// Graphviz `overlap` for sfdp on this many nodes: "false" (prism, which
// keeps the layout's shape) up to kSfdpPrismMaxNodes, "scale" (uniform
// scaling) beyond: prism triangulates the layout again and again, which on
// large graphs costs several times the rest of the layout (README).
inline constexpr std::size_t kSfdpPrismMaxNodes = 2000;
std::string_view sfdp_overlap(std::size_t nodes);

// Renders to bytes in the requested format. For kHtml, focus/depth and top
// choose the entities the page holds (collapse_leaves, dpi and size are
// ignored) and `layout` lays out the drawn ones; `auto` never refuses (sfdp
// beyond choose_layout's limits). Errors: InvalidArgument for an unknown
// layout, a dpi outside [1, kMaxDpi], a size not of the form above, for
// `auto` on a graph too big to lay out (choose_layout), for a negative depth
// or a scores vector of the wrong size; NotFound (naming it) when the focus
// entity is unknown or ambiguous; Internal when Graphviz fails or lacks the
// format's renderer plugin.
inline constexpr double kMaxDpi = 2400;

// Whether `size` is a RenderOptions::size: "W,H" or "W", positive decimal
// numbers, optionally followed by "!".
bool valid_render_size(std::string_view size);

Result<std::string> render_graph(const KnowledgeGraph& g, const RenderOptions& options);

}  // namespace kg
