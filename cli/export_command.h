// `kg export GRAPH --format jsonld|graphml|nt|jsonl [-o FILE]`: converts a
// graph.json to JSON-LD, GraphML, N-Triples or JSON Lines triples (the format
// of triples.jsonl). Writes to stdout unless -o names a file, which is then
// written atomically.
#pragma once

#include "cli/command.h"

namespace kg::cli {

Command add_export_command(CLI::App& app);

}  // namespace kg::cli
