// The mentions of a resolved document, by entity, as `kg explain` shows
// them: what each mention wrote and which rule (MentionRule) tied it to its
// entity.
#pragma once

#include <cstddef>
#include <vector>

#include "extract/mentions/mention.h"
#include "kg/graph.h"

namespace kg::extract {

// Every mention tied to an entity (Mention::entity >= 0), by entity: the
// words as written (a name without its titles; a reference with its
// determiner, "the company"), the sentence's index and Mention::rule, in text
// order. `entities` is the number of the document's entities.
std::vector<std::vector<MentionRecord>> mention_records(
    const std::vector<AnalysedSentence>& sentences, std::size_t entities);

}  // namespace kg::extract
