// How communities look in a diagram: a fill colour per community and the
// legend entries that name them.
//
// The communities are those of the whole graph (detect_communities of the
// graph module), whatever part of it is drawn, so that a community keeps its
// colour from one drawing to the next. The largest kCommunityPaletteSize
// communities get a colour each; smaller ones share kOtherCommunityColor and
// one legend entry: cycling the palette would give two communities the same
// colour and make them look like one.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "kg/analytics.h"
#include "kg/graph.h"

namespace kg::render {

inline constexpr std::size_t kCommunityPaletteSize = 12;
inline constexpr std::string_view kOtherCommunityColor = "#ffffff";

// "#rrggbb", light enough for black text: palette entry `community` for
// community numbers below kCommunityPaletteSize, kOtherCommunityColor else.
std::string_view community_color(int community);

struct CommunityLegendEntry {
  std::string label;  // "Anwar Ibrahim (12)", or "42 smaller communities"
  std::string_view fillcolor;
};

class CommunityColoring {
 public:
  // The communities of `g` with `options`, each named by its member of highest
  // `scores` (a centrality per vertex; empty: the lowest vertex).
  CommunityColoring(const KnowledgeGraph& g, const CommunityOptions& options,
                    const std::vector<double>& scores);

  // The fill colour of vertex v.
  std::string_view color(Vertex v) const;
  int community(Vertex v) const { return communities_.membership[v]; }

  // The legend for a drawing of `vertices`: one entry per palette community
  // drawn, largest first, then one entry for the smaller ones drawn, if any.
  std::vector<CommunityLegendEntry> legend(const KnowledgeGraph& g,
                                           const std::vector<Vertex>& vertices) const;

 private:
  Communities communities_;
  std::vector<Vertex> representative_;  // per community
  std::vector<std::size_t> size_;       // per community
};

}  // namespace kg::render
