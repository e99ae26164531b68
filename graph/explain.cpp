#include "kg/explain.h"

namespace kg {

std::optional<EntityExplanation> explain_entity(const std::vector<DocumentExtraction>& docs,
                                                std::string_view name,
                                                const AliasDecisions& aliases) {
  KnowledgeGraph graph;
  graph.set_aliases(aliases);
  std::vector<JoinedRecord> records;
  std::vector<EntityJoin> joins;
  for (const DocumentExtraction& doc : docs) {
    joins.clear();
    graph.add_document(doc, &joins);
    for (EntityJoin& join : joins) records.push_back({doc.document, std::move(join)});
  }
  const std::optional<Vertex> vertex = graph.find(name);
  if (!vertex) return std::nullopt;
  EntityExplanation explanation;
  explanation.entity = graph.entity(*vertex);
  for (JoinedRecord& record : records)
    if (record.join.vertex == *vertex) explanation.records.push_back(std::move(record));
  return explanation;
}

}  // namespace kg
