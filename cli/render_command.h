// `kg render GRAPH -o FILE [--format svg|png|pdf|dot] [--layout ...]
// [--focus NAME --depth N] [--top N] [--measure M] [--directed] [--all-edges]
// [--isolated]`: draws a
// graph.json with Graphviz. Node size follows the --measure centrality
// (default pagerank). The file is written atomically; `-o -` writes to stdout.
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
  RenderFormat format = RenderFormat::kSvg;
  std::string layout = "auto";
  std::optional<std::string> focus;
  int depth = 1;
  std::size_t top = 0;
  std::size_t collapse_leaves = 0;
  bool all_edges = false;
  bool isolated = false;
  Centrality measure = Centrality::kPageRank;
  bool directed = false;
};

// Runs `kg render`; returns the exit code (errors printed as one line).
int run_render(const RenderCommandOptions& options);

}  // namespace kg::cli
