#include "cli/export_command.h"

#include <memory>
#include <string>

#include "cli/output.h"
#include "graph/graph_json.h"
#include "graph/graphml.h"
#include "graph/jsonld.h"
#include "graph/ntriples.h"
#include "graph/triples_jsonl.h"

namespace kg::cli {
namespace {

enum class ExportFormat { kJsonLd, kGraphMl, kNTriples, kJsonl };

struct ExportOptions {
  std::string graph_path;
  ExportFormat format = ExportFormat::kJsonLd;
  std::string output = "-";
};

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
  }
  return {};
}

int run_export(const ExportOptions& options) {
  auto graph = load_graph_json(options.graph_path);
  if (!graph.ok()) return fail(graph.status());
  if (Status status = write_output(options.output, serialize(*graph, options.format)); !status.ok())
    return fail(status);
  return kExitOk;
}

}  // namespace

Command add_export_command(CLI::App& app) {
  auto options = std::make_shared<ExportOptions>();
  CLI::App* cmd =
      app.add_subcommand("export", "Convert a graph.json to JSON-LD, GraphML, N-Triples or JSONL");
  cmd->add_option("graph", options->graph_path, "graph.json written by kg build")->required();
  add_choice_option(*cmd, "-f,--format", options->format,
                    {{"jsonld", ExportFormat::kJsonLd},
                     {"graphml", ExportFormat::kGraphMl},
                     {"nt", ExportFormat::kNTriples},
                     {"jsonl", ExportFormat::kJsonl}},
                    "jsonld (schema.org types, statements with provenance), graphml, nt "
                    "(N-Triples) or jsonl (one triple per line and piece of evidence)")
      ->default_str("")
      ->required();
  cmd->add_option("-o,--output", options->output, "Output file, or - for standard output")
      ->capture_default_str();
  return {cmd, [options] { return run_export(*options); }};
}

}  // namespace kg::cli
