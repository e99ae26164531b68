// GraphML export of a KnowledgeGraph (directed; parallel edges kept), readable
// by networkx.read_graphml and igraph's Read_GraphML. Node ids are "n<vertex>",
// edge ids "e<index>". Node data: name, type, aliases (joined with "|"),
// mentions (int); edge data: predicate, label, symmetric (boolean),
// confidence (double), evidence (int, the number of evidence sentences).
// Text is XML-escaped; characters XML 1.0 forbids are dropped.
#pragma once

#include <string>

#include "graph/knowledge_graph.h"

namespace kg {

std::string to_graphml(const KnowledgeGraph& g);

}  // namespace kg
