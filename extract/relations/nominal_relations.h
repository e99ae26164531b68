// NominalRelations: relations stated by nouns rather than verbs.
//   "his visit to X", "X's trip to Y", "a visit to X by Y"  -> visited
//   "at the invitation of X" (the clause's subject Y)       -> X invited Y
//   "X's strong support for Y"                             -> X support for Y
//   "X's ASEAN chairmanship", "X's chairmanship of Y"      -> X chairmanship of Y
//   "cooperation between X and Y", "X-Y relations"         -> symmetric X cooperation Y
//   "the upgrade of X-Y relations to a Strategic Partnership" -> X strategic partnership Y
//   "since its establishment in 1967" (X)                  -> X established in 1967
//   "X and other ASEAN member states", "its members, including X and Y" -> member of
#pragma once

#include "extract/relations/relation_extractor.h"

namespace kg::extract {

class NominalRelations : public RelationExtractor {
 public:
  std::string_view name() const override { return "nominal"; }
  void extract(const DocumentContext& ctx, const AnalysedSentence& s,
               std::vector<RawRelation>& out) const override;
};

}  // namespace kg::extract
