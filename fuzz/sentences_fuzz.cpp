// Fuzz target: sentence splitting, tokenisation and mention finding
// (DESIGN.md pipeline steps 3-4) on arbitrary text treated as one paragraph,
// after normalisation as in the real pipeline. Checked: sentences and tokens
// are the slices of their text they claim, in order; mention token ranges lie
// inside the sentence's tokens.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <vector>

#include "extract/lexicon/lexicon.h"
#include "extract/mentions/mention_finder.h"
#include "extract/text/normalizer.h"
#include "extract/text/sentence_splitter.h"
#include "extract/text/tokenizer.h"
#include "fuzz/fuzz_check.h"

namespace {

const kg::extract::Lexicon& lexicon() {
  static const kg::extract::Lexicon lex = [] {
    auto loaded = kg::extract::Lexicon::load_builtin();
    if (!loaded.ok()) std::abort();
    return std::move(loaded).value();
  }();
  return lex;
}

void check_sentence(const kg::extract::Sentence& s, std::string_view paragraph) {
  FUZZ_CHECK(s.start <= s.end && s.end <= paragraph.size());
  FUZZ_CHECK(paragraph.substr(s.start, s.end - s.start) == s.text);
  const std::vector<kg::extract::Token> tokens = kg::extract::tokenize(s.text);
  std::size_t previous_end = 0;
  for (const kg::extract::Token& t : tokens) {
    FUZZ_CHECK(previous_end <= t.start && t.start < t.end && t.end <= s.text.size());
    FUZZ_CHECK(std::string_view(s.text).substr(t.start, t.end - t.start) == t.text);
    previous_end = t.end;
  }
  for (const kg::extract::Mention& m : kg::extract::MentionFinder(lexicon()).find(tokens)) {
    FUZZ_CHECK(m.span_begin <= m.begin && m.begin <= m.end && m.end <= tokens.size());
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const kg::extract::NormalizedText norm = kg::extract::normalize(bytes);
  std::size_t previous_end = 0;
  for (const kg::extract::Sentence& s : kg::extract::split_sentences(norm.text, 0, 0)) {
    FUZZ_CHECK(previous_end <= s.start);
    check_sentence(s, norm.text);
    previous_end = s.end;
  }
  return 0;
}
