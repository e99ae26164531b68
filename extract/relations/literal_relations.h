// LiteralRelations: an amount of money or a date that a verb ties to one
// entity, the subject of its clause (a Date or Money object, as the gold
// guidelines allow when the sentence links it to that entity alone):
//   "Acme raised 40 million euros"          -> Acme  raised  40 million EUR
//   "Acme reported revenue of $2 billion"   -> Acme  reported revenue of  2 billion USD
//   "He was also fined 1,000 euros"         -> (he)  fined  1000 EUR
//   "Acme, which was set up in 1990, ..."   -> Acme  set up in  1990
//   "she died in 2015"                      -> (she)  died in  2015
// A date is an object only for verbs of coming into or going out of existence
// (words::kLifeEventVerbs); other dates stay qualifiers. The verb group comes
// right before the literal (a preposition and up to three nouns between:
// "revenue of"); no other entity sits between them. The subject is the name
// before ", which" / ", who" when the verb group follows one, else a pronoun
// right before the group, else the sentence's subject before the group.
// Passive auxiliaries are dropped ("was founded in" -> "founded in").
#pragma once

#include "extract/relations/relation_extractor.h"

namespace kg::extract {

class LiteralRelations : public RelationExtractor {
 public:
  std::string_view name() const override { return "literals"; }
  void extract(const DocumentContext& ctx, const AnalysedSentence& s,
               std::vector<RawRelation>& out) const override;
};

}  // namespace kg::extract
