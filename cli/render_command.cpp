#include "cli/render_command.h"

#include <optional>
#include <string>

#include "cli/graph_input.h"
#include "cli/output.h"
#include "kg/analytics.h"
#include "kg/io.h"
#include "kg/render.h"

namespace kg::cli {

int run_render(const RenderCommandOptions& options) {
  auto graph = load_graph(options.graph_path);
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
  render_options.all_edges = options.all_edges;
  render_options.isolated = options.isolated;
  render_options.scores = centrality(*graph, options.measure, centrality_options);
  auto bytes = render_graph(*graph, render_options);
  if (!bytes.ok()) return fail(bytes.status());
  if (Status status = write_output(options.output, *bytes); !status.ok()) return fail(status);
  return kExitOk;
}

}  // namespace kg::cli
