// LocationRelations: where an organisation, place or event is, as written
// inside a noun phrase.
//   "Lima-based Banco Andino", "Acme, a Lima-based miner", "Acme is a
//   Lima-based miner"                   -> Banco Andino / Acme  based in  Lima
//   "Frankfurt-listed Acme"              -> Acme  listed in  Frankfurt
//   "at the Andean Stadium in Quito"     -> Andean Stadium  located in  Quito
//   "played for Club Sol in Peru"        -> Club Sol  based in  Peru
//   "at the Lyra Festival in Oslo"       -> Lyra Festival  held in  Oslo
//   "Arequipa, Peru,", "Cusco, in Peru's south"  -> Arequipa / Cusco  located in  Peru
//   "the Miraflores district of Lima"   -> Miraflores  located in  Lima
// The predicate follows the type of the located entity: "based in" for an
// organisation, "held in" for an event, "located in" otherwise; people and
// countries are not located this way. "X-based" works whether the place is a
// mention of its own inside the token or split off by the tokens.
#pragma once

#include "extract/relations/relation_extractor.h"

namespace kg::extract {

class LocationRelations : public RelationExtractor {
 public:
  std::string_view name() const override { return "locations"; }
  void extract(const DocumentContext& ctx, const AnalysedSentence& s,
               std::vector<RawRelation>& out) const override;
};

}  // namespace kg::extract
