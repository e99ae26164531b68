#include <graphviz/gvc.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <string>

#include "kg/render.h"
#include "render/dot_builder.h"
#include "render/graphviz_context.h"
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

// Checks and sets the dpi and size graph attributes of `options` on `graph`.
Status set_page_attributes(Agraph_t* graph, const RenderOptions& options) {
  if (options.dpi != 0) {
    char value[32];
    std::snprintf(value, sizeof value, "%g", options.dpi);
    if (!(options.dpi >= 1 && options.dpi <= kMaxDpi)) {
      return Status::InvalidArgument("render: dpi " + std::string(value) + " is outside 1.." +
                                     std::to_string(static_cast<int>(kMaxDpi)));
    }
    char name[] = "dpi";
    char none[] = "";
    agsafeset(graph, name, value, none);
  }
  if (!options.size.empty()) {
    if (!valid_render_size(options.size)) {
      return Status::InvalidArgument("render: size \"" + render::sanitize_text(options.size, 40) +
                                     "\" is not W,H or W in inches (e.g. 8,6 or 8,6!)");
    }
    std::string value = options.size;
    char name[] = "size";
    char none[] = "";
    agsafeset(graph, name, value.data(), none);
  }
  return Status::Ok();
}

// Frees a layout made by gvLayout when leaving the scope.
class LayoutGuard {
 public:
  LayoutGuard(GVC_t* gvc, Agraph_t* graph) : gvc_(gvc), graph_(graph) {}
  ~LayoutGuard() { gvFreeLayout(gvc_, graph_); }
  LayoutGuard(const LayoutGuard&) = delete;
  LayoutGuard& operator=(const LayoutGuard&) = delete;

 private:
  GVC_t* gvc_;
  Agraph_t* graph_;
};

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
  const LayoutGuard layout(gvc, graph);
  const std::string name(render_format_name(format));
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

std::string_view render_format_name(RenderFormat format) {
  switch (format) {
    case RenderFormat::kSvg:
      return "svg";
    case RenderFormat::kPng:
      return "png";
    case RenderFormat::kPdf:
      return "pdf";
    case RenderFormat::kDot:
      return "dot";
  }
  return "svg";
}

std::optional<RenderFormat> parse_render_format(std::string_view name) {
  for (const RenderFormat format :
       {RenderFormat::kSvg, RenderFormat::kPng, RenderFormat::kPdf, RenderFormat::kDot}) {
    if (render_format_name(format) == name) return format;
  }
  if (name == "gv") return RenderFormat::kDot;
  return std::nullopt;
}

bool valid_render_size(std::string_view size) {
  if (size.ends_with('!')) size.remove_suffix(1);
  const std::size_t comma = size.find(',');
  const auto number = [](std::string_view s) {
    if (s.empty() || s.size() > 12 || s.front() == '.' || s.back() == '.') return false;
    if (std::count(s.begin(), s.end(), '.') > 1) return false;
    bool nonzero = false;
    for (const char c : s) {
      if (c != '.' && (c < '0' || c > '9')) return false;
      nonzero = nonzero || (c >= '1' && c <= '9');
    }
    return nonzero;
  };
  if (comma == std::string_view::npos) return number(size);
  return number(size.substr(0, comma)) && number(size.substr(comma + 1));
}

std::string file_extension(std::string_view path) {
  const std::size_t slash = path.find_last_of('/');
  const std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  const std::size_t dot = name.find_last_of('.');
  if (dot == std::string_view::npos || dot == 0) return {};
  std::string extension(name.substr(dot + 1));
  for (char& c : extension)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return extension;
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
  if (Status status = set_page_attributes(graph.get(), options); !status.ok()) return status;
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
