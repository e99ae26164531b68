#include "kg/explain.h"

namespace kg {

std::optional<EntityExplanation> explain_entity(const std::vector<DocumentExtraction>& docs,
                                                std::string_view name,
                                                const AliasDecisions& aliases,
                                                KnowledgeGraph* merged) {
  KnowledgeGraph local;
  KnowledgeGraph& graph = merged != nullptr ? *merged : local;
  graph.set_aliases(aliases);
  std::vector<JoinedRecord> records;
  std::vector<EntityJoin> joins;
  for (const DocumentExtraction& doc : docs) {
    joins.clear();
    graph.add_document(doc, &joins);
    for (EntityJoin& join : joins) records.push_back({doc.document, std::move(join)});
  }
  const std::vector<Vertex> matches = graph.find_all(name);
  std::optional<EntityExplanation> explanation;
  if (matches.size() == 1) {
    explanation.emplace();
    explanation->entity = graph.entity(matches.front());
    for (JoinedRecord& record : records)
      if (record.join.vertex == matches.front()) explanation->records.push_back(std::move(record));
  }
  return explanation;
}

}  // namespace kg
