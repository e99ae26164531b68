// DescriptorRelations: what a descriptor noun (descriptor_nouns.tsv) written
// just before a name, or in apposition to it, says about the named entity,
// read from the country, place or organisation that modifies the noun.
//   "German carmaker X", "the Lyon brokerage X", "X, a Polish software group"
//                                         -> X  based in  Germany / Lyon / Poland
//   "the Chilean novelist X", "Peruvian national X"  -> X  citizen of  Chile / Peru
//   "Chile striker X", "former Chile forward X"     -> X  striker of / former forward of  Chile
//   "former Lufthansa pilot X"                      -> X  former pilot of  Lufthansa
//   "the Greek port city of X", "X, a Greek island"  -> X  located in  Greece
//   "Swiss rival X", "X, a Finnish investor"  -> X  based in / citizen of  Switzerland / Finland
//   "the Peruvian Embassy", "the Chilean Navy"  -> embassy of / navy of  Peru / Chile
//     (a demonym opening the name of a public body)
// The same choice of predicate serves the titles the mention finder reads
// ("the Chilean director X": citizen of, not director of Chile).
#pragma once

#include <optional>
#include <string>

#include "extract/relations/relation_extractor.h"

namespace kg::extract {

// How a descriptor noun relates the described entity to the entity that
// modifies the noun.
struct DescriptorModifier {
  EntityType type = EntityType::kOther;  // the modifier's entity type
  bool demonym = false;                  // written as a demonym ("Chilean", not "Chile")
  bool former = false;                   // "former" before the description
};

// The predicate for an entity described by `noun` of `kind` and modified as
// in `mod`: "based in", "located in", "citizen of", "<noun> of" (with
// "former"), or nullopt when the pair states nothing (an occupation modified
// by a city, an organisation noun modified by an organisation). A noun of
// kind kParty ("Swiss rival X", "a Finnish investor") describes an
// organisation or a person alike: the `described` entity's type decides.
std::optional<std::string> descriptor_predicate(DescriptorKind kind, const std::string& noun,
                                                const DescriptorModifier& mod,
                                                EntityType described = EntityType::kOther);

class DescriptorRelations : public RelationExtractor {
 public:
  std::string_view name() const override { return "descriptors"; }
  void extract(const DocumentContext& ctx, const AnalysedSentence& s,
               std::vector<RawRelation>& out) const override;
};

}  // namespace kg::extract
