// Rule-based sentence segmentation of cleaned paragraphs, with byte offsets into
// the normalised text (map them to the original file with NormalizedText::offsets).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "extract/text/cleaner.h"

namespace kg::extract {

// `text` == normalized_text.substr(start, end - start), trimmed; `paragraph` is
// the index of the paragraph in CleanDocument::paragraphs, -1 for the title.
struct Sentence {
  std::string text;
  std::size_t start = 0;
  std::size_t end = 0;
  int paragraph = 0;
};

// The most token-like units (runs of non-space text, plus each bracket, quote
// and separator in them) one sentence may hold. Real sentences stay far below
// it (the longest of the sample and development articles has under 90); a
// longer one is a table, a list pasted without punctuation or a page with no
// full stop, and every later step that looks at pairs of words or mentions
// would be quadratic in it. Such a run is cut into sentences of at most this
// many units, after a ';' ':' or ',' in the second half of the window where
// there is one, else at a space.
inline constexpr std::size_t kMaxSentenceUnits = 250;

// A sentence ends at . ! ? (or a run of them, or "...") followed by closing quotes
// or brackets, which stay with the sentence, then whitespace and an upper-case
// letter, digit or opening quote/bracket, or the end of the paragraph. Not at an
// abbreviation (is_abbreviation), a single capital initial ("J. K."), a decimal
// point or the "./." marker. Each paragraph yields at least one sentence when it
// has any non-space text; a list line such as "China (2008)" is its own sentence.
// The title, when there is one, comes first, whole, as one sentence: headlines
// state facts too ("X acquires Y"), and gold sets count them.
std::vector<Sentence> split_sentences(const CleanDocument& doc);

// Splits one paragraph; offsets are `base_offset` + offsets within `paragraph_text`.
std::vector<Sentence> split_sentences(std::string_view paragraph_text, std::size_t base_offset,
                                      int paragraph);

// How a word ending in '.' behaves at a possible sentence end.
enum class AbbreviationKind {
  kNone,         // not an abbreviation: the period ends a sentence
  kNeverFinal,   // "Mr.", "Dr.", "Gen.", "e.g.", "vs.": never ends a sentence
  kMaybeFinal,   // "U.S.", "Inc.", "etc.", "a.m.", "Jan.": ends one only before a
                 // typical sentence opener ("The", "He", ...)
  kBeforeNumber  // "No.", "Nos.", "Art.", "p.": abbreviation only before a number
};

// Classifies `word`, which includes its final period ("Mr.", "U.S."). Single
// capital initials ("J.") are kNeverFinal; dotted letter sequences ("U.A.E.",
// "p.m.") are kMaybeFinal.
AbbreviationKind abbreviation_kind(std::string_view word);

// True unless abbreviation_kind(word) is kNone.
bool is_abbreviation(std::string_view word);

}  // namespace kg::extract
