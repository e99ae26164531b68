#include "render/html_data.h"

#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <nlohmann/json.hpp>
#include <string>

#include "sample_graph.h"

namespace kg::render {
namespace {

PageData all_of(const KnowledgeGraph& g) {
  PageData data;
  data.title = "Sample";
  data.drawn_limit = 10;
  for (Vertex v = 0; v < g.entity_count(); ++v) data.entities.push_back(v);
  data.positions.engine = "dot";
  data.positions.at.resize(g.entity_count());
  data.positions.at[0] = Point{1.5, -2};
  data.degree.assign(g.entity_count(), 0.25);
  data.pagerank.assign(g.entity_count(), 0.2);
  data.betweenness.assign(g.entity_count(), 0);
  return data;
}

TEST_CASE("page_data_json holds entities, positions, scores and relations with evidence") {
  const KnowledgeGraph g = test::five_node_graph();
  const nlohmann::json json = nlohmann::json::parse(page_data_json(g, all_of(g)));
  CHECK(json["title"] == "Sample");
  CHECK(json["layout"] == "dot");
  CHECK(json["graphEntities"] == 5);
  CHECK(json["types"][0] == "Person");
  CHECK(json["colors"].size() == json["types"].size());
  REQUIRE(json["entities"].size() == 5);
  CHECK(json["entities"][3]["n"] == "Anwar Ibrahim");
  CHECK(json["entities"][3]["id"] == 3);
  CHECK(json["entities"][0]["x"] == 1.5);
  CHECK(json["entities"][0]["y"] == -2);
  CHECK_FALSE(json["entities"][1].contains("x"));
  CHECK(json["entities"][1]["c"] == nlohmann::json::array({0.25, 0.2, 0}));
  CHECK(json["documents"][json["entities"][1]["d"][0].get<int>()]["name"] == "sample.txt");
  REQUIRE(json["relations"].size() == 5);
  bool found = false;
  for (const nlohmann::json& r : json["relations"]) {
    if (r["p"] != "visited") continue;
    found = true;
    CHECK(r["s"] == 0);
    CHECK(r["o"] == 2);
    CHECK(r["q"]["year"] == "2024");
    CHECK(r["y"] == 0);
    CHECK(r["c"] == 0.9);
    CHECK(r["e"][0][2] == "To Lam paid an official visit to Malaysia in November.");
  }
  CHECK(found);
}

TEST_CASE("page_data_json keeps only relations between entities of the page") {
  const KnowledgeGraph g = test::five_node_graph();
  PageData data = all_of(g);
  data.entities = {1, 2, 4};  // Vietnam, Malaysia, ASEAN
  const nlohmann::json json = nlohmann::json::parse(page_data_json(g, data));
  CHECK(json["entities"].size() == 3);
  CHECK(json["relations"].size() == 3);
  for (const nlohmann::json& r : json["relations"]) {
    CHECK(r["s"].get<int>() < 3);
    CHECK(r["o"].get<int>() < 3);
  }
}

TEST_CASE("page_data_json escapes text for a script element and writes finite numbers") {
  KnowledgeGraph g;
  const Vertex a =
      test::add_entity(g, "</script><script>window.pwned=1</script>", EntityType::kPerson);
  const Vertex b = test::add_entity(g, "<!-- x \u2028", EntityType::kPerson);
  test::add_relation(g, a, b, "met", "<b>met</b>", true, "He said </script> & <!-- left.");
  PageData data = all_of(g);
  data.pagerank[0] = std::numeric_limits<double>::quiet_NaN();
  const std::string text = page_data_json(g, data);
  CHECK(text.find('<') == std::string::npos);
  CHECK(text.find('>') == std::string::npos);
  CHECK(text.find('&') == std::string::npos);
  CHECK(text.find("\u2028") == std::string::npos);
  const nlohmann::json json = nlohmann::json::parse(text);
  CHECK(json["entities"][0]["n"] == "</script><script>window.pwned=1</script>");
  CHECK(json["entities"][0]["c"][1] == 0);
  CHECK(json["relations"][0]["l"] == "<b>met</b>");
  CHECK(json["relations"][0]["e"][0][2] == "He said </script> & <!-- left.");
}

}  // namespace
}  // namespace kg::render
