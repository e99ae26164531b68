// Type evidence: the words around a name that say what it names, read once
// the mentions of a sentence are found. A descriptor noun in the same noun
// phrase or in an apposition, a relative pronoun or a reporting verb with
// "it" types a name whose type came from its shape alone:
//   "German drugmaker Brauer Pharma", "Sigrun Bio, a Swedish biotech group",
//   "Morrow Capital said it would ..." -> Organization;
//   "Danish chemist Anders Lund", "Ana Ruiz, a Chilean lawyer" -> Person;
//   "the Stade des Tilleuls" -> not a person (persons take no article).
// The descriptor noun and its demonym are recorded on the mention
// (Mention::descriptor, Mention::descriptor_from) for definite references
// ("the drugmaker", "the German group") to find the entity later.
#pragma once

#include <vector>

#include "extract/lexicon/lexicon.h"
#include "extract/mentions/mention.h"
#include "extract/text/tokenizer.h"

namespace kg::extract {

// Reads the evidence for every name in `mentions` (the sorted mentions of
// `tokens`); changes only types guessed from shape or unknown, and descriptors.
void read_type_evidence(const Lexicon& lexicon, const std::vector<Token>& tokens,
                        std::vector<Mention>& mentions);

}  // namespace kg::extract
