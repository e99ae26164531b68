// AppositiveRelations: a role or part written in apposition after a name,
// read as "<role> of|at <entity>".
//   "Ana Ruiz, a former director of Polish lender Bank Mazur,"
//                                     -> Ana Ruiz  former director of  Bank Mazur
//   "Ana Ruiz, 52, the mayor of the Greek port city of Patras"  -> Ana Ruiz  mayor of  Patras
//   "Ana Ruiz, a senior officer at the Central Bank (CB),"      -> Ana Ruiz  senior officer at  ...
//   "X, Chairman of the Y and Governor of the Z"  -> X  chairman of  Y; X  governor of  Z
//   "X, director of Acme's Research Unit"  -> X  director of  Research Unit; X  director of  Acme
//   "X, a fierce critic of Acme's pricing"  -> X  critic of  Acme
//   "Lyra Prize, the top award of the Oslo Festival" -> Lyra Prize  top award of  Oslo Festival
//   "X, the Andean Pact commissioner, said"          -> X  commissioner of  Andean Pact
// The role is a title or person noun, or any noun phrase after "a|an|the";
// its preposition is "of" or "at" ("to" after a person noun: "envoy to").
// Descriptor nouns after a country ("X, the Chilean novelist") are read by
// DescriptorRelations.
#pragma once

#include "extract/relations/relation_extractor.h"

namespace kg::extract {

class AppositiveRelations : public RelationExtractor {
 public:
  std::string_view name() const override { return "appositions"; }
  void extract(const DocumentContext& ctx, const AnalysedSentence& s,
               std::vector<RawRelation>& out) const override;
};

}  // namespace kg::extract
