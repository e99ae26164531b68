// `kg build FILE|DIR... [-o DIR] [--directed]`: extracts every input, merges
// the documents into one graph and writes graph.json, triples.jsonl,
// graph.dot, graph.svg and graph.jsonld into the output folder, then prints a
// summary. All outputs are produced in memory before anything is written, so
// a failing input leaves the output folder untouched.
#pragma once

#include "cli/command.h"

namespace kg::cli {

Command add_build_command(CLI::App& app);

}  // namespace kg::cli
