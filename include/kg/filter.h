// Narrowing a graph before a question is asked of it: entities of some types
// only, relations of some confidence, what one document says.
#pragma once

#include <set>
#include <string>

#include "kg/graph.h"
#include "kg/status.h"

namespace kg {

struct GraphFilter {
  std::set<EntityType> types;  // empty: every type
  double min_confidence = 0;   // relations below are left out
  std::string document;        // empty: every document
};

// The part of `g` that `filter` keeps, as a graph of its own (vertices
// renumbered, in their order in `g`; relations in theirs):
//   - the entities of the given types, and with a document only those it
//     mentions (EntityNode::documents);
//   - the relations between kept entities whose confidence is at least
//     min_confidence and, with a document, that it states: only their
//     evidence from that document is kept;
//   - with a document, only that document's DocumentInfo.
// Entities left without relations stay. NotFound (naming the document and
// the documents there are, at most five) when `g` has no document of that
// name.
Result<KnowledgeGraph> filter_graph(const KnowledgeGraph& g, const GraphFilter& filter);

}  // namespace kg
