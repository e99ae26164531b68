#include <cmath>
#include <nlohmann/json.hpp>

#include "kg/io.h"

namespace kg {

namespace {

using Json = nlohmann::ordered_json;

Json qualifiers_json(const std::map<std::string, std::string>& qualifiers) {
  Json object = Json::object();
  for (const auto& [key, value] : qualifiers) object[key] = value;
  return object;
}

}  // namespace

std::string triple_to_json_line(const Triple& t) {
  Json line = Json::object();
  line["document"] = t.evidence.document;
  line["subject"] = t.subject;
  line["subject_type"] = std::string(to_string(t.subject_type));
  line["predicate"] = t.predicate;
  line["label"] = t.label.empty() ? t.predicate : t.label;
  line["object"] = t.object;
  line["object_type"] = std::string(to_string(t.object_type));
  line["symmetric"] = t.symmetric;
  line["qualifiers"] = qualifiers_json(t.qualifiers);
  line["confidence"] = std::isfinite(t.confidence) ? t.confidence : 0.0;
  line["evidence"] = Json{{"sentence", t.evidence.sentence},
                          {"start", t.evidence.start},
                          {"end", t.evidence.end},
                          {"text", t.evidence.text}};
  return line.dump(-1, ' ', false, Json::error_handler_t::replace);
}

std::string graph_to_jsonl(const KnowledgeGraph& g) {
  const Graph& graph = g.graph();
  std::string out;
  for (auto [it, end] = boost::edges(graph); it != end; ++it) {
    const RelationEdge& relation = g.relation(*it);
    const EntityNode& subject = g.entity(boost::source(*it, graph));
    const EntityNode& object = g.entity(boost::target(*it, graph));
    Triple t;
    t.subject = subject.name;
    t.subject_type = subject.type;
    t.predicate = relation.predicate;
    t.label = relation.label;
    t.object = object.name;
    t.object_type = object.type;
    t.symmetric = relation.symmetric;
    t.qualifiers = relation.qualifiers;
    t.confidence = relation.confidence;
    if (relation.evidence.empty()) {
      out += triple_to_json_line(t) + "\n";
      continue;
    }
    for (const Evidence& evidence : relation.evidence) {
      t.evidence = evidence;
      out += triple_to_json_line(t) + "\n";
    }
  }
  return out;
}

}  // namespace kg
