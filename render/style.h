// How each entity type looks in a diagram, and how a score maps to node size.
//
// The table covers every EntityType; the strings are Graphviz colour and shape
// names and have static storage. Pure functions, no errors.
#pragma once

#include <string_view>

#include "kg/graph.h"

namespace kg::render {

struct TypeStyle {
  std::string_view fillcolor;  // "#rrggbb", light enough for black text
  std::string_view shape;      // Graphviz node shape
};

const TypeStyle& type_style(EntityType type);

// The text of the type's legend entry ("Person", ..., "Thing").
std::string_view legend_label(EntityType type);

struct NodeSize {
  double width;     // inches; a minimum, labels may widen the node
  double fontsize;  // points
};

inline constexpr NodeSize kMinNodeSize{0.75, 11.0};
inline constexpr NodeSize kMaxNodeSize{2.0, 20.0};

// Size for `score` within [min, max]: kMinNodeSize at min, kMaxNodeSize at max,
// growing with the square root of the relative score so that a few dominant
// scores do not shrink every other node to the minimum. Scores outside the
// range are clamped; a NaN score, or an empty range (max <= min), gives
// kMinNodeSize.
NodeSize node_size(double score, double min, double max);

}  // namespace kg::render
