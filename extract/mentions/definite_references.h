// Definite references: a definite description that refers back to an entity
// named elsewhere, found at one token of a tokenised sentence:
//   "the Party chief", "the Vietnamese leader" -> a person (canonical: the
//     country of a demonym before the role noun, else "");
//   "both sides", "the two countries", "the two ministers" -> the pair of
//     entities the text is about (canonical "#pair");
//   "the tournament", "the 2024 festival", "the pact" -> an event or
//     agreement (canonical: the noun, a noun of words::kEventNouns);
//   "the company", "the Spanish carrier", "the bloc" -> an organisation
//     (canonical: the descriptor noun).
// The entity resolver decides which entity each refers to.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "extract/lexicon/lexicon.h"
#include "extract/mentions/mention.h"
#include "extract/text/tokenizer.h"

namespace kg::extract {

struct DefiniteReference {
  std::size_t end = 0;  // one past the reference's last token
  EntityType type = EntityType::kOther;
  std::string canonical;
};

// The definite reference starting at token i ("the" or "both"), or nullopt.
std::optional<DefiniteReference> definite_reference(const Lexicon& lexicon,
                                                    const std::vector<Token>& tokens,
                                                    std::size_t i);

}  // namespace kg::extract
