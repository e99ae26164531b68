// From raw text to the CoNLL-U skeleton of its sentences: paragraph
// splitting, and the words of a tokenised sentence with FORMs, multiword
// tokens, SpaceAfter=No and "# text" taken from the original characters of
// the input (so that scorers aligning by characters, such as the CoNLL 2018
// evaluation, find every token where it was).
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/parse/conllu.h"
#include "extract/parse/tokenizer.h"

namespace kg::parse {

// Paragraphs of `text`: every non-blank line, or, in a block of consecutive
// lines that is hard-wrapped (many lines run on into the next one in lower
// case or after a comma), the whole block. Spans are trimmed of whitespace.
std::vector<TextSpan> split_paragraphs(std::string_view text);

// Maps a byte offset in the text the tokenizer read to the original input.
using OffsetMap = std::function<std::size_t(std::size_t)>;

// The sentence made of `tokens`, whose spans are offsets into the tokenised
// text; `to_original` maps them into `original`. Words get their FORM from
// the original bytes; a token of several words becomes a multiword token;
// a token not followed by whitespace in the original gets SpaceAfter=No.
// Comments: "# sent_id = <sent_id>" and "# text = <original text>" (from the
// first to the last token, line breaks and tabs as spaces).
Sentence raw_sentence(std::string_view original, const std::vector<Token>& tokens,
                      const OffsetMap& to_original, const std::string& sent_id);

}  // namespace kg::parse
