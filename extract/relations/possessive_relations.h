// PossessiveRelations: roles and parts written with a possessive next to a
// name, read as "<role> of <possessor>".
//   "Acme's chief executive Jane Roe", "Acme's president, Jane Roe,"
//                                          -> Jane Roe  chief executive of / president of  Acme
//   "his wife, Ana Diaz,", "their captain, Ana Diaz"  -> Ana Diaz  wife of / captain of  (his,
//   their) "Jane Roe, Acme's former adviser, said"  -> Jane Roe  former adviser of  Acme "Chile's
//   parliament, the Congress,"     -> Congress  parliament of  Chile "Peru's Chilean coach, Ana
//   Diaz,"        -> also Ana Diaz  citizen of  Chile "his predecessor, Ana Diaz"              ->
//   (his)  succeeded  Ana Diaz
// Sites and acts of an owner at a place or party:
//   "the Union's headquarters in Lima"  -> Union  headquartered in  Lima
//   "Lula's visit to Chile", "Israel's military offensive in Gaza"
//                                       -> Lula  visit to  Chile; Israel  military offensive in
//                                       Gaza
// Without a comma the role must name a person (a title, role noun, kinship or
// occupation: "Acme's adviser Jane Roe"); with commas around the name any
// noun phrase does ("Chile's competition watchdog, the Competition Board,").
// A descriptor between the comma and the name is skipped ("his brother, the
// painter Ana Diaz").
#pragma once

#include "extract/relations/relation_extractor.h"

namespace kg::extract {

class PossessiveRelations : public RelationExtractor {
 public:
  std::string_view name() const override { return "possessives"; }
  void extract(const DocumentContext& ctx, const AnalysedSentence& s,
               std::vector<RawRelation>& out) const override;
};

}  // namespace kg::extract
