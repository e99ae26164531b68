#include <graphviz/gvc.h>

#include <array>

#include "kg/render.h"
#include "render/dot_builder.h"
#include "render/graphviz_context.h"
#include "render/html_page.h"
#include "render/label_escape.h"
#include "render/subgraph.h"

namespace kg {
namespace {

constexpr std::array<std::string_view, 6> kLayouts = {"dot",   "sfdp", "neato",
                                                      "circo", "fdp",  "twopi"};

bool is_known_layout(std::string_view name) {
  for (const std::string_view layout : kLayouts) {
    if (layout == name) return true;
  }
  return false;
}

std::string_view format_name(RenderFormat format) {
  switch (format) {
    case RenderFormat::kSvg:
      return "svg";
    case RenderFormat::kPng:
      return "png";
    case RenderFormat::kPdf:
      return "pdf";
    case RenderFormat::kDot:
      return "dot";
    case RenderFormat::kHtml:
      return "html";
  }
  return "svg";
}

Result<std::string> lay_out_and_render(Agraph_t* graph, const std::string& engine,
                                       RenderFormat format,
                                       const render::GraphvizDiagnostics& diagnostics) {
  GVC_t* gvc = render::graphviz_context();
  if (gvc == nullptr) {
    return Status::Internal("render: Graphviz could not start: " +
                            diagnostics.summary("gvContext failed"));
  }
  if (gvLayout(gvc, graph, engine.c_str()) != 0) {
    return Status::Internal("render: Graphviz " + engine +
                            " layout failed: " + diagnostics.summary("no details"));
  }
  const render::LayoutGuard layout(gvc, graph);
  const std::string name(format_name(format));
  char* data = nullptr;
  unsigned int length = 0;
  const int rc = gvRenderData(gvc, graph, name.c_str(), &data, &length);
  if (rc != 0 || data == nullptr) {
    if (data != nullptr) gvFreeRenderData(data);
    const std::string details = diagnostics.summary("no details");
    if (details.find("not recognized") != std::string::npos) {
      return Status::Internal("render: this Graphviz installation has no " + name +
                              " renderer (Debian: the cairo plugin in package libgvc6)");
    }
    return Status::Internal("render: Graphviz could not write " + name + ": " + details);
  }
  std::string bytes(data, length);
  gvFreeRenderData(data);
  return bytes;
}

}  // namespace

std::optional<RenderFormat> parse_render_format(std::string_view name) {
  for (const RenderFormat format : {RenderFormat::kSvg, RenderFormat::kPng, RenderFormat::kPdf,
                                    RenderFormat::kDot, RenderFormat::kHtml}) {
    if (format_name(format) == name) return format;
  }
  if (name == "gv") return RenderFormat::kDot;
  return std::nullopt;
}

std::optional<std::string> choose_layout(std::size_t nodes, std::size_t edges) {
  if (nodes <= kDotLayoutMaxNodes && edges <= kDotLayoutMaxEdges) return "dot";
  if (nodes <= kAutoLayoutMaxNodes && edges <= kAutoLayoutMaxEdges) return "sfdp";
  return std::nullopt;
}

std::string_view sfdp_overlap(std::size_t nodes) {
  return nodes <= kSfdpPrismMaxNodes ? "false" : "scale";
}

Result<std::string> render_graph(const KnowledgeGraph& g, const RenderOptions& options) {
  if (options.layout != "auto" && !is_known_layout(options.layout)) {
    return Status::InvalidArgument("render: unknown layout \"" +
                                   render::sanitize_text(options.layout, 40) +
                                   "\" (expected auto, dot, sfdp, neato, circo, fdp or twopi)");
  }
  if (options.format == RenderFormat::kHtml) return render::render_html_page(g, options);
  Result<render::DrawSelection> selection = render::select_subgraph(g, options);
  if (!selection.ok()) return selection.status();
  std::string engine = options.layout;
  if (engine == "auto") {
    const std::size_t nodes = selection->vertices.size();
    const std::size_t edges = selection->edges.size();
    const std::optional<std::string> chosen = choose_layout(nodes, edges);
    if (!chosen && options.format != RenderFormat::kDot) {
      return Status::InvalidArgument(
          "render: " + std::to_string(nodes) + " entities and " + std::to_string(edges) +
          " relations are too many for --layout auto (more than " +
          std::to_string(kAutoLayoutMaxNodes) + " entities or " +
          std::to_string(kAutoLayoutMaxEdges) +
          " relations take sfdp minutes); draw fewer with --top N or --focus NAME, "
          "or force --layout sfdp");
    }
    engine = chosen.value_or("sfdp");
  }

  const render::GraphvizDiagnostics diagnostics;
  const render::AgraphPtr graph = render::build_agraph(g, *selection, options, engine);
  if (graph == nullptr) return Status::Internal("render: cgraph could not create a graph");
  // A layout depends on the order of the nodes and edges, and agwrite
  // reorders them (subgraphs first, then each node with the heads of its
  // edges). The graph is laid out as read back from its own DOT, so the
  // picture is exactly what Graphviz makes of that DOT (`dot -Tsvg
  // graph.dot` redraws graph.svg), at the cost of one write and one parse.
  std::string dot = render::write_dot(graph.get());
  if (options.format == RenderFormat::kDot) return dot;
  const render::AgraphPtr canonical(agmemread(dot.c_str()));
  if (canonical == nullptr) {
    return Status::Internal("render: cgraph could not read back its own DOT: " +
                            diagnostics.summary("no details"));
  }
  return lay_out_and_render(canonical.get(), engine, options.format, diagnostics);
}

}  // namespace kg
