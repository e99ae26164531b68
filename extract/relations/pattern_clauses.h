// PatternClauses: subject–verb–object relations read from a clause without a
// full parse (the kg 0.1 clause extractor; the clauses of the UD parse,
// ud_clauses.h, are read beside it).
//
// Verb groups are found from the verb lexicon (auxiliaries, negation and
// "agreed to elevate" chains included). Each takes the entity in subject
// position before it (coordinated subjects included; a verb coordinated after
// ";" or ", and" keeps the previous subject) and the entity after it, either
// directly ("visited Malaysia") or after a short light-verb phrase ending in a
// preposition ("held talks with", "delivered a policy speech at"); coordinated
// objects share the predicate, and a following "in Hanoi" adds a second
// relation. "Visiting X, the minister ..." reads as the subject visiting X.
#pragma once

#include "extract/relations/relation_extractor.h"

namespace kg::extract {

class PatternClauses : public RelationExtractor {
 public:
  std::string_view name() const override { return "clause patterns"; }
  void extract(const DocumentContext& ctx, const AnalysedSentence& s,
               std::vector<RawRelation>& out) const override;
};

}  // namespace kg::extract
