// Typographic normalisation of article text, keeping a byte map back to the input
// so that every later offset (paragraphs, sentences, tokens) can be reported
// against the original file.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace kg::extract {

// `text` is the normalised text (valid UTF-8). `offsets[i]` is the byte offset in
// the input of output byte i: the same byte for text copied unchanged, the start
// of the replaced code point for every byte of a replacement. offsets has
// text.size() + 1 entries and the last one is the input size, so an output range
// [b, e) of whole code points maps to the input range [offsets[b], offsets[e]).
struct NormalizedText {
  std::string text;
  std::vector<std::size_t> offsets;

  // Input byte offset of output offset `pos` (clamped to the end).
  std::size_t original_offset(std::size_t pos) const {
    return offsets[pos < offsets.size() ? pos : offsets.size() - 1];
  }
};

// Maps: typographic single quotes, primes and the modifier apostrophe -> ',
// double quotes and guillemets -> ", hyphen/en/em dashes, bars and minus -> -,
// NBSP, thin and other Unicode spaces -> ' ', ellipsis -> "...", full-width ASCII
// forms -> ASCII, CRLF/CR, NEL and U+2028 -> LF, U+2029 -> blank line. Removes
// zero-width characters, soft hyphens, bidi marks and the BOM; turns other C0
// controls except tab and LF into spaces. Invalid UTF-8 bytes become U+FFFD.
// Never fails.
NormalizedText normalize(std::string_view utf8);

}  // namespace kg::extract
