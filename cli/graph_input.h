// The graph a command reads: a kg store (kg add) when the file begins with
// the SQLite header, else a graph.json (kg build); "-": a graph.json on
// standard input.
#pragma once

#include <string>

#include "kg/graph.h"
#include "kg/status.h"

namespace kg::cli {

// Loads the graph of the store or graph.json at `path`; errors name `path`.
Result<KnowledgeGraph> load_graph(const std::string& path);

}  // namespace kg::cli
