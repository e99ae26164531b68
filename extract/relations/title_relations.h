// TitleRelations: facts implied by the titles the mention finder reads with a
// name (appositions are AppositiveRelations').
//   "Malaysian Prime Minister Anwar Ibrahim"      -> Anwar Ibrahim  prime minister of  Malaysia
//   "Vietnamese Ambassador to Malaysia X"         -> X  ambassador to  Malaysia; X  ambassador of
//   Vietnam
// A title that is an occupation or a team role (descriptor_nouns.tsv) after a
// modifier reads as a descriptor (descriptor_relations.h): "the Chilean
// director X" -> X citizen of Chile; "Chile coach X" -> X coach of Chile.
#pragma once

#include "extract/relations/relation_extractor.h"

namespace kg::extract {

class TitleRelations : public RelationExtractor {
 public:
  std::string_view name() const override { return "titles"; }
  void extract(const DocumentContext& ctx, const AnalysedSentence& s,
               std::vector<RawRelation>& out) const override;
};

}  // namespace kg::extract
