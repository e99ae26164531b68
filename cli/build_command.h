// `kg build FILE|DIR... [-o DIR] [--db PATH] [--directed]`: adds every input
// to a fresh kg store (kg add's machinery, kg/ingest.h, into a FreshStore of
// kg/store.h; default DIR/kg.db), reads the graph back from that store and
// writes graph.json, triples.jsonl, graph.dot, graph.svg, graph.html and
// graph.jsonld into the output folder, then prints a summary. The store's
// graph merges the documents by name (the order in which a folder is read),
// so `kg export` of the store equals graph.json, and a later kg add carries
// on from it. With --aliases FILE, the user's entity decisions (kg/aliases.h)
// are recorded in the store and override the merging of documents' entities.
// The store and all outputs are made before anything is put in place: the
// store replaces the one at its path (only a kg store is replaced) once it is
// complete, then the outputs are written atomically, so a failing input
// leaves the store, the output folder and its absence untouched.
#pragma once

#include <string>

#include "cli/add_command.h"

namespace kg::cli {

struct BuildOptions {
  // The inputs and how they are extracted, as for kg add; add.db is the
  // store, empty for DIR/kg.db.
  AddOptions add = [] {
    AddOptions defaults;
    defaults.db.clear();
    return defaults;
  }();
  std::string out_dir = "out";
  bool directed = false;
};

// Runs `kg build`; returns the exit code (errors printed as one line).
int run_build(const BuildOptions& options);

}  // namespace kg::cli
