#include "render/html_page.h"

#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "kg/analytics.h"
#include "render/community_style.h"
#include "sample_graph.h"

namespace kg::render {
namespace {

// The text of the <script type="application/json"> data block.
std::string data_block(const std::string& page) {
  const std::string open = "<script type=\"application/json\" id=\"kg-data\">";
  const std::size_t start = page.find(open);
  if (start == std::string::npos) return {};
  const std::size_t end = page.find("</script>", start);
  return page.substr(start + open.size(), end - start - open.size());
}

TEST_CASE("hex_to_base64 encodes bytes with padding") {
  CHECK(hex_to_base64("") == "");
  CHECK(hex_to_base64("66") == "Zg==");
  CHECK(hex_to_base64("666f") == "Zm8=");
  CHECK(hex_to_base64("666f6f") == "Zm9v");
  CHECK(hex_to_base64("666F6F62") == "Zm9vYg==");
  CHECK(hex_to_base64("fbff") == "+/8=");
}

TEST_CASE("render_html_page writes one self-contained page with the graph as data") {
  const KnowledgeGraph g = test::five_node_graph();
  RenderOptions options;
  options.title = "Ties <&> \"x\"";
  const Result<std::string> page = render_html_page(g, options);
  REQUIRE(page.ok());
  CHECK(page->starts_with("<!DOCTYPE html>"));
  CHECK(page->find("<title>Ties &lt;&amp;&gt; &quot;x&quot;</title>") != std::string::npos);
  CHECK(page->find("script-src 'sha256-") != std::string::npos);
  CHECK(page->find("{{") == std::string::npos);
  CHECK(page->find("src=\"http") == std::string::npos);
  CHECK(page->find("window.kgView") != std::string::npos);
  const nlohmann::json json = nlohmann::json::parse(data_block(*page));
  CHECK(json["entities"].size() == 5);
  CHECK(json["relations"].size() == 5);
  for (const nlohmann::json& entity : json["entities"]) CHECK(entity.contains("x"));
}

TEST_CASE("render_html_page holds the focus neighbourhood only") {
  const KnowledgeGraph g = test::five_node_graph();
  RenderOptions options;
  options.focus = "ASEAN";
  const Result<std::string> page = render_html_page(g, options);
  REQUIRE(page.ok());
  const nlohmann::json json = nlohmann::json::parse(data_block(*page));
  CHECK(json["entities"].size() == 3);
  CHECK(json["graphEntities"] == 5);
}

TEST_CASE("render_html_page draws the max_drawn most central entities and holds all") {
  const KnowledgeGraph g = test::five_node_graph();
  RenderOptions options;
  options.max_drawn = 2;
  options.scores = {0.1, 0.2, 0.5, 0.05, 0.3};  // Malaysia, then ASEAN
  const Result<std::string> page = render_html_page(g, options);
  REQUIRE(page.ok());
  const nlohmann::json json = nlohmann::json::parse(data_block(*page));
  REQUIRE(json["entities"].size() == 5);
  CHECK(json["limit"] == 2);
  std::vector<std::string> drawn;
  for (const nlohmann::json& entity : json["entities"]) {
    if (entity.contains("x")) drawn.push_back(entity["n"]);
  }
  CHECK(drawn == std::vector<std::string>{"Malaysia", "ASEAN"});
}

TEST_CASE("render_html_page carries the communities of the whole graph") {
  const KnowledgeGraph g = test::five_node_graph();
  const Communities communities = detect_communities(g);
  RenderOptions options;
  options.focus = "ASEAN";
  Result<std::string> page = render_html_page(g, options);
  REQUIRE(page.ok());
  nlohmann::json json = nlohmann::json::parse(data_block(*page));
  CHECK(json["colorBy"] == "type");
  CHECK(json["communities"]["count"] == communities.count);
  CHECK(json["communities"]["modularity"].get<double>() == doctest::Approx(communities.modularity));
  CHECK(json["communities"]["colors"].size() == kCommunityPaletteSize);
  for (const nlohmann::json& entity : json["entities"]) {
    CHECK(entity["k"] == communities.membership[entity["id"].get<std::size_t>()]);
  }
  options.color = NodeColor::kCommunity;
  page = render_html_page(g, options);
  REQUIRE(page.ok());
  json = nlohmann::json::parse(data_block(*page));
  CHECK(json["colorBy"] == "community");
}

TEST_CASE("render_html_page reports an unknown focus") {
  const KnowledgeGraph g = test::five_node_graph();
  RenderOptions options;
  options.focus = "Atlantis";
  const Result<std::string> page = render_html_page(g, options);
  REQUIRE_FALSE(page.ok());
  CHECK(page.status().message().find("Atlantis") != std::string::npos);
}

}  // namespace
}  // namespace kg::render
