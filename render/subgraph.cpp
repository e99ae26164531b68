#include "render/subgraph.h"

#include <boost/range/iterator_range.hpp>
#include <optional>
#include <string>
#include <utility>

#include "kg/analytics.h"
#include "render/collapse.h"
#include "render/label_escape.h"

namespace kg::render {
namespace {

// Keeps the `top` best-ranked vertices among those already kept; `center`, if
// any, is kept first.
void keep_top(const KnowledgeGraph& g, const std::vector<double>& scores, std::size_t top,
              std::optional<Vertex> center, std::vector<bool>& keep) {
  std::vector<bool> best(keep.size(), false);
  std::size_t count = 0;
  if (center) {
    best[*center] = true;
    ++count;
  }
  for (const RankedEntity& ranked : top_entities(g, scores, g.entity_count())) {
    if (count >= top) break;
    if (keep[ranked.vertex] && !best[ranked.vertex]) {
      best[ranked.vertex] = true;
      ++count;
    }
  }
  keep = std::move(best);
}

// Drops the kept vertices that no relation joins to another kept vertex,
// except `center`; returns how many were dropped.
std::size_t drop_isolated(const KnowledgeGraph& g, std::optional<Vertex> center,
                          std::vector<bool>& keep) {
  std::vector<bool> joined(keep.size(), false);
  for (const Edge e : boost::make_iterator_range(boost::edges(g.graph()))) {
    const Vertex a = g.source(e);
    const Vertex b = g.target(e);
    if (a != b && keep[a] && keep[b]) joined[a] = joined[b] = true;
  }
  std::size_t dropped = 0;
  for (Vertex v = 0; v < keep.size(); ++v) {
    if (keep[v] && !joined[v] && v != center) {
      keep[v] = false;
      ++dropped;
    }
  }
  return dropped;
}

}  // namespace

Result<DrawSelection> select_subgraph(const KnowledgeGraph& g, const RenderOptions& options) {
  const std::size_t n = g.entity_count();
  if (!options.scores.empty() && options.scores.size() != n) {
    return Status::InvalidArgument("render: " + std::to_string(options.scores.size()) +
                                   " scores given for " + std::to_string(n) + " entities");
  }
  if (options.depth < 0) {
    return Status::InvalidArgument("render: depth must be 0 or more, got " +
                                   std::to_string(options.depth));
  }

  std::vector<bool> keep(n, !options.focus.has_value());
  std::optional<Vertex> center;
  if (options.focus) {
    center = g.find(*options.focus);
    if (!center) {
      return Status::NotFound("render: no entity named \"" + sanitize_text(*options.focus, 200) +
                              "\" to focus on");
    }
    keep[*center] = true;
    for (const Neighbor& neighbor : neighborhood(g, *center, options.depth)) {
      keep[neighbor.vertex] = true;
    }
  }
  if (options.top > 0) {
    const std::vector<double> scores =
        options.scores.empty() ? centrality(g, Centrality::kDegree) : options.scores;
    keep_top(g, scores, options.top, center, keep);
  }

  DrawSelection selection;
  selection.focus = center;
  if (!options.isolated) selection.hidden_isolated = drop_isolated(g, center, keep);
  for (Vertex v = 0; v < n; ++v) {
    if (keep[v]) selection.vertices.push_back(v);
  }
  for (const Edge e : boost::make_iterator_range(boost::edges(g.graph()))) {
    if (keep[boost::source(e, g.graph())] && keep[boost::target(e, g.graph())]) {
      selection.edges.push_back(e);
    }
  }
  collapse_leaves(g, selection, options.collapse_leaves);
  return selection;
}

}  // namespace kg::render
