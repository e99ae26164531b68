// Word tokenisation of one sentence (or any normalised text), with byte offsets.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace kg::extract {

enum class TokenKind {
  kWord,        // letters, possibly with digits, inner ' - . ("Dato'", "U.S.", "COVID-19")
  kNumber,      // digits with inner , . : - ("18", "1,600", "3.5", "10:30", "1973-2024")
  kPunct,       // one of , ; : ( ) [ ] { } " ' ? ! . / - and "..."
  kSymbol,      // "$", "%", "&", "€" and other non-word characters; a URL
  kPossessive,  // "'s" or the bare "'" after a plural ("countries" "'")
};

// `text` == sentence.substr(start, end - start).
struct Token {
  std::string text;
  std::size_t start = 0;
  std::size_t end = 0;
  TokenKind kind = TokenKind::kWord;
  bool is_hyphenated = false;  // "Vietnam-Malaysia", "people-to-people"
};

// Splits `sentence` at whitespace and punctuation. Words keep inner apostrophes
// ("don't", "O'Brien"), a final apostrophe that is not a closing quote or plural
// possessive ("Dato'"), hyphens between word characters (one token, is_hyphenated),
// and the periods of abbreviations ("U.S.", "Mr.", "e.g.", single initials "J.").
// Possessive "'s" and plural "'" are split off. Numbers keep , . : + between digits ("1,600",
// "2+2"). Every other punctuation or symbol character is its own token, except "..." and URLs (one
// token each). Never fails; invalid bytes become one-byte symbol tokens.
std::vector<Token> tokenize(std::string_view sentence);

// The text of tokens[a, b) as it stood: tokens that were apart in the source
// are joined by one space, adjacent ones ("U.S." ",") are not. "" when a >= b.
std::string join_tokens(const std::vector<Token>& tokens, std::size_t a, std::size_t b);

}  // namespace kg::extract
