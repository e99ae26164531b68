#include "render/edge_bundle.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <map>
#include <utility>

namespace kg::render {
namespace {

std::string display_label(const RelationEdge& relation) {
  return relation.label.empty() ? relation.predicate : relation.label;
}

std::string two_decimals(double value) {
  std::array<char, 32> buffer{};
  const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value,
                                    std::chars_format::fixed, 2);
  return {buffer.data(), result.ptr};
}

std::string relation_line(const KnowledgeGraph& g, Edge e, bool with_evidence) {
  const RelationEdge& relation = g.relation(e);
  std::string text =
      g.entity(g.source(e)).name + " " + display_label(relation) + " " + g.entity(g.target(e)).name;
  if (!relation.qualifiers.empty()) {
    std::string separator = " {";
    for (const auto& [key, value] : relation.qualifiers) {
      text += separator + key + "=" + value;
      separator = ", ";
    }
    text += "}";
  }
  text += " (confidence " + two_decimals(relation.confidence) + ")";
  if (with_evidence && !relation.evidence.empty() && !relation.evidence.front().text.empty()) {
    text += " \u2014 " + relation.evidence.front().text;
  }
  return text;
}

}  // namespace

bool stronger(const RelationEdge& a, const RelationEdge& b) {
  if (a.confidence != b.confidence) return a.confidence > b.confidence;
  return a.evidence.size() > b.evidence.size();
}

std::vector<EdgeBundle> bundle_edges(const KnowledgeGraph& g, const std::vector<Edge>& edges,
                                     bool one_per_relation) {
  std::vector<EdgeBundle> bundles;
  std::map<std::pair<Vertex, Vertex>, std::size_t> index;
  for (const Edge e : edges) {
    const Vertex a = g.source(e);
    const Vertex b = g.target(e);
    const std::pair<Vertex, Vertex> key{std::min(a, b), std::max(a, b)};
    const auto found = index.find(key);
    if (one_per_relation || found == index.end()) {
      if (!one_per_relation) index.emplace(key, bundles.size());
      bundles.push_back(EdgeBundle{{e}, false, false});
    } else {
      bundles[found->second].edges.push_back(e);
    }
  }
  for (EdgeBundle& bundle : bundles) {
    std::stable_sort(bundle.edges.begin(), bundle.edges.end(),
                     [&g](Edge x, Edge y) { return stronger(g.relation(x), g.relation(y)); });
    const Vertex tail = g.source(bundle.strongest());
    for (const Edge e : bundle.edges) {
      if (g.relation(e).symmetric) continue;
      (g.source(e) == tail ? bundle.forward : bundle.backward) = true;
    }
  }
  return bundles;
}

std::string_view bundle_direction(const EdgeBundle& bundle) {
  if (bundle.forward && bundle.backward) return "both";
  if (bundle.forward) return "forward";
  if (bundle.backward) return "back";
  return "none";
}

std::string bundle_label(const KnowledgeGraph& g, const EdgeBundle& bundle) {
  std::string label = display_label(g.relation(bundle.strongest()));
  if (bundle.edges.size() > 1) label += " +" + std::to_string(bundle.edges.size() - 1);
  return label;
}

std::vector<std::string> bundle_tooltip_lines(const KnowledgeGraph& g, const EdgeBundle& bundle) {
  const bool single = bundle.edges.size() == 1;
  std::vector<std::string> lines;
  for (const Edge e : bundle.edges) {
    if (lines.size() == kBundleTooltipLines) {
      lines.push_back("... and " + std::to_string(bundle.edges.size() - kBundleTooltipLines) +
                      " more");
      break;
    }
    lines.push_back(relation_line(g, e, single));
  }
  return lines;
}

}  // namespace kg::render
