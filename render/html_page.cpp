#include "render/html_page.h"

#include <algorithm>

#include "graph/encoding.h"
#include "kg/analytics.h"
#include "render/html_assets.h"
#include "render/html_data.h"
#include "render/html_escape.h"
#include "render/html_layout.h"
#include "render/subgraph.h"

namespace kg::render {
namespace {

constexpr std::string_view kDefaultTitle = "kg graph";

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return 0;
}

std::string content_security_policy() {
  return "default-src 'none'; script-src 'sha256-" + hex_to_base64(assets::kScriptSha256Hex) +
         "'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";
}

// The template with each {{name}} replaced once, in one pass (what is put in
// is never scanned again).
std::string fill_template(std::string_view page, const std::string& title,
                          const std::string& data) {
  std::string out;
  out.reserve(page.size() + data.size() + assets::kScript.size() + assets::kStyle.size());
  std::size_t pos = 0;
  while (pos < page.size()) {
    const std::size_t open = page.find("{{", pos);
    const std::size_t close = open == std::string_view::npos ? open : page.find("}}", open);
    if (close == std::string_view::npos) break;
    out.append(page.substr(pos, open - pos));
    const std::string_view name = page.substr(open + 2, close - open - 2);
    if (name == "title") {
      out += xml_escape(title);
    } else if (name == "csp") {
      out += content_security_policy();
    } else if (name == "style") {
      out += assets::kStyle;
    } else if (name == "data") {
      out += data;
    } else if (name == "script") {
      out += assets::kScript;
    } else {
      out.append(page.substr(open, close + 2 - open));
    }
    pos = close + 2;
  }
  out.append(page.substr(std::min(pos, page.size())));
  return out;
}

}  // namespace

std::string hex_to_base64(std::string_view hex) {
  static constexpr char kAlphabet[] =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string bytes;
  for (std::size_t k = 0; k + 1 < hex.size(); k += 2) {
    bytes += static_cast<char>(hex_value(hex[k]) * 16 + hex_value(hex[k + 1]));
  }
  std::string out;
  for (std::size_t k = 0; k < bytes.size(); k += 3) {
    const std::size_t left = bytes.size() - k;
    unsigned group = static_cast<unsigned char>(bytes[k]) << 16;
    if (left > 1) group |= static_cast<unsigned char>(bytes[k + 1]) << 8;
    if (left > 2) group |= static_cast<unsigned char>(bytes[k + 2]);
    out += kAlphabet[(group >> 18) & 63u];
    out += kAlphabet[(group >> 12) & 63u];
    out += left > 1 ? kAlphabet[(group >> 6) & 63u] : '=';
    out += left > 2 ? kAlphabet[group & 63u] : '=';
  }
  return out;
}

Result<std::string> render_html_page(const KnowledgeGraph& g, const RenderOptions& options) {
  PageData data;
  data.title = options.title.empty() ? std::string(kDefaultTitle) : options.title;
  data.drawn_limit = std::max<std::size_t>(options.max_drawn, 1);
  data.degree = centrality(g, Centrality::kDegree);
  data.pagerank = centrality(g, Centrality::kPageRank);
  CentralityOptions sampled;
  data.betweenness_sampled = g.entity_count() > kAutoBetweennessThreshold;
  if (data.betweenness_sampled) sampled.samples = kAutoBetweennessSamples;
  data.betweenness = centrality(g, Centrality::kBetweenness, sampled);
  Communities communities = detect_communities(g, options.communities);
  data.community = std::move(communities.membership);
  data.community_count = communities.count;
  data.modularity = communities.modularity;
  data.color_by_community = options.color == NodeColor::kCommunity;

  RenderOptions held = options;
  held.collapse_leaves = 0;
  // The page holds entities without relations too: its search and filters
  // reach every entity, and they sit apart in the layout.
  held.isolated = true;
  if (held.scores.empty()) held.scores = data.pagerank;
  Result<DrawSelection> page = select_subgraph(g, held);
  if (!page.ok()) return page.status();
  data.entities = page->vertices;
  if (page->vertices.size() > data.drawn_limit) {
    held.top = held.top == 0 ? data.drawn_limit : std::min(held.top, data.drawn_limit);
    page = select_subgraph(g, held);
    if (!page.ok()) return page.status();
  }
  Result<Positions> positions = graphviz_positions(g, *page, held);
  if (!positions.ok()) return positions.status();
  data.positions = std::move(*positions);
  return fill_template(assets::kPageTemplate, data.title, page_data_json(g, data));
}

}  // namespace kg::render
