// Name shape: which lower-case tokens belong inside a capitalised name.
// Particles ("von der", "de la", "bin", "ten") and prefixed words ("al-Sisi",
// "d'Ivoire") join the capitalised words around them into one name:
//   "Ursula von der Leyen", "Abdel Fattah al-Sisi", "Huis ten Bosch".
// Pure functions of the tokens; they never read past the end of `tokens`.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "extract/text/tokenizer.h"

namespace kg::extract {

// A word that starts with a capital letter.
bool is_capitalised(const Token& t);

// A lower-case word made of a name prefix and a capitalised rest: "al-Sisi",
// "el-Sharif", "d'Ivoire".
bool is_prefixed_name(const Token& t);

// A capitalised or prefixed word: a word that may carry a name.
bool is_name_word(const Token& t);

// The number of particle tokens starting at i that lead to a name word
// ("von der" in "von der Leyen" -> 2, "da" in "da Silva" -> 1); 0 when the
// tokens at i are not particles or no name word follows them.
std::size_t particles_before_name(const std::vector<Token>& tokens, std::size_t i);

// A capitalised hyphenated word whose last part places what it modifies:
// "Madrid-based" -> {"Madrid", "based"}, "Hong Kong-listed" is read from its
// last token: {"Kong", "listed"}.
struct LocatedWord {
  std::string place;     // the text before the last hyphen
  std::string relation;  // "based", "listed", "headquartered", "registered", "born"
};
std::optional<LocatedWord> located_word(const Token& t);

// A capitalised hyphenated word ending in a lower-case part that is no name:
// "Spanish-speaking", "Saudi-backed", "Covid-related" (not "Keller-Straub").
bool is_hyphenated_adjective(const Token& t);

}  // namespace kg::extract
