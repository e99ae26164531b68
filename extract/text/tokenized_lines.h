// Files of pre-tokenised sentences, one per line (the CaRB input format):
// each non-blank line with its whitespace-separated tokens, kept verbatim.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kg::extract {

struct TokenizedLine {
  std::string text;  // the line without its line break or surrounding spaces
  std::vector<std::string> tokens;
  int line = 0;  // 1-based line number in the text
};

// Lines end at LF (a preceding CR is dropped); blank lines are skipped.
std::vector<TokenizedLine> tokenized_lines(std::string_view text);

}  // namespace kg::extract
