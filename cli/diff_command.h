// `kg diff OLD NEW [--json] [--top N] [--measure M]`: what changed from one
// graph to another (each a store or a graph.json; kg/diff.h): entities added,
// removed, renamed, merged, split or regrouped, relations added and removed,
// and the N entities whose centrality (default PageRank) changed most. Text
// output is one aligned table per part; --json prints one JSON document.
// --draw FILE also writes the changed neighbourhood (kg/diff.h, add_changes)
// as --draw-format (svg, png, pdf or dot; "-" for standard output instead of
// the report).
#pragma once

#include <cstddef>
#include <string>

#include "kg/analytics.h"
#include "kg/render.h"

namespace kg::cli {

struct DiffCommandOptions {
  std::string before;
  std::string after;
  bool json = false;
  std::size_t top = 10;
  Centrality measure = Centrality::kPageRank;
  std::string draw;  // empty: no drawing
  RenderFormat draw_format = RenderFormat::kSvg;
};

// Runs `kg diff`; returns the exit code (errors printed as one line).
int run_diff(const DiffCommandOptions& options);

}  // namespace kg::cli
