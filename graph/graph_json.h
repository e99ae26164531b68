// graph.json: the complete graph with provenance, the input of `kg query`,
// `kg render` and `kg export`. Format (version 1):
//   {"format": "kg-graph", "version": 1,
//    "documents": [{"name", "title", "sentences"}],
//    "entities":  [{"id", "name", "type", "aliases": [], "documents": [], "mentions"}],
//    "relations": [{"source", "target", "predicate", "label", "symmetric",
//                   "qualifiers": {}, "confidence", "evidence": [{"document",
//                   "sentence", "start", "end", "text"}]}]}
// where source and target are entity ids (their index in "entities").
#pragma once

#include <string>

#include "base/status.h"
#include "graph/knowledge_graph.h"

namespace kg {

std::string to_graph_json(const KnowledgeGraph& g);

// Parses graph.json text; `source` names the file in error messages. Rejects
// wrong shapes, unknown types, dangling ids and excessive nesting with a
// one-line InvalidInput status.
Result<KnowledgeGraph> parse_graph_json(const std::string& text, const std::string& source);

// Reads and parses a graph.json file (missing, unreadable, empty, not JSON: errors).
Result<KnowledgeGraph> load_graph_json(const std::string& path);

}  // namespace kg
