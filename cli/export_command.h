// `kg export GRAPH --format jsonld|graphml|nt|jsonl [-o FILE]`: converts a
// graph.json to JSON-LD, GraphML, N-Triples or JSON Lines triples (the format
// of triples.jsonl). Writes to stdout unless -o names a file, which is then
// written atomically.
#pragma once

#include <string>

namespace kg::cli {

enum class ExportFormat { kJsonLd, kGraphMl, kNTriples, kJsonl };

struct ExportOptions {
  std::string graph_path;
  ExportFormat format = ExportFormat::kJsonLd;
  std::string output = "-";
};

// Runs `kg export`; returns the exit code (errors printed as one line).
int run_export(const ExportOptions& options);

}  // namespace kg::cli
