#include <doctest/doctest.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include <algorithm>
#include <string>
#include <vector>

#include "cgraph_reader.h"
#include "kg/render.h"
#include "render/label_escape.h"
#include "sample_graph.h"

namespace kg {
namespace {

// What an SVG document shows: the text of every <text> element and every
// tooltip (xlink:title). `well_formed` is false when libxml2 rejects it.
struct SvgContent {
  bool well_formed = false;
  std::string root;
  std::vector<std::string> texts;
  std::vector<std::string> tooltips;

  bool has_text(const std::string& s) const {
    return std::find(texts.begin(), texts.end(), s) != texts.end();
  }
  bool has_tooltip(const std::string& s) const {
    return std::find(tooltips.begin(), tooltips.end(), s) != tooltips.end();
  }
};

std::string to_string(const xmlChar* text) {
  return text == nullptr ? std::string() : std::string(reinterpret_cast<const char*>(text));
}

void collect(xmlNode* node, SvgContent& content) {
  for (; node != nullptr; node = node->next) {
    if (node->type != XML_ELEMENT_NODE) continue;
    const std::string name = to_string(node->name);
    if (name == "text") {
      xmlChar* text = xmlNodeGetContent(node);
      content.texts.push_back(to_string(text));
      xmlFree(text);
    }
    if (name == "a") {
      xmlChar* title =
          xmlGetNsProp(node, reinterpret_cast<const xmlChar*>("title"),
                       reinterpret_cast<const xmlChar*>("http://www.w3.org/1999/xlink"));
      if (title != nullptr) content.tooltips.push_back(to_string(title));
      xmlFree(title);
    }
    collect(node->children, content);
  }
}

SvgContent parse_svg(const std::string& svg) {
  SvgContent content;
  xmlDoc* doc = xmlReadMemory(svg.data(), static_cast<int>(svg.size()), "render.svg", nullptr,
                              XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  if (doc == nullptr) return content;
  content.well_formed = true;
  xmlNode* root = xmlDocGetRootElement(doc);
  content.root = root == nullptr ? "" : to_string(root->name);
  collect(root, content);
  xmlFreeDoc(doc);
  return content;
}

std::string render_ok(const KnowledgeGraph& g, const RenderOptions& options) {
  Result<std::string> bytes = render_graph(g, options);
  REQUIRE_MESSAGE(bytes.ok(), bytes.status().message());
  return std::move(bytes).value();
}

TEST_CASE("parse_render_format") {
  CHECK(parse_render_format("svg") == RenderFormat::kSvg);
  CHECK(parse_render_format("png") == RenderFormat::kPng);
  CHECK(parse_render_format("pdf") == RenderFormat::kPdf);
  CHECK(parse_render_format("dot") == RenderFormat::kDot);
  CHECK(parse_render_format("gv") == RenderFormat::kDot);
  CHECK_FALSE(parse_render_format("SVG").has_value());
  CHECK_FALSE(parse_render_format("jpeg").has_value());
  CHECK_FALSE(parse_render_format("").has_value());
}

TEST_CASE("file_extension: the last dot of the file name, lower case") {
  CHECK(file_extension("out/graph.PNG") == "png");
  CHECK(file_extension("a.b/graph") == "");
  CHECK(file_extension("graph.tar.gz") == "gz");
  CHECK(file_extension(".png") == "");
  CHECK(file_extension("-") == "");
  CHECK(render_format_name(RenderFormat::kPng) == "png");
}

TEST_CASE("dpi and size are graph attributes, checked") {
  CHECK(valid_render_size("8,6"));
  CHECK(valid_render_size("7.5!"));
  CHECK(valid_render_size("8,6!"));
  CHECK_FALSE(valid_render_size("big"));
  CHECK_FALSE(valid_render_size("0,6"));
  CHECK_FALSE(valid_render_size("8,"));
  CHECK_FALSE(valid_render_size(""));
  const KnowledgeGraph g = render::test::five_node_graph();
  RenderOptions options;
  options.format = RenderFormat::kDot;
  options.dpi = 150;
  options.size = "4,3!";
  const std::string dot = render_ok(g, options);
  CHECK(dot.find("dpi=150") != std::string::npos);
  CHECK(dot.find("size=\"4,3!\"") != std::string::npos);
  options.dpi = 0.5;
  CHECK_FALSE(render_graph(g, options).ok());
  options.dpi = 0;
  options.size = "x";
  CHECK_FALSE(render_graph(g, options).ok());
}

TEST_CASE("choose_layout switches from dot to sfdp, then gives up") {
  CHECK(choose_layout(0, 0) == "dot");
  CHECK(choose_layout(kDotLayoutMaxNodes, kDotLayoutMaxEdges) == "dot");
  CHECK(choose_layout(kDotLayoutMaxNodes + 1, 0) == "sfdp");
  CHECK(choose_layout(10, kDotLayoutMaxEdges + 1) == "sfdp");
  CHECK(choose_layout(kAutoLayoutMaxNodes, kAutoLayoutMaxEdges) == "sfdp");
  CHECK_FALSE(choose_layout(kAutoLayoutMaxNodes + 1, 0).has_value());
  CHECK_FALSE(choose_layout(10, kAutoLayoutMaxEdges + 1).has_value());
  CHECK(sfdp_overlap(kSfdpPrismMaxNodes) == "false");
  CHECK(sfdp_overlap(kSfdpPrismMaxNodes + 1) == "scale");
}

TEST_CASE("an unknown layout is an InvalidArgument") {
  const KnowledgeGraph g = render::test::five_node_graph();
  RenderOptions options;
  options.layout = "spring";
  const Result<std::string> bytes = render_graph(g, options);
  REQUIRE_FALSE(bytes.ok());
  CHECK(bytes.status().code() == StatusCode::kInvalidArgument);
  CHECK(bytes.status().message().find("spring") != std::string::npos);
}

TEST_CASE("auto refuses a graph too big to lay out until --top cuts it") {
  KnowledgeGraph g;
  EntityNode a;
  a.name = "A";
  EntityNode b;
  b.name = "B";
  const Vertex va = g.append_entity(a);
  const Vertex vb = g.append_entity(b);
  RelationEdge relation;
  relation.predicate = relation.label = "met";
  for (std::size_t i = 0; i <= kAutoLayoutMaxEdges; ++i) g.append_relation(va, vb, relation);
  RenderOptions options;
  const Result<std::string> svg = render_graph(g, options);
  REQUIRE_FALSE(svg.ok());
  CHECK(svg.status().code() == StatusCode::kInvalidArgument);
  CHECK(svg.status().message().find("--top") != std::string::npos);
  CHECK(svg.status().message().find("--focus") != std::string::npos);
  options.top = 1;  // one entity, no relations: small again
  CHECK(render_graph(g, options).ok());
}

TEST_CASE("a missing focus entity is NotFound, naming it") {
  const KnowledgeGraph g = render::test::five_node_graph();
  RenderOptions options;
  options.focus = "Nowhere Land";
  const Result<std::string> bytes = render_graph(g, options);
  REQUIRE_FALSE(bytes.ok());
  CHECK(bytes.status().code() == StatusCode::kNotFound);
  CHECK(bytes.status().message().find("Nowhere Land") != std::string::npos);
}

TEST_CASE("SVG of the sample graph shows names, labels, legend and tooltips") {
  const KnowledgeGraph g = render::test::five_node_graph();
  RenderOptions options;
  options.title = "Vietnam & Malaysia";
  options.scores = {0.5, 0.2, 1.0, 0.4, 0.1};
  const std::string svg = render_ok(g, options);
  const SvgContent content = parse_svg(svg);
  REQUIRE(content.well_formed);
  CHECK(content.root == "svg");
  for (const char* text :
       {"To Lam", "Vietnam", "Malaysia", "Anwar Ibrahim", "ASEAN", "visited", "CSP(2024)", "PM of",
        "member of", "Legend", "Person", "Country", "Organization", "Vietnam & Malaysia"}) {
    CAPTURE(text);
    CHECK(content.has_text(text));
  }
  CHECK_FALSE(content.has_text("Event"));  // no Event in the graph, none in the legend
  CHECK(content.has_tooltip("To Lam (Person)"));
  CHECK(content.has_tooltip(
      "Anwar Ibrahim PM of Malaysia (confidence 0.90) \u2014 Malaysian Prime Minister Anwar "
      "Ibrahim welcomed him."));
}

TEST_CASE("adversarial names appear verbatim in SVG text and tooltips") {
  const KnowledgeGraph g = render::test::adversarial_graph();
  for (const char* layout : {"dot", "sfdp"}) {
    CAPTURE(layout);
    RenderOptions options;
    options.layout = layout;
    const SvgContent content = parse_svg(render_ok(g, options));
    REQUIRE(content.well_formed);
    for (const std::string& name : render::test::adversarial_names()) {
      CAPTURE(name);
      CHECK(content.has_text(name));
      CHECK(content.has_tooltip(name + " (Organization)"));
    }
    CHECK(content.has_text("<b>&\"\\l"));
    CHECK(content.has_tooltip(
        "Say \"hi\" <b>&\"\\l back\\slash (confidence 0.90) \u2014 He said \"<b>\" & \\n "
        "then left."));
  }
}

TEST_CASE("control characters and bad UTF-8 in names still give well-formed SVG") {
  KnowledgeGraph g;
  const Vertex a = render::test::add_entity(g, "bell\x07 and\x1B esc", EntityType::kPerson);
  const Vertex b = render::test::add_entity(g, "bad \xFF\xFE bytes", EntityType::kPlace);
  render::test::add_relation(g, a, b, "line\nbreak");
  const SvgContent content = parse_svg(render_ok(g, RenderOptions{}));
  REQUIRE(content.well_formed);
  CHECK(content.has_text("bell and esc"));
  CHECK(content.has_text("bad \uFFFD\uFFFD bytes"));
  CHECK(content.has_text("line break"));
}

TEST_CASE("DOT output holds the names and parses again") {
  const KnowledgeGraph g = render::test::adversarial_graph();
  RenderOptions options;
  options.format = RenderFormat::kDot;
  const std::string dot = render_ok(g, options);
  CHECK(dot.starts_with("digraph"));
  const render::test::ParsedGraph parsed = render::test::parse_dot(dot);
  REQUIRE(parsed != nullptr);
  std::vector<std::string> labels;
  for (Agnode_t* node : render::test::nodes_of(parsed.get())) {
    labels.push_back(render::test::attribute(node, "label"));
  }
  for (const std::string& name : render::test::adversarial_names()) {
    CAPTURE(name);
    CHECK(std::find(labels.begin(), labels.end(), render::escape_label(name)) != labels.end());
  }
  CHECK(dot.find("Vi\u1EC7t Nam") != std::string::npos);
}

TEST_CASE("PNG and PDF come out of the cairo plugin") {
  const KnowledgeGraph g = render::test::five_node_graph();
  RenderOptions options;
  options.format = RenderFormat::kPng;
  CHECK(render_ok(g, options).starts_with("\x89PNG\r\n"));
  options.format = RenderFormat::kPdf;
  CHECK(render_ok(g, options).starts_with("%PDF-"));
}

TEST_CASE("every named layout renders") {
  const KnowledgeGraph g = render::test::five_node_graph();
  for (const char* layout : {"auto", "dot", "sfdp", "neato", "circo", "fdp", "twopi"}) {
    CAPTURE(layout);
    RenderOptions options;
    options.layout = layout;
    const SvgContent content = parse_svg(render_ok(g, options));
    REQUIRE(content.well_formed);
    CHECK(content.has_text("Anwar Ibrahim"));
  }
}

TEST_CASE("focus and top limit what is drawn") {
  const KnowledgeGraph g = render::test::five_node_graph();
  RenderOptions options;
  options.focus = "Anwar Ibrahim";
  SvgContent content = parse_svg(render_ok(g, options));
  REQUIRE(content.well_formed);
  CHECK(content.has_text("Anwar Ibrahim"));
  CHECK(content.has_text("Malaysia"));
  CHECK_FALSE(content.has_text("To Lam"));
  CHECK_FALSE(content.has_text("Organization"));

  options = RenderOptions{};
  options.top = 2;  // by degree: Malaysia, then ASEAN (ties by name)
  content = parse_svg(render_ok(g, options));
  REQUIRE(content.well_formed);
  CHECK(content.has_text("Malaysia"));
  CHECK(content.has_text("ASEAN"));
  CHECK_FALSE(content.has_text("Vietnam"));
}

TEST_CASE("an empty graph renders an empty, valid SVG") {
  const KnowledgeGraph g;
  const SvgContent content = parse_svg(render_ok(g, RenderOptions{}));
  CHECK(content.well_formed);
  CHECK(content.texts.empty());
}

}  // namespace
}  // namespace kg
