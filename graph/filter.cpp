#include "kg/filter.h"

#include <algorithm>
#include <optional>
#include <vector>

namespace kg {
namespace {

constexpr std::size_t kListedDocuments = 5;

Status unknown_document(const KnowledgeGraph& g, const std::string& name) {
  std::string known;
  for (std::size_t k = 0; k < g.documents().size() && k < kListedDocuments; ++k)
    known += (k > 0 ? ", " : "") + g.documents()[k].name;
  if (g.documents().size() > kListedDocuments) known += ", ...";
  return Status::NotFound("no document named '" + name +
                          "' in the graph (documents: " + (known.empty() ? "none" : known) + ")");
}

bool keeps_entity(const EntityNode& entity, const GraphFilter& filter) {
  if (!filter.types.empty() && !filter.types.contains(entity.type)) return false;
  return filter.document.empty() || entity.documents.contains(filter.document);
}

// The relation as the filter keeps it, or nullopt.
std::optional<RelationEdge> kept_relation(const RelationEdge& relation, const GraphFilter& filter) {
  if (relation.confidence < filter.min_confidence) return std::nullopt;
  if (filter.document.empty()) return relation;
  RelationEdge kept = relation;
  std::erase_if(kept.evidence, [&](const Evidence& e) { return e.document != filter.document; });
  if (kept.evidence.empty()) return std::nullopt;
  return kept;
}

// The part of `g` that `filter` keeps, its document known. Built in place
// and returned as the only result: a graph copies, it does not move.
Result<KnowledgeGraph> kept_part(const KnowledgeGraph& g, const GraphFilter& filter) {
  const std::vector<DocumentInfo>& documents = g.documents();
  Result<KnowledgeGraph> result(std::in_place);
  KnowledgeGraph& out = *result;
  for (const DocumentInfo& doc : documents) {
    if (filter.document.empty() || doc.name == filter.document) out.add_document_info(doc);
  }
  std::vector<std::optional<Vertex>> renumbered(g.entity_count());
  for (Vertex v = 0; v < g.entity_count(); ++v) {
    if (keeps_entity(g.entity(v), filter)) renumbered[v] = out.append_entity(g.entity(v));
  }
  // Edges in the order they were added (their property is that index).
  std::vector<Edge> edges;
  for (const Edge e : boost::make_iterator_range(boost::edges(g.graph()))) edges.push_back(e);
  std::sort(edges.begin(), edges.end(),
            [&g](const Edge& a, const Edge& b) { return g.graph()[a] < g.graph()[b]; });
  for (const Edge e : edges) {
    const std::optional<Vertex> s = renumbered[g.source(e)];
    const std::optional<Vertex> t = renumbered[g.target(e)];
    if (!s || !t) continue;
    if (auto relation = kept_relation(g.relation(e), filter))
      out.append_relation(*s, *t, std::move(*relation));
  }
  return result;
}

}  // namespace

Result<KnowledgeGraph> filter_graph(const KnowledgeGraph& g, const GraphFilter& filter) {
  const std::vector<DocumentInfo>& documents = g.documents();
  if (!filter.document.empty() &&
      std::none_of(documents.begin(), documents.end(),
                   [&](const DocumentInfo& doc) { return doc.name == filter.document; })) {
    return unknown_document(g, filter.document);
  }
  return kept_part(g, filter);
}

}  // namespace kg
