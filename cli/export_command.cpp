#include "cli/export_command.h"

#include <filesystem>
#include <string>
#include <system_error>

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
    case ExportFormat::kCsv:
      break;  // two files: write_neo4j_csv
  }
  return {};
}

// nodes.csv and relationships.csv in `folder`, both or neither.
Status write_neo4j_csv(const KnowledgeGraph& g, const std::string& folder) {
  if (folder == "-") {
    return Status::InvalidArgument(
        "--format csv writes two files (nodes.csv, relationships.csv): name their folder "
        "with -o DIR");
  }
  std::error_code error;
  std::filesystem::create_directories(folder, error);
  if (error)
    return Status::IoError("cannot create output folder " + folder + ": " + error.message());
  const Neo4jCsv csv = to_neo4j_csv(g);
  const std::filesystem::path dir(folder);
  return write_files_atomic({{(dir / "nodes.csv").string(), csv.nodes},
                             {(dir / "relationships.csv").string(), csv.relationships}});
}

}  // namespace

int run_export(const ExportOptions& options) {
  auto graph = load_graph(options.graph_path);
  if (!graph.ok()) return fail(graph.status());
  const Status status = options.format == ExportFormat::kCsv
                            ? write_neo4j_csv(*graph, options.output)
                            : write_output(options.output, serialize(*graph, options.format));
  if (!status.ok()) return fail(status);
  return kExitOk;
}

}  // namespace kg::cli
