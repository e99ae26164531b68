// How kg query shows a relation so that a user can check it: its label,
// qualifiers, confidence and the sentences it was read from, as JSON and as
// table cells (qualifiers and confidence: cli/output.h).
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "kg/analytics.h"
#include "kg/graph.h"

namespace kg::cli {

// {"predicate", "label", "qualifiers": {}, "confidence", "evidence":
// [{"document", "sentence", "start", "end", "text"}]}: the relation of `link`.
nlohmann::ordered_json relation_json(const KnowledgeGraph& g, const RelationLink& link);

// The first piece of evidence as one line: `DOCUMENT #SENTENCE: "TEXT"`, with
// " (+N more)" when there are others; "" without evidence.
std::string evidence_text(const RelationEdge& relation);

}  // namespace kg::cli
