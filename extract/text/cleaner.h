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

// Text the cleaner removed: normalized_text.substr(start, end - start) (a whole
// paragraph, or the "/." of an end-of-article marker) and why, in words a user
// can read ("photo caption", "related-articles block").
struct Removal {
  std::size_t start = 0;
  std::size_t end = 0;
  std::string reason;
};

// `title` is the first line when it looks like a headline (at most 25 words,
// no final period), after up to 8 lines of front matter, which are removed:
// bylines and source lines ("source: ...", "By ..."), metadata and navigation
// lines (front_matter.h). It is empty when that line is no headline; its range
// in the normalised text is [title_start, title_end). `removed` lists every
// removed span in document order; the title, the kept paragraphs and the
// removed spans together cover all of the text but white space.
struct CleanDocument {
  std::string title;
  std::vector<Paragraph> paragraphs;
  std::vector<Removal> removed;
  std::size_t title_start = 0;
  std::size_t title_end = 0;
};

// Splits `normalized_text` (output of normalize()) into paragraphs: lines, or whole
// blank-line-separated blocks when the text is hard-wrapped. Then drops, in this
// order of precedence:
//   - boilerplate blocks after body text: a block starts at a "Related articles"
//     / "Related news" / "Read more" / "See also" / "More from" / "Tags:" marker
//     line, at a short category-label line (<= 4 words, no final punctuation)
//     occurring 2+ times, or after a "./." end-of-article marker (the marker's
//     "/." is cut from its paragraph). It ends where body text resumes: at a
//     body paragraph (8+ words, final punctuation) followed, within the next two
//     paragraphs, by another one. So a related-articles list (headlines, one-line
//     teasers) is dropped, and the next article of a file that holds several is
//     kept; a file is one document whatever it holds. Before any body text,
//     such markers and labels are dropped one line at a time;
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
