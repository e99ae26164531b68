#include "render/community_style.h"

#include <array>

namespace kg::render {
namespace {

// ColorBrewer's "Set3" (12 light qualitative colours), with its grey moved
// last so that the largest communities get the most distinct hues.
constexpr std::array<std::string_view, kCommunityPaletteSize> kPalette = {
    "#8dd3c7", "#ffffb3", "#bebada", "#fb8072", "#80b1d3", "#fdb462",
    "#b3de69", "#fccde5", "#bc80bd", "#ccebc5", "#ffed6f", "#d9d9d9"};

}  // namespace

std::string_view community_color(int community) {
  if (community < 0 || static_cast<std::size_t>(community) >= kPalette.size()) {
    return kOtherCommunityColor;
  }
  return kPalette[static_cast<std::size_t>(community)];
}

CommunityColoring::CommunityColoring(const KnowledgeGraph& g, const CommunityOptions& options,
                                     const std::vector<double>& scores)
    : communities_(detect_communities(g, options)) {
  const auto count = static_cast<std::size_t>(communities_.count);
  size_.assign(count, 0);
  for (const int c : communities_.membership) ++size_[static_cast<std::size_t>(c)];
  representative_.reserve(count);
  for (const std::vector<Vertex>& top : community_members(communities_, scores, 1)) {
    representative_.push_back(top.front());  // communities are never empty
  }
}

std::string_view CommunityColoring::color(Vertex v) const { return community_color(community(v)); }

std::vector<CommunityLegendEntry> CommunityColoring::legend(
    const KnowledgeGraph& g, const std::vector<Vertex>& vertices) const {
  std::vector<bool> drawn(size_.size(), false);
  for (const Vertex v : vertices) drawn[static_cast<std::size_t>(community(v))] = true;
  std::vector<CommunityLegendEntry> entries;
  std::size_t others = 0;
  for (std::size_t c = 0; c < drawn.size(); ++c) {
    if (!drawn[c]) continue;
    if (c >= kCommunityPaletteSize) {
      ++others;
      continue;
    }
    entries.push_back({g.entity(representative_[c]).name + " (" + std::to_string(size_[c]) + ")",
                       community_color(static_cast<int>(c))});
  }
  if (others > 0) {
    entries.push_back(
        {std::to_string(others) + (others == 1 ? " smaller community" : " smaller communities"),
         kOtherCommunityColor});
  }
  return entries;
}

}  // namespace kg::render
