// `kg build FILE|DIR... [-o DIR] [--directed]`: extracts every input, merges
// the documents into one graph and writes graph.json, triples.jsonl,
// graph.dot, graph.svg and graph.jsonld into the output folder, then prints a
// summary. With --aliases FILE, the user's entity decisions (kg/aliases.h)
// override the merging of documents' entities. All outputs are produced in memory before anything
// is written, so a failing input leaves the output folder untouched.
#pragma once

#include <string>
#include <vector>

namespace kg::cli {

struct BuildOptions {
  std::vector<std::string> inputs;
  bool patterns_only = false;   // skip the clause reader over a parse
  double min_confidence = 0.0;  // relations below are dropped
  unsigned threads = 0;         // extraction workers; 0 = one per core
  std::string out_dir = "out";
  bool directed = false;
  std::string aliases_file;  // empty: no decisions
  bool progress = false;     // --progress: report progress on stderr even when not a terminal
  bool quiet = false;        // --quiet: never report progress
};

// Runs `kg build`; returns the exit code (errors printed as one line).
int run_build(const BuildOptions& options);

}  // namespace kg::cli
