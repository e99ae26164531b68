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
// (KnowledgeGraph::find_all: name or alias, case and diacritics ignored);
// nullopt when the name is unknown or names several entities. `aliases` are
// the decisions the graph was merged with (KnowledgeGraph::set_aliases).
// `merged`, if given (an empty graph), receives the merged graph (to tell the
// candidates of an ambiguous name, or suggestions for an unknown one:
// kg/lookup.h).
std::optional<EntityExplanation> explain_entity(const std::vector<DocumentExtraction>& docs,
                                                std::string_view name,
                                                const AliasDecisions& aliases = {},
                                                KnowledgeGraph* merged = nullptr);

}  // namespace kg
