#include "cli/export_command.h"

#include <string>

#include "cli/graph_input.h"
#include "cli/output.h"
#include "kg/io.h"

namespace kg::cli {
namespace {

std::string serialize(const KnowledgeGraph& g, ExportFormat format) {
  switch (format) {
    case ExportFormat::kJsonLd:
      return to_jsonld(g);
    case ExportFormat::kGraphMl:
      return to_graphml(g);
    case ExportFormat::kNTriples:
      return to_ntriples(g);
    case ExportFormat::kJsonl:
      return graph_to_jsonl(g);
    case ExportFormat::kGraphJson:
      return to_graph_json(g);
  }
  return {};
}

}  // namespace

int run_export(const ExportOptions& options) {
  auto graph = load_graph(options.graph_path);
  if (!graph.ok()) return fail(graph.status());
  if (Status status = write_output(options.output, serialize(*graph, options.format)); !status.ok())
    return fail(status);
  return kExitOk;
}

}  // namespace kg::cli
