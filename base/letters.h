// Letter classes and lower-casing for Latin (with Vietnamese), Greek and
// Cyrillic text: the one case table of kg, used by the text front end and by
// name folding. Pure functions; nothing throws and nothing allocates except
// the functions returning std::string.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace kg {

// Approximate case classes: ASCII, Latin-1, Latin Extended-A/B (incl. Vietnamese
// "Đ", "Ơ", "Ư"), Latin Extended Additional (Vietnamese tone marks), Greek and
// Cyrillic. Other scripts are neither upper nor lower.
bool is_upper_letter(char32_t cp);
bool is_lower_letter(char32_t cp);

// A letter of any script, approximately: cased letters above plus any non-ASCII
// code point outside the punctuation, symbol, space and control blocks.
bool is_letter(char32_t cp);

bool is_ascii_digit(char32_t cp);

// Lower-case mapping for the cased ranges of is_upper_letter; identity elsewhere.
char32_t to_lower(char32_t cp);
std::string to_lower_utf8(std::string_view s);

// ASCII letters lowered, every other byte unchanged (for word lists that are
// ASCII, compared with any input).
std::string ascii_lower(std::string_view s);

// True when the first code point of `s` is an upper-case letter ("Đà Nẵng").
bool starts_with_upper(std::string_view s);

}  // namespace kg
