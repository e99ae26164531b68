// What the tagger and the parser know about a word form before context: the
// hashes of its folded and lower-cased spellings, its shape, its prefixes and
// suffixes. Folding maps typographic quotes to ASCII (' and ") and the
// ellipsis character to "...", so "don’t" and "don't" look alike to the
// models whichever way the input spelled them.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace kg::parse {

inline constexpr int kMaxAffix = 5;

struct WordInfo {
  std::uint64_t form = 0;         // folded, case kept
  std::uint64_t lower = 0;        // folded and lower-cased
  std::uint64_t shape = 0;        // "Xxxx", "dd-dd": case and digit classes, runs cut at 4
  std::uint64_t short_shape = 0;  // runs cut at 1: "Xx", "d-d"
  // prefix[n - 1], suffix[n - 1]: the first and last n characters of the
  // lower-cased form, 0 when the form has n characters or fewer.
  std::uint64_t prefix[kMaxAffix] = {};
  std::uint64_t suffix[kMaxAffix] = {};
  std::uint32_t length = 0;  // in code points
  bool capitalised = false;  // first character upper case
  bool has_digit = false;
  bool has_hyphen = false;
  bool has_letter = false;
};

// The folded spelling (case kept) and the folded, lower-cased spelling.
std::string fold_form(std::string_view form);
std::string lower_form(std::string_view form);

// The shape with runs cut at `max_run` ("Xxxx" for "Hello" at 3: "Xxxx").
std::string word_shape(std::string_view form, int max_run);

WordInfo describe_word(std::string_view form);

// Hashes standing for the padding before the first and after the last word.
inline constexpr std::uint64_t kStartWord = 0x5354415254ULL;  // "START"
inline constexpr std::uint64_t kEndWord = 0x454e44ULL;        // "END"
inline constexpr std::uint64_t kNoWord = 0x4e4f4e45ULL;       // "NONE"

}  // namespace kg::parse
