// KnowledgeGraph: entities and relations of one or more documents in a Boost
// adjacency_list, with an index from canonical name and alias to vertex.
//
// Merging joins the same entity across documents (same canonical name, or a
// name that is a known alias, after case and diacritic folding, when the types
// are compatible) and merges identical relations (same endpoints, predicate
// and qualifiers; symmetric relations regardless of direction), keeping every
// piece of evidence. The graph owns all its data; vertex and edge descriptors
// stay valid until the next mutation.
#pragma once

#include <boost/graph/adjacency_list.hpp>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "graph/entity_type.h"
#include "graph/triple.h"

namespace kg {

struct EntityNode {
  std::string name;
  EntityType type = EntityType::kOther;
  std::set<std::string> aliases;    // other names, never including `name`
  std::set<std::string> documents;  // documents that mention it
  int mentions = 0;
};

struct RelationEdge {
  std::string predicate;
  std::string label;
  bool symmetric = false;
  std::map<std::string, std::string> qualifiers;
  double confidence = 0.0;  // highest confidence of any merged triple
  std::vector<Evidence> evidence;
};

struct DocumentInfo {
  std::string name;
  std::string title;
  int sentences = 0;
};

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, EntityNode,
                                    RelationEdge>;
using Vertex = boost::graph_traits<Graph>::vertex_descriptor;
using Edge = boost::graph_traits<Graph>::edge_descriptor;

class KnowledgeGraph {
 public:
  // Adds a document's entities and triples, merging as described above.
  void add_document(const DocumentExtraction& doc);

  // Adds or merges one entity; returns its vertex. Aliases are added to the index.
  Vertex add_entity(const EntityRecord& entity, const std::string& document = {});

  // Adds or merges one relation between existing vertices.
  Edge add_relation(Vertex source, Vertex target, const RelationEdge& relation);

  // Finds an entity by canonical name or alias: exact match first, then
  // case- and diacritic-insensitive. nullopt when unknown or ambiguous.
  std::optional<Vertex> find(std::string_view name) const;

  const Graph& graph() const { return graph_; }
  const EntityNode& entity(Vertex v) const { return graph_[v]; }
  const RelationEdge& relation(Edge e) const { return graph_[e]; }
  std::size_t entity_count() const { return boost::num_vertices(graph_); }
  std::size_t relation_count() const { return boost::num_edges(graph_); }
  const std::vector<DocumentInfo>& documents() const { return documents_; }
  void add_document_info(DocumentInfo info);

 private:
  Graph graph_;
  std::vector<DocumentInfo> documents_;
  std::multimap<std::string, Vertex> index_;  // folded name or alias -> vertex
};

// Case-folded, diacritic-free, whitespace-collapsed form of a name, used for
// matching ("Việt Nam" -> "viet nam").
std::string fold_name(std::string_view name);

}  // namespace kg
