// Word-shape tests for single tokens, used by mention finding: numbers, years,
// ordinals and acronyms, recognised by their characters alone (ASCII digits
// and capitals; no locale, no dictionary).
#pragma once

#include <string>
#include <string_view>

namespace kg::extract {

// One or more ASCII digits and nothing else: "2024", "7".
bool is_digits(std::string_view s);
// A digit, then digits, ',' and '.': "1,500", "4.25", "2024".
bool is_number(std::string_view s);
// Four digits starting with 1 or 2: "1998", "2024" (not "0999", "3000").
bool is_year(std::string_view s);
// A digit first and an English ordinal suffix: "21st", "2nd", "3rd", "10th".
bool is_ordinal(std::string_view s);
// At least two capitals, otherwise only digits, '.' and '&': "ASEAN", "U.S.",
// "AT&T", "FY2024" (not "Asean", "A", "G20", "U-S").
bool is_acronym(std::string_view s);
// The singular of a lower-case English plural by its ending: "members" ->
// "member", "subsidiaries" -> "subsidiary", "justices" -> "justice"; "" when
// the word is not so made (three letters or fewer, no final "s", or "ss").
std::string singular_noun(std::string_view w);

}  // namespace kg::extract
