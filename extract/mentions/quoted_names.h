// Quotation marks in and around names, read after the scanner has found
// the sentence's mentions:
//   - a name wholly in quotation marks is the title of a work (a film, a
//     book, a song: the film "Anora"), unless the words before say what it
//     names ("a programme titled "Our Shared Future"") or it is a nickname
//     between the words of a name;
//   - a given name, a quoted nickname and a surname are one person's name,
//     written without the nickname ("Winston "Count" Bellamy" -> Winston
//     Bellamy, its span covering the nickname).
#pragma once

#include <vector>

#include "extract/mentions/mention.h"
#include "extract/text/tokenizer.h"

namespace kg::extract {

// Marks the names wholly in quotation marks that title a work (kWork).
void mark_quoted_titles(const std::vector<Token>& tokens, std::vector<Mention>& mentions);

// Joins given name, quoted nickname and surname into one person's name.
void join_nicknamed_names(const std::vector<Token>& tokens, std::vector<Mention>& mentions);

}  // namespace kg::extract
