#include <nlohmann/json.hpp>
#include <optional>
#include <vector>

#include "graph/encoding.h"
#include "kg/analytics.h"
#include "kg/io.h"

namespace kg {

namespace {

struct KeySpec {
  std::string_view id;
  std::string_view domain;
  std::string_view name;
  std::string_view type;
};

// d0-d8 keep the ids of earlier versions; later keys are appended.
constexpr KeySpec kNodeKeys[] = {
    {"d9", "node", "label", "string"},        {"d0", "node", "name", "string"},
    {"d1", "node", "type", "string"},         {"d2", "node", "aliases", "string"},
    {"d10", "node", "documents", "string"},   {"d3", "node", "mentions", "int"},
    {"d11", "node", "degree", "double"},      {"d12", "node", "pagerank", "double"},
    {"d13", "node", "betweenness", "double"}, {"d14", "node", "eigenvector", "double"},
    {"d15", "node", "closeness", "double"},
};
constexpr KeySpec kEdgeKeys[] = {
    {"d5", "edge", "label", "string"},       {"d4", "edge", "predicate", "string"},
    {"d16", "edge", "qualifiers", "string"}, {"d6", "edge", "symmetric", "boolean"},
    {"d7", "edge", "confidence", "double"},  {"d8", "edge", "evidence", "int"},
};

void append_key(std::string& out, const KeySpec& key) {
  out += "  <key id=\"" + std::string(key.id) + "\" for=\"" + std::string(key.domain) +
         "\" attr.name=\"" + std::string(key.name) + "\" attr.type=\"" + std::string(key.type) +
         "\"/>\n";
}

void append_data(std::string& out, std::string_view key, std::string_view escaped_value) {
  out += "      <data key=\"";
  out += key;
  out += "\">";
  out += escaped_value;
  out += "</data>\n";
}

std::string join(const std::set<std::string>& values) {
  std::string joined;
  for (const std::string& value : values) {
    if (!joined.empty()) joined += '|';
    joined += value;
  }
  return joined;
}

std::string finite_text(double value) {
  // GraphML readers parse doubles with strtod-like functions; keep NaN/INF out.
  const std::string text = format_double(value);
  return (text == "NaN" || text == "INF" || text == "-INF") ? "0" : text;
}

std::string qualifiers_json(const std::map<std::string, std::string>& qualifiers) {
  nlohmann::json object = nlohmann::json::object();
  for (const auto& [key, value] : qualifiers) object[key] = value;
  return object.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// The centralities written per node, in kNodeKeys order from "degree" on.
struct NodeScores {
  std::vector<std::vector<double>> measures;
  bool closeness = false;  // false: the graph is too big, the key is left out
};

NodeScores node_scores(const KnowledgeGraph& g) {
  NodeScores scores;
  CentralityOptions sampled;
  if (g.entity_count() > kAutoBetweennessThreshold) sampled.samples = kAutoBetweennessSamples;
  scores.measures.push_back(centrality(g, Centrality::kDegree));
  scores.measures.push_back(centrality(g, Centrality::kPageRank));
  scores.measures.push_back(centrality(g, Centrality::kBetweenness, sampled));
  scores.measures.push_back(centrality(g, Centrality::kEigenvector));
  scores.closeness = g.entity_count() <= kAutoBetweennessThreshold;
  if (scores.closeness) scores.measures.push_back(centrality(g, Centrality::kCloseness));
  return scores;
}

constexpr std::size_t kFirstScoreKey = 6;  // index of "degree" in kNodeKeys

void append_node(std::string& out, const KnowledgeGraph& g, Vertex v, const NodeScores& scores) {
  const EntityNode& entity = g.entity(v);
  out += "    <node id=\"n" + std::to_string(v) + "\">\n";
  const std::string name = xml_escape(entity.name);
  append_data(out, "d9", name);
  append_data(out, "d0", name);
  append_data(out, "d1", to_string(entity.type));
  append_data(out, "d2", xml_escape(join(entity.aliases)));
  append_data(out, "d10", xml_escape(join(entity.documents)));
  append_data(out, "d3", std::to_string(entity.mentions));
  for (std::size_t i = 0; i < scores.measures.size(); ++i) {
    append_data(out, kNodeKeys[kFirstScoreKey + i].id, finite_text(scores.measures[i][v]));
  }
  out += "    </node>\n";
}

}  // namespace

std::string to_graphml(const KnowledgeGraph& g) {
  const Graph& graph = g.graph();
  const NodeScores scores = node_scores(g);
  std::string out =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
      "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
      "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
      "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  for (const KeySpec& key : kNodeKeys) {
    if (key.name != "closeness" || scores.closeness) append_key(out, key);
  }
  for (const KeySpec& key : kEdgeKeys) append_key(out, key);
  out += "  <graph id=\"kg\" edgedefault=\"directed\">\n";
  for (Vertex v = 0; v < g.entity_count(); ++v) append_node(out, g, v, scores);
  std::size_t index = 0;
  for (auto [it, end] = boost::edges(graph); it != end; ++it, ++index) {
    const RelationEdge& relation = g.relation(*it);
    out += "    <edge id=\"e" + std::to_string(index) + "\" source=\"n" +
           std::to_string(boost::source(*it, graph)) + "\" target=\"n" +
           std::to_string(boost::target(*it, graph)) + "\">\n";
    append_data(out, "d5", xml_escape(relation.label));
    append_data(out, "d4", xml_escape(relation.predicate));
    append_data(out, "d16", xml_escape(qualifiers_json(relation.qualifiers)));
    append_data(out, "d6", relation.symmetric ? "true" : "false");
    append_data(out, "d7", finite_text(relation.confidence));
    append_data(out, "d8", std::to_string(relation.evidence.size()));
    out += "    </edge>\n";
  }
  out += "  </graph>\n</graphml>\n";
  return out;
}

}  // namespace kg
