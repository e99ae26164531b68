// Fuzz target: the UD tokenizer of kg parse (extract/parse/tokenizer.h) on
// arbitrary text. Checked: tokens are non-empty, in order, do not overlap and
// hold no whitespace; the words of a token partition it.
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "extract/parse/tokenizer.h"
#include "fuzz/fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  std::size_t previous_end = 0;
  for (const kg::parse::Token& t : kg::parse::tokenize(text)) {
    FUZZ_CHECK(previous_end <= t.span.start && t.span.start < t.span.end);
    FUZZ_CHECK(t.span.end <= text.size());
    for (std::size_t i = t.span.start; i < t.span.end; ++i)
      FUZZ_CHECK(text[i] != ' ' && text[i] != '\n' && text[i] != '\t');
    FUZZ_CHECK(!t.words.empty());
    std::size_t at = t.span.start;
    for (const kg::parse::TextSpan& w : t.words) {
      FUZZ_CHECK(w.start == at && w.start < w.end);
      at = w.end;
    }
    FUZZ_CHECK(at == t.span.end);
    previous_end = t.span.end;
  }
  return 0;
}
