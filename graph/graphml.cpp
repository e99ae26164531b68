#include <string_view>

#include "graph/encoding.h"
#include "kg/io.h"

namespace kg {

namespace {

struct KeySpec {
  std::string_view id;
  std::string_view domain;
  std::string_view name;
  std::string_view type;
};

constexpr KeySpec kKeys[] = {
    {"d0", "node", "name", "string"},       {"d1", "node", "type", "string"},
    {"d2", "node", "aliases", "string"},    {"d3", "node", "mentions", "int"},
    {"d4", "edge", "predicate", "string"},  {"d5", "edge", "label", "string"},
    {"d6", "edge", "symmetric", "boolean"}, {"d7", "edge", "confidence", "double"},
    {"d8", "edge", "evidence", "int"},
};

void append_data(std::string& out, std::string_view key, std::string_view escaped_value) {
  out += "      <data key=\"";
  out += key;
  out += "\">";
  out += escaped_value;
  out += "</data>\n";
}

std::string join_aliases(const std::set<std::string>& aliases) {
  std::string joined;
  for (const std::string& alias : aliases) {
    if (!joined.empty()) joined += '|';
    joined += alias;
  }
  return joined;
}

std::string finite_text(double value) {
  // GraphML readers parse doubles with strtod-like functions; keep NaN/INF out.
  const std::string text = format_double(value);
  return (text == "NaN" || text == "INF" || text == "-INF") ? "0" : text;
}

}  // namespace

std::string to_graphml(const KnowledgeGraph& g) {
  const Graph& graph = g.graph();
  std::string out =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
      "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
      "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
      "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  for (const KeySpec& key : kKeys) {
    out += "  <key id=\"" + std::string(key.id) + "\" for=\"" + std::string(key.domain) +
           "\" attr.name=\"" + std::string(key.name) + "\" attr.type=\"" + std::string(key.type) +
           "\"/>\n";
  }
  out += "  <graph id=\"kg\" edgedefault=\"directed\">\n";
  for (std::size_t v = 0; v < g.entity_count(); ++v) {
    const EntityNode& entity = g.entity(v);
    out += "    <node id=\"n" + std::to_string(v) + "\">\n";
    append_data(out, "d0", xml_escape(entity.name));
    append_data(out, "d1", to_string(entity.type));
    append_data(out, "d2", xml_escape(join_aliases(entity.aliases)));
    append_data(out, "d3", std::to_string(entity.mentions));
    out += "    </node>\n";
  }
  std::size_t index = 0;
  for (auto [it, end] = boost::edges(graph); it != end; ++it, ++index) {
    const RelationEdge& relation = g.relation(*it);
    out += "    <edge id=\"e" + std::to_string(index) + "\" source=\"n" +
           std::to_string(boost::source(*it, graph)) + "\" target=\"n" +
           std::to_string(boost::target(*it, graph)) + "\">\n";
    append_data(out, "d4", xml_escape(relation.predicate));
    append_data(out, "d5", xml_escape(relation.label));
    append_data(out, "d6", relation.symmetric ? "true" : "false");
    append_data(out, "d7", finite_text(relation.confidence));
    append_data(out, "d8", std::to_string(relation.evidence.size()));
    out += "    </edge>\n";
  }
  out += "  </graph>\n</graphml>\n";
  return out;
}

}  // namespace kg
