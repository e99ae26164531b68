// Small UTF-8 helpers shared by the extract front end: decoding one code point,
// validation, encoding, and approximate letter classes for Latin, Vietnamese,
// Greek and Cyrillic text. Pure functions over caller-owned bytes; nothing throws
// and nothing allocates except the functions returning std::string.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace kg::extract {

inline constexpr char32_t kReplacementChar = 0xFFFD;

// One decoded code point. `length` is the number of bytes consumed (>= 1 even
// for invalid input, so a loop always advances); `valid` is false for a
// malformed, overlong, surrogate or out-of-range sequence, in which case
// `value` is kReplacementChar and `length` is 1.
struct CodePoint {
  char32_t value = 0;
  std::size_t length = 1;
  bool valid = true;
};

// Decodes the code point starting at byte `pos` (precondition: pos < s.size()).
CodePoint decode_utf8(std::string_view s, std::size_t pos);

// Byte offset of the first byte that is not part of a valid UTF-8 sequence,
// or nullopt when `s` is entirely valid.
std::optional<std::size_t> find_invalid_utf8(std::string_view s);

// Appends the UTF-8 encoding of `cp` (kReplacementChar for an invalid value).
void append_utf8(std::string& out, char32_t cp);

// Copy of `s` in which every invalid byte is replaced by U+FFFD.
std::string repair_utf8(std::string_view s);

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

// True when the first code point of `s` is an upper-case letter ("Đà Nẵng").
bool starts_with_upper(std::string_view s);

// Longest prefix of `s` of at most `max_bytes` bytes that does not cut a code point.
std::string_view utf8_prefix(std::string_view s, std::size_t max_bytes);

}  // namespace kg::extract
