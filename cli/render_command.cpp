#include "cli/render_command.h"

#include <optional>
#include <string>

#include "cli/graph_input.h"
#include "cli/output.h"
#include "kg/analytics.h"
#include "kg/io.h"
#include "kg/render.h"

namespace kg::cli {
namespace {

// The format to write (see render_command.h), or a usage error.
Result<RenderFormat> output_format(const RenderCommandOptions& options) {
  const std::string extension = options.output == "-" ? "" : file_extension(options.output);
  const std::optional<RenderFormat> implied =
      extension.empty() ? std::nullopt : parse_render_format(extension);
  if (!extension.empty() && !implied && !options.format) {
    return Status::InvalidArgument("-o " + options.output + ": unknown extension ." + extension +
                                   " (svg, png, pdf, dot, gv, html); give --format");
  }
  if (options.format && implied && *options.format != *implied) {
    return Status::InvalidArgument("--format " + std::string(render_format_name(*options.format)) +
                                   " conflicts with -o " + options.output + " (" + extension + ")");
  }
  return options.format.value_or(implied.value_or(RenderFormat::kSvg));
}

}  // namespace

int run_render(const RenderCommandOptions& options) {
  auto format = output_format(options);
  if (!format.ok()) return fail_usage(format.status().message());
  auto graph = load_graph(options.graph_path);
  if (!graph.ok()) return fail(graph.status());
  if (options.focus) {
    auto center = resolve_entity(*graph, *options.focus, options.graph_path);
    if (!center.ok()) return fail(center.status());
  }
  CentralityOptions centrality_options;
  centrality_options.directed = options.directed;

  RenderOptions render_options;
  render_options.format = *format;
  render_options.dpi = options.dpi;
  render_options.size = options.size;
  render_options.layout = options.layout;
  render_options.focus = options.focus;
  render_options.depth = options.depth;
  render_options.top = options.top;
  render_options.collapse_leaves = options.collapse_leaves;
  render_options.max_drawn = options.max_drawn;
  render_options.all_edges = options.all_edges;
  render_options.isolated = options.isolated;
  render_options.color = options.color;
  render_options.scores = centrality(*graph, options.measure, centrality_options);
  auto bytes = render_graph(*graph, render_options);
  if (!bytes.ok()) return fail(bytes.status());
  if (Status status = write_output(options.output, *bytes); !status.ok()) return fail(status);
  return kExitOk;
}

}  // namespace kg::cli
