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

// One line, without the trailing newline; "document" is the evidence's
// document, an empty label is written as the predicate, a non-finite
// confidence as 0, invalid UTF-8 as U+FFFD.
std::string triple_to_json_line(const Triple& t);

// Every relation of the graph, one line per piece of evidence (one line with
// empty evidence for a relation that has none), each ending in a newline.
std::string graph_to_jsonl(const KnowledgeGraph& g);

}  // namespace kg
