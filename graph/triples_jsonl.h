// Triples as JSON Lines, the format ../shared/tools/kgscore reads:
//   {"document", "subject", "subject_type", "predicate", "label", "object",
//    "object_type", "symmetric", "qualifiers": {}, "confidence",
//    "evidence": {"sentence", "start", "end", "text"}}
#pragma once

#include <string>
#include <vector>

#include "graph/knowledge_graph.h"
#include "graph/triple.h"

namespace kg {

// One line, without the trailing newline.
std::string triple_to_json_line(const Triple& t);

// Every relation of the graph, one line per piece of evidence.
std::string graph_to_jsonl(const KnowledgeGraph& g);

}  // namespace kg
