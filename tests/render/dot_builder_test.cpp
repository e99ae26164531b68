#include "render/dot_builder.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "cgraph_reader.h"
#include "render/community_style.h"
#include "render/graphviz_context.h"
#include "render/label_escape.h"
#include "render/legend.h"
#include "render/style.h"
#include "sample_graph.h"

namespace kg::render {
namespace {

std::string build_dot(const KnowledgeGraph& g, const RenderOptions& options,
                      std::string_view engine) {
  const Result<DrawSelection> selection = select_subgraph(g, options);
  REQUIRE(selection.ok());
  const AgraphPtr graph = build_agraph(g, *selection, options, engine);
  REQUIRE(graph != nullptr);
  return write_dot(graph.get());
}

Agnode_t* node_named(Agraph_t* graph, const std::string& name) {
  std::string copy = name;
  return agnode(graph, copy.data(), 0);
}

TEST_CASE("the built graph has one styled node per entity") {
  const KnowledgeGraph g = test::five_node_graph();
  const std::string dot = build_dot(g, RenderOptions{}, "dot");
  const test::ParsedGraph parsed = test::parse_dot(dot);
  REQUIRE(parsed != nullptr);

  for (Vertex v = 0; v < g.entity_count(); ++v) {
    Agnode_t* node = node_named(parsed.get(), "n" + std::to_string(v));
    REQUIRE(node != nullptr);
    const EntityNode& entity = g.entity(v);
    CHECK(test::attribute(node, "label") == entity.name);
    CHECK(test::attribute(node, "shape") == type_style(entity.type).shape);
    CHECK(test::attribute(node, "fillcolor") == type_style(entity.type).fillcolor);
    CHECK(test::attribute(node, "style") == "filled");
  }
  CHECK(test::attribute(node_named(parsed.get(), "n0"), "tooltip") == "To Lam (Person)");
  CHECK(test::attribute(parsed.get(), "layout") == "dot");
  CHECK(test::attribute(parsed.get(), "rankdir") == "LR");
  CHECK(dot.find("pos=") == std::string::npos);  // not laid out
}

TEST_CASE("edges carry display labels, tooltips and direction") {
  const KnowledgeGraph g = test::five_node_graph();
  const test::ParsedGraph parsed = test::parse_dot(build_dot(g, RenderOptions{}, "dot"));
  REQUIRE(parsed != nullptr);
  const std::vector<Agedge_t*> edges = test::edges_of(parsed.get());
  REQUIRE(edges.size() == 5);

  int symmetric = 0;
  bool saw_visit = false;
  bool saw_member = false;
  for (Agedge_t* edge : edges) {
    const std::string label = test::attribute(edge, "label");
    CHECK(label.find("year") == std::string::npos);  // qualifiers stay out of labels
    if (test::attribute(edge, "dir") == "none") {
      ++symmetric;
      CHECK(label == "CSP(2024)");
    }
    if (label == "visited") {
      saw_visit = true;
      CHECK(test::attribute(edge, "tooltip") ==
            "To Lam visited Malaysia {year=2024} (confidence 0.90) \u2014 To Lam paid an "
            "official visit to Malaysia in November.");
    }
    if (label == "member of") saw_member = true;  // also where the label was empty
  }
  CHECK(symmetric == 1);
  CHECK(saw_visit);
  CHECK(saw_member);
}

TEST_CASE("the legend lists only the entity types present") {
  const KnowledgeGraph g = test::five_node_graph();
  const test::ParsedGraph parsed = test::parse_dot(build_dot(g, RenderOptions{}, "dot"));
  REQUIRE(parsed != nullptr);
  std::string name = "cluster_legend";
  Agraph_t* legend = agsubg(parsed.get(), name.data(), 0);
  REQUIRE(legend != nullptr);
  CHECK(test::attribute(legend, "label") == "Legend");
  std::vector<std::string> labels;
  for (Agnode_t* node : test::nodes_of(legend)) {
    labels.push_back(test::attribute(node, "label"));
    const std::optional<EntityType> type = parse_entity_type(labels.back());
    REQUIRE(type.has_value());
    CHECK(test::attribute(node, "shape") == type_style(*type).shape);
  }
  std::sort(labels.begin(), labels.end());
  CHECK(labels == std::vector<std::string>{"Country", "Organization", "Person"});
  CHECK(test::nodes_of(parsed.get()).size() == 8);
}

TEST_CASE("engines without clusters draw the legend as one table node") {
  const KnowledgeGraph g = test::five_node_graph();
  for (const char* engine : {"sfdp", "neato", "circo", "twopi"}) {
    CAPTURE(engine);
    const std::string dot = build_dot(g, RenderOptions{}, engine);
    const test::ParsedGraph parsed = test::parse_dot(dot);
    REQUIRE(parsed != nullptr);
    std::string name = "cluster_legend";
    CHECK(agsubg(parsed.get(), name.data(), 0) == nullptr);
    Agnode_t* legend = node_named(parsed.get(), "legend");
    REQUIRE(legend != nullptr);
    const std::string label = test::attribute(legend, "label");
    CHECK(aghtmlstr(agget(legend, name.assign("label").data())));
    CHECK(label.rfind("<TABLE", 0) == 0);
    for (const char* type : {">Person<", ">Country<", ">Organization<"}) {
      CHECK(label.find(type) != std::string::npos);
    }
    CHECK(dot.find("label=<<TABLE") != std::string::npos);
    CHECK(test::nodes_of(parsed.get()).size() == 6);  // five entities, one legend
    CHECK(test::edges_of(parsed.get()).size() == 5);  // no invisible chain
  }
  const test::ParsedGraph fdp = test::parse_dot(build_dot(g, RenderOptions{}, "fdp"));
  REQUIRE(fdp != nullptr);
  std::string name = "cluster_legend";
  CHECK(agsubg(fdp.get(), name.data(), 0) != nullptr);
}

TEST_CASE("the legend counts the entities left out for having no relation") {
  KnowledgeGraph g = test::five_node_graph();
  test::add_entity(g, "Loner", EntityType::kPerson);
  test::add_entity(g, "Hermit", EntityType::kEvent);
  for (const char* engine : {"dot", "sfdp"}) {
    CAPTURE(engine);
    const std::string dot = build_dot(g, RenderOptions{}, engine);
    CHECK(dot.find("2 entities without relations not drawn (--isolated)") != std::string::npos);
    CHECK(dot.find("Loner") == std::string::npos);
    CHECK(dot.find("Event") == std::string::npos);  // no drawn Event, none in the legend
    RenderOptions isolated;
    isolated.isolated = true;
    const std::string all = build_dot(g, isolated, engine);
    CHECK(all.find("Loner") != std::string::npos);
    CHECK(all.find("not drawn") == std::string::npos);
  }
}

TEST_CASE("the focus entity is highlighted") {
  const KnowledgeGraph g = test::five_node_graph();
  RenderOptions focus_on_malaysia;
  focus_on_malaysia.focus = g.entity(2).name;
  const std::string dot = build_dot(g, focus_on_malaysia, "dot");
  const test::ParsedGraph parsed = test::parse_dot(dot);
  REQUIRE(parsed);
  for (Agnode_t* node : test::nodes_of(parsed.get())) {
    const bool focus = std::string(agnameof(node)) == "n2";  // Malaysia
    CAPTURE(agnameof(node));
    CHECK(test::attribute(node, "penwidth") == (focus ? "3" : "0.8"));
    CHECK(test::attribute(node, "peripheries") == (focus ? "2" : ""));
  }
}

TEST_CASE("scores set node sizes; no scores leave the defaults") {
  const KnowledgeGraph g = test::five_node_graph();
  RenderOptions options;
  options.scores = {0.0, 0.25, 1.0, 0.0, 0.0};
  test::ParsedGraph parsed = test::parse_dot(build_dot(g, options, "dot"));
  REQUIRE(parsed != nullptr);
  CHECK(test::attribute(node_named(parsed.get(), "n0"), "width") == "0.75");
  CHECK(test::attribute(node_named(parsed.get(), "n1"), "width") == "1.38");
  CHECK(test::attribute(node_named(parsed.get(), "n2"), "width") == "2.00");
  CHECK(test::attribute(node_named(parsed.get(), "n2"), "fontsize") == "20.00");

  parsed = test::parse_dot(build_dot(g, RenderOptions{}, "dot"));
  REQUIRE(parsed != nullptr);
  CHECK(test::attribute(node_named(parsed.get(), "n2"), "width") ==
        test::attribute(node_named(parsed.get(), "n0"), "width"));
}

TEST_CASE("title and force-directed settings") {
  const KnowledgeGraph g = test::five_node_graph();
  RenderOptions options;
  options.title = "Vietnam \\ Malaysia & friends";
  const test::ParsedGraph parsed = test::parse_dot(build_dot(g, options, "sfdp"));
  REQUIRE(parsed != nullptr);
  CHECK(test::attribute(parsed.get(), "label") == escape_label(options.title, kMaxTitleChars));
  CHECK(test::attribute(parsed.get(), "layout") == "sfdp");
  CHECK(test::attribute(parsed.get(), "overlap") == "false");
  CHECK(test::attribute(parsed.get(), "rankdir").empty());
}

TEST_CASE("adversarial names survive the DOT round trip") {
  const KnowledgeGraph g = test::adversarial_graph();
  REQUIRE(g.entity_count() == test::adversarial_names().size());
  const std::string dot = build_dot(g, RenderOptions{}, "dot");
  const test::ParsedGraph parsed = test::parse_dot(dot);
  REQUIRE(parsed != nullptr);
  for (Vertex v = 0; v < g.entity_count(); ++v) {
    Agnode_t* node = node_named(parsed.get(), "n" + std::to_string(v));
    REQUIRE(node != nullptr);
    CHECK(test::attribute(node, "label") == escape_label(g.entity(v).name));
  }
  CHECK(test::edges_of(parsed.get()).size() == g.relation_count());
}

TEST_CASE("by community, nodes are filled by community and the legend names them") {
  const KnowledgeGraph g = test::five_node_graph();
  RenderOptions options;
  options.color = NodeColor::kCommunity;
  options.scores = {0.1, 0.2, 0.5, 0.1, 0.3};
  const test::ParsedGraph parsed = test::parse_dot(build_dot(g, options, "dot"));
  REQUIRE(parsed != nullptr);
  const CommunityColoring coloring(g, options.communities, options.scores);
  for (Vertex v = 0; v < g.entity_count(); ++v) {
    Agnode_t* node = node_named(parsed.get(), "n" + std::to_string(v));
    REQUIRE(node != nullptr);
    CHECK(test::attribute(node, "fillcolor") == community_color(coloring.community(v)));
    CHECK(test::attribute(node, "shape") == type_style(g.entity(v).type).shape);
    CHECK(test::attribute(node, "tooltip").find(", community ") != std::string::npos);
  }
  std::string name = "cluster_legend";
  Agraph_t* legend = agsubg(parsed.get(), name.data(), 0);
  REQUIRE(legend != nullptr);
  const std::vector<CommunityLegendEntry> entries = coloring.legend(g, {0, 1, 2, 3, 4});
  REQUIRE(test::nodes_of(legend).size() == entries.size());
  for (std::size_t i = 0; i < entries.size(); ++i) {
    Agnode_t* node = node_named(legend, "legendc" + std::to_string(i));
    REQUIRE(node != nullptr);
    CHECK(test::attribute(node, "label") == entries[i].label);
    CHECK(test::attribute(node, "fillcolor") == entries[i].fillcolor);
  }
  // Malaysia (highest score) names the largest community.
  CHECK(entries.front().label.rfind("Malaysia (", 0) == 0);
}

TEST_CASE("by community, sfdp's one legend box has the communities and the note") {
  KnowledgeGraph g = test::five_node_graph();
  test::add_entity(g, "Loner", EntityType::kPerson);
  RenderOptions options;
  options.color = NodeColor::kCommunity;
  const test::ParsedGraph parsed = test::parse_dot(build_dot(g, options, "sfdp"));
  REQUIRE(parsed != nullptr);
  Agnode_t* legend = node_named(parsed.get(), "legend");
  REQUIRE(legend != nullptr);
  const std::string label = test::attribute(legend, "label");
  const CommunityColoring coloring(g, options.communities, options.scores);
  const std::vector<CommunityLegendEntry> entries = coloring.legend(g, {0, 1, 2, 3, 4});
  REQUIRE_FALSE(entries.empty());
  for (const CommunityLegendEntry& entry : entries) {
    CHECK(label.find("<TD BGCOLOR=\"" + std::string(entry.fillcolor) + "\">" + entry.label +
                     "</TD>") != std::string::npos);
  }
  CHECK(label.find(">Person<") == std::string::npos);  // no type rows by community
  CHECK(label.find(isolated_note(1)) != std::string::npos);
  CHECK(node_named(parsed.get(), "legendc0") == nullptr);
  CHECK(test::nodes_of(parsed.get()).size() == 6);  // five entities, one legend
}

TEST_CASE("an empty graph builds without a legend") {
  const KnowledgeGraph g;
  const test::ParsedGraph parsed = test::parse_dot(build_dot(g, RenderOptions{}, "dot"));
  REQUIRE(parsed != nullptr);
  CHECK(test::nodes_of(parsed.get()).empty());
  std::string name = "cluster_legend";
  CHECK(agsubg(parsed.get(), name.data(), 0) == nullptr);
}

}  // namespace
}  // namespace kg::render
