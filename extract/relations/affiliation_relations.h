// AffiliationRelations: the organisation or country a person's name is "of".
//   "David Baker of the University of Washington" -> David Baker  member of  University of
//   Washington "Yamandú Orsi of the left-wing Broad Front"   -> Yamandú Orsi  member of  Broad
//   Front "Miguel Gomes of Portugal"                     -> Miguel Gomes  citizen of  Portugal
//   "Demis Hassabis and John Jumper of Google DeepMind": both names
// Up to two lower-case words may stand between "of the" and the name. A
// title that already points at the same entity ("President X of Chile" is
// president of Chile) gives no second relation.
#pragma once

#include "extract/relations/relation_extractor.h"

namespace kg::extract {

class AffiliationRelations : public RelationExtractor {
 public:
  std::string_view name() const override { return "affiliations"; }
  void extract(const DocumentContext& ctx, const AnalysedSentence& s,
               std::vector<RawRelation>& out) const override;
};

}  // namespace kg::extract
