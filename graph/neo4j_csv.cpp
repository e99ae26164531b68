#include <string>
#include <vector>

#include "base/utf8.h"
#include "graph/encoding.h"
#include "kg/io.h"

namespace kg {

namespace {

// An RFC 4180 field: always quoted, '"' doubled; valid UTF-8.
void append_quoted(std::string& out, std::string_view text) {
  out += '"';
  for (const char c : repair_utf8(text)) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

// Array elements joined with kNeo4jArrayDelimiter, which is dropped from the
// elements themselves.
template <typename Range>
std::string join_array(const Range& values) {
  std::string joined;
  bool first = true;
  for (const std::string& value : values) {
    if (!first) joined += kNeo4jArrayDelimiter;
    first = false;
    for (const char c : value) {
      if (c != kNeo4jArrayDelimiter) joined += c;
    }
  }
  return joined;
}

std::string number_text(double value) {
  const std::string text = format_double(value);
  return (text == "NaN" || text == "INF" || text == "-INF") ? "0" : text;
}

void append_node(std::string& out, const KnowledgeGraph& g, Vertex v) {
  const EntityNode& entity = g.entity(v);
  const std::string type(to_string(entity.type));
  out += std::to_string(v) + ',';
  append_quoted(out, join_array(std::vector<std::string>{"Entity", type}));
  out += ',';
  append_quoted(out, entity.name);
  out += ',';
  append_quoted(out, type);
  out += ',';
  append_quoted(out, join_array(entity.aliases));
  out += ',';
  append_quoted(out, join_array(entity.documents));
  out += ',' + std::to_string(entity.mentions) + '\n';
}

void append_relationship(std::string& out, const KnowledgeGraph& g, Edge e) {
  const RelationEdge& relation = g.relation(e);
  std::vector<std::string> qualifiers;
  for (const auto& [key, value] : relation.qualifiers) qualifiers.push_back(key + "=" + value);
  std::vector<std::string> documents;
  std::vector<std::string> sentences;
  for (const Evidence& evidence : relation.evidence) {
    documents.push_back(evidence.document);
    sentences.push_back(evidence.text);
  }
  out += std::to_string(g.source(e)) + ',' + std::to_string(g.target(e)) + ',';
  append_quoted(out, neo4j_relationship_type(relation.predicate));
  out += ',';
  append_quoted(out, relation.predicate);
  out += ',';
  append_quoted(out, relation.label);
  out += ',';
  append_quoted(out, join_array(qualifiers));
  out += relation.symmetric ? ",true," : ",false,";
  out += number_text(relation.confidence) + ',';
  append_quoted(out, join_array(documents));
  out += ',';
  append_quoted(out, join_array(sentences));
  out += '\n';
}

}  // namespace

std::string neo4j_relationship_type(std::string_view predicate) {
  std::string type;
  for (const char c : predicate) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte >= 0x80 || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z')) {
      type += c;
    } else if (c >= 'a' && c <= 'z') {
      type += static_cast<char>(c - 'a' + 'A');
    } else if (!type.empty() && type.back() != '_') {
      type += '_';
    }
  }
  while (!type.empty() && type.back() == '_') type.pop_back();
  return type.empty() ? "RELATED_TO" : repair_utf8(type);
}

Neo4jCsv to_neo4j_csv(const KnowledgeGraph& g) {
  Neo4jCsv csv;
  csv.nodes = std::string(kNeo4jNodesHeader) + '\n';
  for (Vertex v = 0; v < g.entity_count(); ++v) append_node(csv.nodes, g, v);
  csv.relationships = std::string(kNeo4jRelationshipsHeader) + '\n';
  for (auto [it, end] = boost::edges(g.graph()); it != end; ++it) {
    append_relationship(csv.relationships, g, *it);
  }
  return csv;
}

}  // namespace kg
