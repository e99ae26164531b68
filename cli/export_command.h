// `kg export GRAPH --format jsonld|graphml|nt|jsonl|json|csv [-o FILE]`: converts
// a graph.json or a kg store to JSON-LD, GraphML, N-Triples, JSON Lines
// triples (the format of triples.jsonl) or graph.json. Writes to stdout unless -o names a file,
// which is then written atomically. `--format csv -o DIR` writes Neo4j's
// import files DIR/nodes.csv and DIR/relationships.csv (the folder is created
// if missing), both or neither.
#pragma once

#include <string>

namespace kg::cli {

enum class ExportFormat { kJsonLd, kGraphMl, kNTriples, kJsonl, kGraphJson, kCsv };

struct ExportOptions {
  std::string graph_path;
  ExportFormat format = ExportFormat::kJsonLd;
  std::string output = "-";
};

// Runs `kg export`; returns the exit code (errors printed as one line).
int run_export(const ExportOptions& options);

}  // namespace kg::cli
