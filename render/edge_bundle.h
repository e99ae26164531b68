// Relations between the same two entities drawn as one edge.
//
// A news graph often holds many relations between one pair of entities
// (Vietnam and Malaysia "signed", "visited", "upgraded ties with" ...); drawn
// one by one they make an unreadable bundle of parallel curves. A bundle is
// drawn as one edge labelled with its strongest relation and the count of the
// others ("visited +4"); its tooltip lists every relation.
//
// Direction: relations A->B and B->A belong to the same bundle (one pair of
// entities, one line). The edge runs from the strongest relation's source to
// its target; it has an arrowhead at each end that some directed
// (non-symmetric) relation of the bundle points to, none when every relation
// is symmetric. Pure functions, no errors.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "kg/graph.h"

namespace kg::render {

struct EdgeBundle {
  std::vector<Edge> edges;  // every relation of the pair, strongest first
  bool forward = false;     // a directed relation goes tail -> head
  bool backward = false;    // a directed relation goes head -> tail

  Edge strongest() const { return edges.front(); }
};

// Relation a is stronger than b: higher confidence, then more evidence; equal
// ones keep their order in the input.
bool stronger(const RelationEdge& a, const RelationEdge& b);

// Groups `edges` by unordered pair of entities, bundles in the order of each
// pair's first relation in `edges`. With `one_per_relation` every relation is
// its own bundle (--all-edges).
std::vector<EdgeBundle> bundle_edges(const KnowledgeGraph& g, const std::vector<Edge>& edges,
                                     bool one_per_relation = false);

// Graphviz `dir` of the bundle's edge: "forward", "back", "both" or "none".
std::string_view bundle_direction(const EdgeBundle& bundle);

// The strongest relation's display label (its predicate when the label is
// empty), followed by " +N" when N other relations are in the bundle. Raw
// text: escape it for Graphviz (render/label_escape.h).
std::string bundle_label(const KnowledgeGraph& g, const EdgeBundle& bundle);

// One line of raw text per relation, strongest first:
//   "Subject label Object {key=value, ...} (confidence 0.90)"
// A bundle of one relation gets a single line, which also quotes its first
// evidence sentence after " — ". At most kBundleTooltipLines lines; a longer
// bundle ends with "... and N more".
inline constexpr std::size_t kBundleTooltipLines = 40;
std::vector<std::string> bundle_tooltip_lines(const KnowledgeGraph& g, const EdgeBundle& bundle);

}  // namespace kg::render
