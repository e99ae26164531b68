// `kg render GRAPH -o FILE [--format svg|png|pdf|dot|html] [--layout ...]
// [--focus NAME --depth N] [--top N] [--max-drawn N] [--measure M] [--directed]
// [--color type|community] [--all-edges] [--isolated]`: draws a graph.json
// with Graphviz. Node size follows the --measure centrality (default
// pagerank); nodes are filled by entity type or by community (of the whole
// graph, default seed; the legend names each by its member of highest
// --measure). In the diagram formats the relations between two entities are
// one edge unless --all-edges, and entities without relations in the drawing
// are left out (the legend counts them) unless --isolated. The file is
// written atomically; `-o -` writes to stdout. The format is --format, else
// the output's extension (svg, png, pdf, dot, gv, html), else svg (for - and
// a name without an extension): an extension that names no format, or another
// format than --format, is a usage error. --dpi and --size set the Graphviz
// graph attributes dpi and size. --max-drawn: see RenderOptions::max_drawn.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "kg/analytics.h"
#include "kg/render.h"

namespace kg::cli {

struct RenderCommandOptions {
  std::string graph_path;
  std::string output;
  std::optional<RenderFormat> format;  // unset: from the output's extension
  double dpi = 0;                      // 0: Graphviz's default
  std::string size;
  std::string layout = "auto";
  std::optional<std::string> focus;
  int depth = 1;
  std::size_t top = 0;
  std::size_t collapse_leaves = 0;
  std::size_t max_drawn = kHtmlMaxDrawn;
  bool all_edges = false;
  bool isolated = false;
  Centrality measure = Centrality::kPageRank;
  bool directed = false;
  NodeColor color = NodeColor::kType;
};

// Runs `kg render`; returns the exit code (errors printed as one line).
int run_render(const RenderCommandOptions& options);

}  // namespace kg::cli
