// UTF-8 decoding, encoding, validation and repair: the one UTF-8 layer of kg.
//
// decode_utf8 never fails: a byte that does not start a well-formed sequence
// (overlong forms, surrogates and values above U+10FFFF included) is reported
// as invalid with length 1 and the value U+FFFD, so a loop always advances and
// callers can pass the byte through or replace it. Pure functions over
// caller-owned bytes; nothing throws.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace kg {

inline constexpr char32_t kReplacementChar = 0xFFFD;

// One decoded code point: `length` bytes consumed (at least 1); when `valid`
// is false, `value` is kReplacementChar and `length` is 1.
struct CodePoint {
  char32_t value = 0;
  std::size_t length = 1;
  bool valid = true;
};

// Decodes the code point starting at byte `pos` (precondition: pos < text.size()).
CodePoint decode_utf8(std::string_view text, std::size_t pos);

// Byte offset of the first byte that is not part of a valid UTF-8 sequence,
// or nullopt when `text` is entirely valid.
std::optional<std::size_t> find_invalid_utf8(std::string_view text);

// Appends the UTF-8 encoding of `cp` (kReplacementChar for a surrogate or a
// value above U+10FFFF).
void append_utf8(std::string& out, char32_t cp);

// `text` with every invalid byte replaced by U+FFFD.
std::string repair_utf8(std::string_view text);

// The number of characters in `text`; each invalid byte counts as one.
std::size_t utf8_length(std::string_view text);

// The longest prefix of `text` of at most `max_bytes` bytes that does not cut
// a code point.
std::string_view utf8_prefix(std::string_view text, std::size_t max_bytes);

}  // namespace kg
