#include "extract/text/sentence_splitter.h"

#include <unordered_set>

#include "base/letters.h"
#include "base/utf8.h"

namespace kg::extract {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool is_closer(char c) { return c == '"' || c == '\'' || c == ')' || c == ']' || c == '}'; }
bool is_opener(char c) { return c == '"' || c == '\'' || c == '(' || c == '['; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Dotted letter sequence: "U.S.", "a.m.", "U.A.E.", "Ph.D." (segments of 1-2 letters).
bool is_dotted_letters(std::string_view w) {
  if (w.size() < 4 || w.back() != '.') return false;
  std::size_t segments = 0;
  std::size_t seg_len = 0;
  for (const char c : w) {
    if (c == '.') {
      if (seg_len == 0 || seg_len > 2) return false;
      ++segments, seg_len = 0;
    } else if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
      ++seg_len;
    } else {
      return false;
    }
  }
  return segments >= 2;
}

bool is_single_initial(std::string_view w) {
  if (w.size() < 2 || w.back() != '.') return false;
  const std::string_view letter = w.substr(0, w.size() - 1);
  const CodePoint cp = decode_utf8(letter, 0);
  return cp.length == letter.size() && is_upper_letter(cp.value);
}

// Words that typically open a sentence after a "maybe final" abbreviation.
bool is_sentence_opener(std::string_view w) {
  static const std::unordered_set<std::string_view> kOpeners = {
      "The",       "A",           "An",       "This",         "That",       "These",
      "Those",     "It",          "Its",      "He",           "She",        "They",
      "We",        "I",           "You",      "His",          "Her",        "Their",
      "Our",       "But",         "And",      "Yet",          "So",         "However",
      "Meanwhile", "In",          "On",       "At",           "For",        "According",
      "After",     "Before",      "During",   "While",        "When",       "Since",
      "Both",      "Earlier",     "Later",    "Last",         "Next",       "There",
      "Also",      "Other",       "Some",     "Many",         "Most",       "Such",
      "As",        "If",          "Although", "Despite",      "Under",      "Its",
      "Further",   "Furthermore", "Moreover", "Additionally", "Separately", "Still",
      "Today",     "Yesterday",   "Tomorrow", "Now",          "Then",       "Thus",
      "Hence",     "Therefore",   "Officials"};
  return kOpeners.contains(w);
}

// The word (non-space run) ending at `end` (exclusive) in `s`.
std::string_view word_before(std::string_view s, std::size_t end) {
  std::size_t b = end;
  while (b > 0 && !is_space(s[b - 1]) && !is_opener(s[b - 1])) --b;
  return s.substr(b, end - b);
}

std::string_view word_at(std::string_view s, std::size_t pos) {
  while (pos < s.size() && is_opener(s[pos])) ++pos;
  std::size_t e = pos;
  while (e < s.size() && !is_space(s[e]) && s[e] != ',' && s[e] != '.' && s[e] != ';' &&
         s[e] != ':' && s[e] != '\'' && s[e] != '"') {
    ++e;
  }
  return s.substr(pos, e - pos);
}

bool starts_sentence(std::string_view s, std::size_t pos) {
  while (pos < s.size() && is_opener(s[pos])) ++pos;
  if (pos >= s.size()) return false;
  if (is_digit(s[pos]) || s[pos] == '$') return true;
  return starts_with_upper(s.substr(pos));
}

// Whether the period ending `word` (just before `next`, the following text)
// closes the sentence.
bool period_ends_sentence(std::string_view word, std::string_view next_word) {
  switch (abbreviation_kind(word)) {
    case AbbreviationKind::kNeverFinal:
      return false;
    case AbbreviationKind::kMaybeFinal:
      return is_sentence_opener(next_word);
    case AbbreviationKind::kBeforeNumber:
      return next_word.empty() || !is_digit(next_word.front());
    case AbbreviationKind::kNone:
      return true;
  }
  return true;
}

// A token-like unit for the length bound: a run of non-space characters
// counts once, and each bracket, quote or separator in it once more, so that
// "((((" counts like the four tokens the tokenizer makes of it.
bool is_unit_punct(char c) {
  return c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '[' || c == ']' ||
         c == '{' || c == '}' || c == '"' || c == '\'' || c == '-' || c == '/';
}

// Where to cut [b, e) so that the first piece has at most kMaxSentenceUnits
// units: after the last ';' ':' or ',' in the second half of the window that
// fits, else at the last space in it, else (one long run of non-space text)
// at the window's end, moved back to a UTF-8 character boundary.
std::size_t cut_point(std::string_view s, std::size_t b, std::size_t e) {
  std::size_t units = 0;
  std::size_t pos = b;
  bool in_word = false;
  std::size_t last_space = 0, last_soft = 0, half_pos = 0;
  for (; pos < e; ++pos) {
    const char c = s[pos];
    if (is_space(c)) {
      in_word = false;
      last_space = pos;
      continue;
    }
    std::size_t add = (in_word ? 0 : 1) + (is_unit_punct(c) ? 1 : 0);
    if (units + add > kMaxSentenceUnits) break;
    units += add;
    in_word = true;
    if (half_pos == 0 && units * 2 >= kMaxSentenceUnits) half_pos = pos;
    if ((c == ';' || c == ':' || c == ',') && half_pos != 0) last_soft = pos + 1;
  }
  if (pos >= e) return e;
  if (last_soft > b) return last_soft;
  if (last_space > b) return last_space;
  while (pos > b + 1 && (static_cast<unsigned char>(s[pos]) & 0xC0) == 0x80) --pos;
  return std::max(pos, b + 1);
}

}  // namespace

