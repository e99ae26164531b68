// `kg render GRAPH -o FILE [--format svg|png|pdf|dot] [--layout ...]
// [--focus NAME --depth N] [--top N] [--measure M] [--directed]`: draws a
// graph.json with Graphviz. Node size follows the --measure centrality
// (default pagerank). The file is written atomically; `-o -` writes to stdout.
#pragma once

#include "cli/command.h"

namespace kg::cli {

Command add_render_command(CLI::App& app);

}  // namespace kg::cli
