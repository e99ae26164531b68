#include "render/community_style.h"

#include <doctest/doctest.h>

#include <set>
#include <string>
#include <vector>

#include "sample_graph.h"

namespace kg::render {
namespace {

// `pairs` disjoint pairs "a<i>"-"b<i>", then a triangle "hub", "x", "y".
KnowledgeGraph pairs_and_triangle(std::size_t pairs) {
  KnowledgeGraph g;
  for (std::size_t i = 0; i < pairs; ++i) {
    const Vertex a = test::add_entity(g, "a" + std::to_string(i), EntityType::kPerson);
    const Vertex b = test::add_entity(g, "b" + std::to_string(i), EntityType::kPerson);
    test::add_relation(g, a, b, "knows");
  }
  const Vertex hub = test::add_entity(g, "hub", EntityType::kCountry);
  const Vertex x = test::add_entity(g, "x", EntityType::kPerson);
  const Vertex y = test::add_entity(g, "y", EntityType::kPerson);
  test::add_relation(g, hub, x, "knows");
  test::add_relation(g, x, y, "knows");
  test::add_relation(g, y, hub, "knows");
  return g;
}

std::vector<Vertex> all_vertices(const KnowledgeGraph& g) {
  std::vector<Vertex> vertices;
  for (Vertex v = 0; v < g.entity_count(); ++v) vertices.push_back(v);
  return vertices;
}

}  // namespace

TEST_CASE("the community palette has distinct light colours, then a neutral one") {
  std::set<std::string_view> colours;
  for (int c = 0; c < static_cast<int>(kCommunityPaletteSize); ++c) {
    const std::string_view colour = community_color(c);
    CHECK(colour.size() == 7);
    CHECK(colour.front() == '#');
    CHECK(colour != kOtherCommunityColor);
    colours.insert(colour);
  }
  CHECK(colours.size() == kCommunityPaletteSize);
  CHECK(community_color(static_cast<int>(kCommunityPaletteSize)) == kOtherCommunityColor);
  CHECK(community_color(1000) == kOtherCommunityColor);
  CHECK(community_color(-1) == kOtherCommunityColor);
}

TEST_CASE("communities are coloured and named by their most central member") {
  const KnowledgeGraph g = pairs_and_triangle(2);
  // Scores make "x" the most central of the triangle, "b1" of its pair.
  std::vector<double> scores(g.entity_count(), 0.1);
  scores[*g.find("x")] = 0.9;
  scores[*g.find("b1")] = 0.5;
  const CommunityColoring coloring(g, CommunityOptions{}, scores);
  const Vertex hub = *g.find("hub");
  CHECK(coloring.community(hub) == 0);  // the largest
  CHECK(coloring.color(hub) == community_color(0));
  CHECK(coloring.color(*g.find("y")) == community_color(0));
  CHECK(coloring.community(*g.find("a0")) == 1);  // pairs: by lowest vertex
  CHECK(coloring.community(*g.find("a1")) == 2);

  const std::vector<CommunityLegendEntry> legend = coloring.legend(g, all_vertices(g));
  REQUIRE(legend.size() == 3);
  CHECK(legend[0].label == "x (3)");
  CHECK(legend[0].fillcolor == community_color(0));
  CHECK(legend[1].label == "a0 (2)");  // tie: the lower vertex
  CHECK(legend[2].label == "b1 (2)");
  CHECK(legend[2].fillcolor == community_color(2));

  // Only the communities drawn are listed.
  const std::vector<CommunityLegendEntry> part = coloring.legend(g, {*g.find("a1")});
  REQUIRE(part.size() == 1);
  CHECK(part[0].label == "b1 (2)");
}

TEST_CASE("communities beyond the palette share the neutral colour and one entry") {
  const std::size_t pairs = kCommunityPaletteSize + 2;
  const KnowledgeGraph g = pairs_and_triangle(pairs);
  const CommunityColoring coloring(g, CommunityOptions{}, {});
  const std::vector<CommunityLegendEntry> legend = coloring.legend(g, all_vertices(g));
  REQUIRE(legend.size() == kCommunityPaletteSize + 1);
  CHECK(legend.front().label == "hub (3)");  // no scores: the lowest vertex
  CHECK(legend.back().label == "3 smaller communities");
  CHECK(legend.back().fillcolor == kOtherCommunityColor);
  const Vertex last = *g.find("b" + std::to_string(pairs - 1));
  CHECK(coloring.color(last) == kOtherCommunityColor);

  const std::vector<CommunityLegendEntry> one = coloring.legend(g, {last});
  REQUIRE(one.size() == 1);
  CHECK(one[0].label == "1 smaller community");
}

}  // namespace kg::render
