// Merging the relations read from one document, after the predicate policy
// (predicate_policy.h):
//  - relations with the same ends and predicate become one, with the highest
//    confidence and the union of qualifiers;
//  - of the paraphrases that two readers make of one clause (the same ends,
//    sentence and main verb: "called the decision a historic day for" and
//    "called a historic day for"), the surest stays, with both's qualifiers;
//  - relations whose words read both ways ("met with") are marked symmetric.
// Order is kept: the first of a merged group stands where it was read.
#pragma once

#include <vector>

#include "extract/lexicon/lexicon.h"
#include "extract/relations/relation_extractor.h"

namespace kg::extract {

std::vector<RawRelation> merge_relations(const Lexicon& lex, std::vector<RawRelation> raw);

}  // namespace kg::extract
