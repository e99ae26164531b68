// Why an entity of the graph is what it is: every entity record of every
// document that KnowledgeGraph::add_document joined into it (the document's
// name for it, the other names the document used, its mentions), in merge
// order, each with the rule that joined it (kg/graph.h, JoinRule).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kg/graph.h"

namespace kg {

// One record joined into the entity.
struct JoinedRecord {
  std::string document;
  EntityJoin join;
};

struct EntityExplanation {
  EntityNode entity;  // as in the merged graph
  std::vector<JoinedRecord> records;
};

// Merges `docs` in the order given (the order that made the graph; a store's
// canonical order) and explains the entity `name` finds there
// (KnowledgeGraph::find: name or alias, case and diacritics ignored); nullopt
// when the name is unknown or ambiguous. `aliases` are the decisions the graph
// was merged with (KnowledgeGraph::set_aliases).
std::optional<EntityExplanation> explain_entity(const std::vector<DocumentExtraction>& docs,
                                                std::string_view name,
                                                const AliasDecisions& aliases = {});

}  // namespace kg
