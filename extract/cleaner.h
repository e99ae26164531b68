// Article cleaning: normalised text -> title + body paragraphs, with web-page
// boilerplate removed. Heuristic and language-agnostic where possible (English
// marker words only for the explicit "Related articles" / "Photo:" style cues).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace kg::extract {

// One kept paragraph: `text` == normalized_text.substr(start, end - start), trimmed
// of surrounding whitespace. Hard-wrapped paragraphs keep their inner newlines.
struct Paragraph {
  std::string text;
  std::size_t start = 0;
  std::size_t end = 0;
};

// `title` is empty when the first line does not look like a headline; its range
// in the normalised text is [title_start, title_end). `dropped_reasons` holds one
// "reason: excerpt" line per removed paragraph or block, in document order, for
// diagnostics only.
struct CleanDocument {
  std::string title;
  std::vector<Paragraph> paragraphs;
  std::vector<std::string> dropped_reasons;
  std::size_t title_start = 0;
  std::size_t title_end = 0;
};

// Splits `normalized_text` (output of normalize()) into paragraphs: lines, or whole
// blank-line-separated blocks when the text is hard-wrapped. Then drops, in this
// order of precedence:
//   - everything from the end of the body: a "Related articles" / "Related news" /
//     "Read more" / "See also" / "More from" / "Tags:" marker line, a short
//     category-label line (<= 4 words, no final punctuation) occurring 2+ times
//     after body text, or the text after a "./." end-of-article marker (the
//     marker's "/." is cut from its paragraph);
//   - share / subscribe / follow / advertisement / copyright lines;
//   - photo captions ("(Photo: ...)", "Photo:", "Photo by", "File photo", or a
//     parenthesised credit such as "(AFP)" ending the line);
//   - byline lines ("By ...", "Reporter: ...") and a trailing name-only line;
//   - exact and near-exact repeats of an earlier paragraph or of the title;
//   - short section headings (<= 12 words, no sentence-final punctuation) that
//     are followed by body text and are not part of a list.
// List lines such as "China (2008)" after a line ending in ':' are kept. Never fails.
CleanDocument clean(const std::string& normalized_text);

}  // namespace kg::extract
