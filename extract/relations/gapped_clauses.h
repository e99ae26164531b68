// GappedClauses: clauses that leave out the verb they share with the first
// clause of their sentence, each keeping a name and a number:
//   "Acme won 38 seats in the election, Zeta 37 and the Greens 12"
//     -> Zeta  won 37 seats in  election;  Greens  won 12 seats in  election
// Each later name does what the first clause's subject did: the relations
// the other extractors read from this sentence with that subject are
// copied to each name, the first clause's number in the predicate replaced
// by the name's own; and a relation that read a later name as the first
// subject's object ("Acme won Zeta") is dropped, being a misreading of the
// list. The list must run from a comma to the end of the sentence, each item
// a name and one number, and the first clause must hold a number too.
//
// It reads the relations of the sentence already in `out`, so it must run
// after every other extractor (make_relation_extractors puts it last).
#pragma once

#include "extract/relations/relation_extractor.h"

namespace kg::extract {

class GappedClauses : public RelationExtractor {
 public:
  std::string_view name() const override { return "gapped clauses"; }
  void extract(const DocumentContext& ctx, const AnalysedSentence& s,
               std::vector<RawRelation>& out) const override;
};

}  // namespace kg::extract
