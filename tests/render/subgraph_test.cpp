#include "render/subgraph.h"

#include <doctest/doctest.h>

#include <string>

#include "sample_graph.h"

namespace kg::render {
namespace {

std::vector<std::string> names_of(const KnowledgeGraph& g, const DrawSelection& selection) {
  std::vector<std::string> names;
  for (const Vertex v : selection.vertices) names.push_back(g.entity(v).name);
  return names;
}

using Names = std::vector<std::string>;

TEST_CASE("without focus or top every entity and relation is drawn") {
  const KnowledgeGraph g = test::five_node_graph();
  const Result<DrawSelection> selection = select_subgraph(g, RenderOptions{});
  REQUIRE(selection.ok());
  CHECK(selection->vertices.size() == 5);
  CHECK(selection->edges.size() == 5);
}

TEST_CASE("focus draws the neighbourhood within depth hops") {
  const KnowledgeGraph g = test::five_node_graph();
  RenderOptions options;
  options.focus = "To Lam";
  options.depth = 1;
  Result<DrawSelection> selection = select_subgraph(g, options);
  REQUIRE(selection.ok());
  CHECK(names_of(g, *selection) == Names{"To Lam", "Malaysia"});
  CHECK(selection->edges.size() == 1);

  options.depth = 2;
  selection = select_subgraph(g, options);
  REQUIRE(selection.ok());
  CHECK(names_of(g, *selection) ==
        Names{"To Lam", "Vietnam", "Malaysia", "Anwar Ibrahim", "ASEAN"});

  options.depth = 0;
  selection = select_subgraph(g, options);
  REQUIRE(selection.ok());
  CHECK(names_of(g, *selection) == Names{"To Lam"});
  CHECK(selection->edges.empty());
}

TEST_CASE("focus names are looked up like KnowledgeGraph::find") {
  const KnowledgeGraph g = test::five_node_graph();
  RenderOptions options;
  options.focus = "anwar ibrahim";
  options.depth = 1;
  const Result<DrawSelection> selection = select_subgraph(g, options);
  REQUIRE(selection.ok());
  CHECK(names_of(g, *selection) == Names{"Malaysia", "Anwar Ibrahim"});
}

TEST_CASE("an unknown focus is NotFound and named in the message") {
  const KnowledgeGraph g = test::five_node_graph();
  RenderOptions options;
  options.focus = "Atlantis";
  const Result<DrawSelection> selection = select_subgraph(g, options);
  REQUIRE_FALSE(selection.ok());
  CHECK(selection.status().code() == StatusCode::kNotFound);
  CHECK(selection.status().message().find("\"Atlantis\"") != std::string::npos);
  CHECK(selection.status().message().find('\n') == std::string::npos);
}

TEST_CASE("top keeps the best-scored entities") {
  const KnowledgeGraph g = test::five_node_graph();
  RenderOptions options;
  options.top = 2;
  options.scores = {0.1, 0.9, 0.5, 0.7, 0.2};
  options.isolated = true;
  Result<DrawSelection> selection = select_subgraph(g, options);
  REQUIRE(selection.ok());
  CHECK(names_of(g, *selection) == Names{"Vietnam", "Anwar Ibrahim"});
  CHECK(selection->edges.empty());
  CHECK(selection->hidden_isolated == 0);

  // By default the two best are dropped, having no relation to each other.
  options.isolated = false;
  selection = select_subgraph(g, options);
  REQUIRE(selection.ok());
  CHECK(selection->vertices.empty());
  CHECK(selection->hidden_isolated == 2);
  options.top = 3;  // Malaysia joins them: Vietnam and Anwar both relate to it
  selection = select_subgraph(g, options);
  REQUIRE(selection.ok());
  CHECK(names_of(g, *selection) == Names{"Vietnam", "Malaysia", "Anwar Ibrahim"});
  CHECK(selection->edges.size() == 2);
}

TEST_CASE("entities without relations are left out unless asked for") {
  KnowledgeGraph g = test::five_node_graph();
  const Vertex loner = test::add_entity(g, "Loner", EntityType::kPerson);
  const Vertex selfish = test::add_entity(g, "Selfish", EntityType::kPerson);
  test::add_relation(g, selfish, selfish, "praised");  // a self loop joins nothing
  RenderOptions options;
  Result<DrawSelection> selection = select_subgraph(g, options);
  REQUIRE(selection.ok());
  CHECK(selection->vertices.size() == 5);
  CHECK(selection->edges.size() == 5);
  CHECK(selection->hidden_isolated == 2);
  CHECK_FALSE(selection->focus.has_value());

  options.isolated = true;
  selection = select_subgraph(g, options);
  REQUIRE(selection.ok());
  CHECK(selection->vertices.size() == 7);
  CHECK(selection->edges.size() == 6);

  // The focus entity is drawn even alone.
  options.isolated = false;
  options.focus = "Loner";
  selection = select_subgraph(g, options);
  REQUIRE(selection.ok());
  CHECK(selection->vertices == std::vector<Vertex>{loner});
  CHECK(selection->focus == loner);
  CHECK(selection->hidden_isolated == 0);
}

TEST_CASE("top without scores ranks by degree") {
  const KnowledgeGraph g = test::five_node_graph();
  RenderOptions options;
  options.top = 2;
  const Result<DrawSelection> selection = select_subgraph(g, options);
  REQUIRE(selection.ok());
  CHECK(names_of(g, *selection) == Names{"Malaysia", "ASEAN"});
}

TEST_CASE("top within a focus keeps the focus entity") {
  const KnowledgeGraph g = test::five_node_graph();
  RenderOptions options;
  options.focus = "ASEAN";
  options.depth = 1;
  options.top = 2;
  options.scores = {0.0, 0.1, 0.9, 1.0, 0.0};  // Anwar is best but not a neighbour
  const Result<DrawSelection> selection = select_subgraph(g, options);
  REQUIRE(selection.ok());
  CHECK(names_of(g, *selection) == Names{"Malaysia", "ASEAN"});
  CHECK(selection->edges.size() == 1);
}

TEST_CASE("bad depth and score vectors are rejected") {
  const KnowledgeGraph g = test::five_node_graph();
  RenderOptions options;
  options.scores = {1.0, 2.0};
  Result<DrawSelection> selection = select_subgraph(g, options);
  REQUIRE_FALSE(selection.ok());
  CHECK(selection.status().code() == StatusCode::kInvalidArgument);

  options.scores.clear();
  options.focus = "Vietnam";
  options.depth = -1;
  selection = select_subgraph(g, options);
  REQUIRE_FALSE(selection.ok());
  CHECK(selection.status().code() == StatusCode::kInvalidArgument);
}

TEST_CASE("an empty graph selects nothing") {
  const KnowledgeGraph g;
  RenderOptions options;
  options.top = 3;
  const Result<DrawSelection> selection = select_subgraph(g, options);
  REQUIRE(selection.ok());
  CHECK(selection->vertices.empty());
  CHECK(selection->edges.empty());
}

}  // namespace
}  // namespace kg::render
