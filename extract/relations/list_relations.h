// ListRelations: one relation per item of a list introduced by a colon.
// Items may carry bullets ("- Chile (2019);"); an intro in the passive or
// opening with a participle gives none unless it names members (below).
//   "X maintains Strategic Partnerships with nine countries:" followed by
//   items "China (2008)", "Japan (November 2023)" (one per line, or inline and
//   comma-separated) -> X strategic partnership China {year=2008}, ...
// The relation is the named relation of the intro sentence, else its verb
// phrase; the item's bracketed date becomes qualifiers. "X has five members:"
// (a verb of having and a plural noun of kMembershipNouns) makes each item a
// member of X. A line may hold several items ("- Argentina, Brazil and
// Uruguay (1991);"); an opening participle's phrase ("Founded in 1991 by
// X,") is skipped when finding the subject.
#pragma once

#include "extract/relations/relation_extractor.h"

namespace kg::extract {

class ListRelations : public RelationExtractor {
 public:
  std::string_view name() const override { return "lists"; }
  void extract(const DocumentContext& ctx, const AnalysedSentence& s,
               std::vector<RawRelation>& out) const override;
};

}  // namespace kg::extract
