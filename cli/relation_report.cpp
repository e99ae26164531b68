#include "cli/relation_report.h"

#include "cli/output.h"

namespace kg::cli {

nlohmann::ordered_json relation_json(const KnowledgeGraph& g, const RelationLink& link) {
  const RelationEdge& r = g.relation(link.edge);
  nlohmann::ordered_json evidence = nlohmann::ordered_json::array();
  for (const Evidence& e : r.evidence) {
    evidence.push_back({{"document", e.document},
                        {"sentence", e.sentence},
                        {"start", e.start},
                        {"end", e.end},
                        {"text", e.text}});
  }
  return {{"predicate", r.predicate},
          {"label", r.label},
          {"qualifiers", r.qualifiers},
          {"confidence", r.confidence},
          {"evidence", std::move(evidence)}};
}

std::string evidence_text(const RelationEdge& relation) {
  if (relation.evidence.empty()) return {};
  const Evidence& e = relation.evidence.front();
  std::string text =
      e.document + " #" + std::to_string(e.sentence) + ": \"" + single_line(e.text) + "\"";
  if (relation.evidence.size() > 1)
    text += " (+" + std::to_string(relation.evidence.size() - 1) + " more)";
  return text;
}

}  // namespace kg::cli
