// Tokenizer: one sentence of text -> tokens as UD English (EWT, GUM) cuts
// them, with byte offsets into the text.
//
// Whitespace separates tokens; within a whitespace-free chunk:
//  - URLs, e-mail addresses, emoticons and runs of punctuation ("...",
//    "--", "!!!") stay whole; brackets and quotes around them are cut off;
//  - opening brackets and quotes, and "$", "#" or a currency sign before a
//    digit, are tokens of their own; so are closing brackets and quotes,
//    commas, semicolons, colons, "%" after a digit and a final run of . ! ?
//    (one token: "?!"), except the period of an abbreviation ("Mr.", "U.S.",
//    "e.g.", a single letter "J.", a listed word such as "Inc." or "Jan.");
//  - hyphens between words are tokens ("long - term") unless the first part
//    is a prefix EWT keeps ("e-mail", "co-op", "non-profit", "re-elected");
//    number ranges are cut ("3 - 4"), phone numbers and ZIP codes are not;
//    slashes between words are cut ("and / or") except between single
//    letters ("w/o"); "--", dashes, inner "..." and a comma between letters
//    cut too; a number is cut from a following unit ("5 pm", "35 mm"), not
//    from an ordinal or a decade ("21st", "1990s");
//  - contractions are multiword tokens of several words: "don't" = do + n't,
//    "can't" = ca + n't, "won't" = wo + n't, "I'm" = I + 'm, "we'll",
//    "they've", "you'd", "it's", possessive "Bush's" = Bush + 's, plural
//    possessive "parents'" = parents + ', and a few spellings without the
//    apostrophe: "cannot", "gonna", "wanna", "gotta", "dont", "im" ...
// Typographic apostrophes and quotes count as their ASCII forms. A run of
// more than 512 bytes without whitespace is cut into chunks of at most 512
// bytes (at character boundaries) before the rules apply, which keeps the
// tokenizer linear in its input.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace kg::parse {

// A byte range [start, end) of the sentence text.
struct TextSpan {
  std::size_t start = 0;
  std::size_t end = 0;
};

// One token: its span and the spans of its words, which partition it (one
// word for most tokens, two or more for a multiword token).
struct Token {
  TextSpan span;
  std::vector<TextSpan> words;
  bool space_after = true;  // whitespace (or the end of the text) follows
};

std::vector<Token> tokenize(std::string_view text);

}  // namespace kg::parse