AbbreviationKind abbreviation_kind(std::string_view word) {
  static const std::unordered_set<std::string_view> kNever = {
      "Mr.",   "Mrs.",  "Ms.",   "Mx.",  "Dr.",   "Prof.", "St.",    "Gen.",    "Col.",    "Lt.",
      "Sgt.",  "Capt.", "Cmdr.", "Adm.", "Maj.",  "Brig.", "Cpl.",   "Pvt.",    "Gov.",    "Sen.",
      "Rep.",  "Rev.",  "Fr.",   "Hon.", "Pres.", "Amb.",  "Supt.",  "Insp.",   "Messrs.", "Mt.",
      "Ft.",   "vs.",   "v.",    "Vs.",  "e.g.",  "i.e.",  "cf.",    "approx.", "ca.",     "Sept.",
      "Dept.", "Univ.", "Assn.", "Ave.", "Blvd.", "Rd.",   "Gov't.", "Lieut.",  "Dist."};
  static const std::unordered_set<std::string_view> kMaybe = {
      "Jr.",  "Sr.",  "Inc.", "Ltd.", "Co.",  "Corp.", "Bros.", "Plc.", "etc.",
      "al.",  "Jan.", "Feb.", "Mar.", "Apr.", "Jun.",  "Jul.",  "Aug.", "Sep.",
      "Oct.", "Nov.", "Dec.", "Mon.", "Tue.", "Wed.",  "Thu.",  "Fri.", "Sat.",
      "Sun.", "Bhd.", "Pte.", "Tbk.", "Esq.", "min.",  "max.",  "km.",  "kg."};
  static const std::unordered_set<std::string_view> kNumber = {
      "No.", "Nos.", "no.", "Art.", "art.", "p.", "pp.", "Vol.", "vol.", "Fig.", "fig.", "Ch."};
  if (kNever.contains(word)) return AbbreviationKind::kNeverFinal;
  if (kMaybe.contains(word)) return AbbreviationKind::kMaybeFinal;
  if (kNumber.contains(word)) return AbbreviationKind::kBeforeNumber;
  // "John F. Kennedy", but "in Serie B. The club": an initial ends a sentence
  // only before a word that opens one.
  if (is_single_initial(word)) return AbbreviationKind::kMaybeFinal;
  if (is_dotted_letters(word)) return AbbreviationKind::kMaybeFinal;
  return AbbreviationKind::kNone;
}

bool is_abbreviation(std::string_view word) {
  return abbreviation_kind(word) != AbbreviationKind::kNone;
}

std::vector<Sentence> split_sentences(std::string_view s, std::size_t base, int paragraph) {
  std::vector<Sentence> out;
  const auto emit = [&](std::size_t b, std::size_t e) {
    while (b < e) {
      while (b < e && is_space(s[b])) ++b;
      std::size_t piece_end = cut_point(s, b, e);
      std::size_t trimmed_end = piece_end;
      while (trimmed_end > b && is_space(s[trimmed_end - 1])) --trimmed_end;
      if (b < trimmed_end)
        out.push_back(
            {std::string(s.substr(b, trimmed_end - b)), base + b, base + trimmed_end, paragraph});
      b = piece_end;
    }
  };
  std::size_t start = 0;
  std::size_t i = 0;
  while (i < s.size()) {
    const char c = s[i];
    if (c != '.' && c != '!' && c != '?') {
      ++i;
      continue;
    }
    const std::size_t punct = i;
    while (i < s.size() && (s[i] == '.' || s[i] == '!' || s[i] == '?')) ++i;
    while (i < s.size() && is_closer(s[i])) ++i;
    const std::size_t end = i;
    if (i < s.size() && !is_space(s[i])) continue;  // "3.5", "U.S", "./."
    std::size_t next = i;
    while (next < s.size() && is_space(s[next])) ++next;
    if (next < s.size() && !starts_sentence(s, next)) continue;
    const bool single_period =
        c == '.' && (punct + 1 == s.size() ||
                     (s[punct + 1] != '.' && s[punct + 1] != '!' && s[punct + 1] != '?'));
    if (single_period && next < s.size() &&
        !period_ends_sentence(word_before(s, punct + 1), word_at(s, next))) {
      continue;
    }
    emit(start, end);
    start = end;
  }
  emit(start, s.size());
  return out;
}

std::vector<Sentence> split_sentences(const CleanDocument& doc) {
  std::vector<Sentence> out;
  if (!doc.title.empty()) out.push_back({doc.title, doc.title_start, doc.title_end, -1});
  for (std::size_t p = 0; p < doc.paragraphs.size(); ++p) {
    const Paragraph& para = doc.paragraphs[p];
    std::vector<Sentence> part = split_sentences(para.text, para.start, static_cast<int>(p));
    out.insert(out.end(), std::make_move_iterator(part.begin()),
               std::make_move_iterator(part.end()));
  }
  return out;
}

}  // namespace kg::extract
