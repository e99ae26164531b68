// Amounts of money and dates at a token position, for mention finding:
// "$ 18 billion", "18 billion US dollars", "November 23", "23 November 2024",
// "November 2024", "2024", "Monday". Pure functions of the tokens (and, for
// month names, the lexicon); they never read past the end of `tokens`.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/lexicon/lexicon.h"
#include "extract/text/tokenizer.h"

namespace kg::extract {

struct QuantitySpan {
  std::size_t end = 0;    // one past the last token
  std::string canonical;  // "18 billion USD", "23 November 2024"
};

// An amount of money starting at token i: "$" or a currency after the number
// (ISO codes and common names: "USD", "dollars", "ringgit", "yen" ...),
// optionally with a magnitude ("billion", "bn"). The canonical form is the
// number, the magnitude and the upper-case ISO code for dollars ("USD"),
// otherwise the currency word in lower case.
std::optional<QuantitySpan> money_at(const std::vector<Token>& tokens, std::size_t i);

// An English weekday name, capitalised: "Monday" ... "Sunday".
bool is_weekday(std::string_view word);

// A date starting at token i: a day and a capitalised month in either order,
// with an optional year; a month and a year; a year alone (1000-2999); a
// weekday. The canonical form is the tokens' text.
std::optional<QuantitySpan> date_at(const std::vector<Token>& tokens, std::size_t i,
                                    const Lexicon& lexicon);

}  // namespace kg::extract
