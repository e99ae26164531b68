// Minimal UTF-8 decoding and encoding used by name folding and the exporters.
//
// decode_utf8 never fails: a byte that does not start a well-formed sequence
// (overlong forms, surrogates and values above U+10FFFF included) is reported
// as invalid with length 1, so callers can pass it through or replace it.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace kg {

struct Utf8Char {
  char32_t code_point = 0;  // meaningful only when valid
  std::size_t length = 1;   // bytes consumed, at least 1
  bool valid = false;
};

// Decodes the character starting at text[pos]; pos must be < text.size().
Utf8Char decode_utf8(std::string_view text, std::size_t pos);

// Appends the UTF-8 encoding of `cp` (which must be a Unicode scalar value).
void append_utf8(std::string& out, char32_t cp);

// `text` with every invalid byte replaced by U+FFFD.
std::string sanitize_utf8(std::string_view text);

// The number of characters in `text`; each invalid byte counts as one.
std::size_t utf8_length(std::string_view text);

}  // namespace kg
