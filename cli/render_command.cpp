#include "cli/render_command.h"

#include <memory>
#include <optional>
#include <string>

#include "cli/output.h"
#include "graph/centrality.h"
#include "graph/graph_json.h"
#include "render/renderer.h"

namespace kg::cli {
namespace {

struct RenderCommandOptions {
  std::string graph_path;
  std::string output;
  RenderFormat format = RenderFormat::kSvg;
  std::string layout = "auto";
  std::optional<std::string> focus;
  int depth = 1;
  std::size_t top = 0;
  std::size_t collapse_leaves = 0;
  Centrality measure = Centrality::kPageRank;
  bool directed = false;
};

int run_render(const RenderCommandOptions& options) {
  auto graph = load_graph_json(options.graph_path);
  if (!graph.ok()) return fail(graph.status());
  if (options.focus) {
    auto center = resolve_entity(*graph, *options.focus, options.graph_path);
    if (!center.ok()) return fail(center.status());
  }
  CentralityOptions centrality_options;
  centrality_options.directed = options.directed;

  RenderOptions render_options;
  render_options.format = options.format;
  render_options.layout = options.layout;
  render_options.focus = options.focus;
  render_options.depth = options.depth;
  render_options.top = options.top;
  render_options.collapse_leaves = options.collapse_leaves;
  render_options.scores = centrality(*graph, options.measure, centrality_options);
  auto bytes = render_graph(*graph, render_options);
  if (!bytes.ok()) return fail(bytes.status());
  if (Status status = write_output(options.output, *bytes); !status.ok()) return fail(status);
  return kExitOk;
}

}  // namespace

Command add_render_command(CLI::App& app) {
  auto options = std::make_shared<RenderCommandOptions>();
  CLI::App* cmd = app.add_subcommand("render", "Draw a graph.json as SVG, PNG, PDF or DOT");
  cmd->add_option("graph", options->graph_path, "graph.json written by kg build")->required();
  cmd->add_option("-o,--output", options->output, "Output file, or - for standard output")
      ->required();
  add_choice_option(*cmd, "-f,--format", options->format,
                    {{"svg", RenderFormat::kSvg},
                     {"png", RenderFormat::kPng},
                     {"pdf", RenderFormat::kPdf},
                     {"dot", RenderFormat::kDot}},
                    "Output format");
  cmd->add_option(
         "--layout", options->layout,
         "Graphviz layout engine; auto picks dot for small graphs, sfdp for large ones and "
         "refuses more than 20,000 entities (use --top or --focus)")
      ->check(CLI::IsMember({"auto", "dot", "sfdp", "neato", "circo"}))
      ->capture_default_str();
  cmd->add_option("--focus", options->focus,
                  "Draw only the neighbourhood of this entity (name or alias)");
  cmd->add_option("-d,--depth", options->depth, "Neighbourhood radius in hops, with --focus")
      ->capture_default_str()
      ->check(CLI::Range(1, 100));
  cmd->add_option("-n,--top", options->top,
                  "Draw only the N most central entities by --measure (0: all)")
      ->capture_default_str()
      ->check(CLI::NonNegativeNumber);
  cmd->add_option("--collapse-leaves", options->collapse_leaves,
                  "Draw a hub's neighbours that join nothing else as one '+N more' node when "
                  "it has at least N of them (0: off)")
      ->capture_default_str()
      ->check(CLI::NonNegativeNumber);
  add_measure_option(*cmd, options->measure, "Centrality that sizes the nodes (and ranks --top)");
  cmd->add_flag("--directed", options->directed,
                "Follow relation direction in the centrality (default: undirected)");
  return {cmd, [options] { return run_render(*options); }};
}

}  // namespace kg::cli
