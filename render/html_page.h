// The interactive HTML page of a graph (RenderFormat::kHtml): one
// self-contained file, no network access. Its script and style sheet
// (render/html/) are compiled into kg; the graph goes in as a JSON data block
// (render/html_data.h); Graphviz gives the positions (render/html_layout.h).
// A Content-Security-Policy lets only the embedded script run (by its
// SHA-256) and forbids every fetch.
#pragma once

#include <string>
#include <string_view>

#include "kg/graph.h"
#include "kg/render.h"
#include "kg/status.h"

namespace kg::render {

// render_graph for RenderFormat::kHtml (kg/render.h states the selection).
// Errors: those of select_subgraph and graphviz_positions.
Result<std::string> render_html_page(const KnowledgeGraph& g, const RenderOptions& options);

// Base64 (RFC 4648, padded) of the bytes written as hex digits in `hex`
// (an even count of 0-9a-f). The CSP names the script by the base64 of its
// SHA-256, which the build gives in hex.
std::string hex_to_base64(std::string_view hex);

}  // namespace kg::render
