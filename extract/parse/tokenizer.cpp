#include "extract/parse/tokenizer.h"

#include <algorithm>
#include <array>
#include <string>

#include "base/letters.h"
#include "base/utf8.h"

namespace kg::parse {
namespace {

// The longest whitespace-free run of text split by the rules at once; real
// tokens (URLs included) stay far below it.
constexpr std::size_t kMaxChunkBytes = 512;

// Prefixes that keep their hyphen in EWT and GUM ("co-op", "non-profit").
constexpr std::array<std::string_view, 23> kHyphenPrefixes = {
    "e",     "co",    "pre",   "post",    "non",    "re",    "semi", "pro",
    "mid",   "ex",    "multi", "anti",    "mini",   "cross", "sub",  "arch",
    "intra", "ultra", "over",  "counter", "psycho", "socio", "mis"};

// Words whose final period is part of the word (not at the end of a sentence).
constexpr std::array<std::string_view, 33> kAbbreviations = {
    "mr",   "mrs",  "ms",  "dr",  "prof", "st",  "jr",  "sr",     "inc",  "ltd", "co",
    "corp", "vs",   "etc", "jan", "feb",  "apr", "aug", "sep",    "sept", "oct", "nov",
    "dec",  "dept", "gov", "sen", "capt", "lt",  "sgt", "approx", "cf",   "ave", "ext"};

// Units cut from a preceding number ("5 pm", "35 mm").
constexpr std::array<std::string_view, 26> kUnits = {
    "am",  "pm", "k",   "m",  "mm", "cm", "km",  "kg", "gbs", "lb", "lbs", "ft",   "mins",
    "min", "hr", "hrs", "mb", "gb", "kb", "mph", "x",  "sq",  "mg", "ml",  "watt", "persons"};

// Multiword tokens spelt without an apostrophe: the whole (lower case) and
// the length of its first word.
struct Fused {
  std::string_view word;
  std::size_t first;
};
constexpr std::array<Fused, 28> kFused = {{
    {"gonna", 3}, {"wanna", 3},  {"gotta", 3},   {"outta", 3},   {"cannot", 3},   {"dont", 2},
    {"didnt", 3}, {"doesnt", 4}, {"couldnt", 5}, {"wouldnt", 5}, {"shouldnt", 6}, {"havent", 4},
    {"hasnt", 3}, {"hadnt", 3},  {"isnt", 2},    {"wasnt", 3},   {"werent", 4},   {"arent", 3},
    {"aint", 2},  {"im", 1},     {"ive", 1},     {"youre", 3},   {"theyre", 4},   {"cant", 2},
    {"wont", 2},  {"thats", 4},  {"itll", 2},    {"youll", 3},
}};

// Emoticons kept whole.
constexpr std::array<std::string_view, 16> kEmoticons = {":)", ":-)", ":(",  ":-(", ";)",  ";-)",
                                                         ":D", ":-D", ":P",  ":p",  ":-P", ":/",
                                                         ":o", "<3",  "^_^", ":'("};

bool is_space(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == 0xa0 ||
         (c >= 0x2000 && c <= 0x200a) || c == 0x202f || c == 0x205f || c == 0x3000;
}
bool is_alnum(char32_t c) { return is_letter(c) || is_ascii_digit(c); }
bool is_apostrophe(char32_t c) { return c == '\'' || c == 0x2019; }
bool is_opening(char32_t c) {
  return c == '(' || c == '[' || c == '{' || c == '"' || c == 0x201c || c == 0x2018 || c == 0xab ||
         c == '`' || c == '<';
}
bool is_closing(char32_t c) {
  return c == ')' || c == ']' || c == '}' || c == '"' || c == 0x201d || c == 0xbb || c == '>';
}
bool is_final(char32_t c) { return c == '.' || c == '!' || c == '?'; }
bool is_dash(char32_t c) { return c == 0x2013 || c == 0x2014 || c == 0x2015 || c == 0x2012; }

// A whitespace-free chunk as code points with their byte offsets.
class Chunk {
 public:
  Chunk(std::string_view text, std::size_t begin, std::size_t end) {
    std::size_t pos = begin;
    while (pos < end) {
      const CodePoint c = decode_utf8(text, pos);
      chars_.push_back(c.value);
      offsets_.push_back(pos);
      pos += c.length;
    }
    offsets_.push_back(end);
  }
  std::size_t size() const { return chars_.size(); }
  char32_t operator[](std::size_t i) const { return i < chars_.size() ? chars_[i] : 0; }
  std::size_t offset(std::size_t i) const { return offsets_[i]; }
  // Lower-cased ASCII spelling of [a, b); non-ASCII characters become '?'
  // except typographic apostrophes, which become '.
  std::string ascii(std::size_t a, std::size_t b) const {
    std::string s;
    for (std::size_t i = a; i < b; ++i) {
      const char32_t c = is_apostrophe(chars_[i]) ? U'\'' : to_lower(chars_[i]);
      s.push_back(c < 0x80 ? static_cast<char>(c) : '?');
    }
    return s;
  }

 private:
  std::vector<char32_t> chars_;
  std::vector<std::size_t> offsets_;
};

bool contains(std::string_view s, std::string_view needle) {
  return s.find(needle) != std::string_view::npos;
}

// Splits chunks into tokens, appending them to `out`.
class ChunkSplitter {
 public:
  // `last`: the chunk ends the sentence. `single_quote_open`: an opening
  // single quote is waiting for its closing one (carried across chunks).
  ChunkSplitter(const Chunk& chunk, bool last, bool& single_quote_open, std::vector<Token>& out)
      : c_(chunk), last_(last), single_open_(single_quote_open), out_(out) {}

  void run() {
    const std::string whole = c_.ascii(0, c_.size());
    if (std::find(kEmoticons.begin(), kEmoticons.end(), whole) != kEmoticons.end()) {
      emit(0, c_.size());
      return;
    }
    split(0, c_.size());
  }

 private:
  // Cuts [a, b): punctuation off both ends, then the word in between.
  void split(std::size_t a, std::size_t b) {
    if (all_punctuation(a, b)) {
      punctuation_runs(a, b);
      return;
    }
    a = leading(a, b);
    std::vector<std::pair<std::size_t, std::size_t>> tail;
    b = trailing(a, b, tail);
    if (a < b) core(a, b);
    for (auto it = tail.rbegin(); it != tail.rend(); ++it) emit(it->first, it->second);
  }

  // Emits the leading brackets, quotes and signs of [a, b); returns the new start.
  std::size_t leading(std::size_t a, std::size_t b) {
    while (a < b) {
      const char32_t ch = c_[a];
      std::size_t e = a + 1;
      if (is_quote_pair(a, b) || (ch == '`' && c_[a + 1] == '`')) {
        e = a + 2;
        single_open_ = false;
      } else if (ch == '.' && c_[a + 1] == '.') {
        while (e < b && c_[e] == '.') ++e;
      } else if ((ch == '-' || ch == '*' || ch == '=' || ch == '~' || ch == ',' || ch == ';' ||
                  ch == '.' || ch == '/') &&
                 is_alnum(c_[a + 1])) {
        // "-M", "*1", "=Executive", ",i"
        if (ch == '.' && is_ascii_digit(c_[a + 1])) break;  // ".5"
      } else if (is_symbol_run_start(a, b) || is_symbol(ch)) {
        while (e < b && c_[e] == ch) ++e;
      } else if (is_opening(ch) && !(ch == '<' && c_[a + 1] == '3')) {
        if (ch == 0x2018) single_open_ = true;
      } else if (is_apostrophe(ch) && a + 1 < b && !leading_apostrophe_word(a, b)) {
        single_open_ = true;
      } else if (!((ch == '$' || ch == '#' || ch == 0xa3 || ch == 0x20ac || ch == 0xa5) &&
                   a + 1 < b && (is_ascii_digit(c_[a + 1]) || c_[a + 1] == '.'))) {
        break;
      }
      emit(a, e);
      a = e;
    }
    return a;
  }

  // Collects the trailing punctuation of [a, b) into `tail` (last first);
  // returns the new end.
  std::size_t trailing(std::size_t a, std::size_t b,
                       std::vector<std::pair<std::size_t, std::size_t>>& tail) {
    while (b > a) {
      const char32_t ch = c_[b - 1];
      const std::size_t len = b - a;
      std::size_t s = b - 1;
      if (len > 2 && is_quote_pair(b - 2, b)) {
        s = b - 2;
      } else if (is_closing(ch) && !(ch == ')' && has_open_paren(a, b - 1)) &&
                 !(ch == '>' && len > 1 && c_[b - 2] == '<')) {
      } else if (is_symbol_run_end(a, b)) {
        while (s > a && c_[s - 1] == ch) --s;
      } else if (ch == ',' || ch == ';' || ch == ':' || ch == '(' || ch == '[' ||
                 ((ch == '*' || ch == '#' || ch == '/') && len > 1) || is_symbol(ch) ||
                 (ch == '-' && len > 1 && is_letter(c_[b - 2]))) {
      } else if (is_final(ch)) {
        while (s > a && is_final(c_[s - 1])) --s;
        if (s == a) break;  // only punctuation left: kept as is
        if (ch == '.' && b - s <= 2 && is_abbreviation(a, s, b - s == 1 && ends_sentence(b))) {
          // "Inc." keeps its period; of "Inc.." the second one is a token.
          if (b - s == 1) break;
          tail.push_back({s + 1, b});
          return s + 1;
        }
      } else if (ch == '%' && len > 1 && is_ascii_digit(c_[b - 2])) {
      } else if (is_apostrophe(ch) && len > 1 &&
                 (single_open_ || !(to_lower(c_[b - 2]) == 's' && len > 2))) {
        single_open_ = false;
      } else if (is_dash(ch) || (ch == '-' && len > 1 && c_[b - 2] == '-')) {
        while (s > a && (is_dash(c_[s - 1]) || c_[s - 1] == '-')) --s;
        if (s == a) break;
      } else {
        break;
      }
      tail.push_back({s, b});
      b = s;
    }
    return b;
  }

  // Whether only closing brackets and quotes follow position b in the last chunk.
  bool ends_sentence(std::size_t b) const {
    if (!last_) return false;
    for (std::size_t i = b; i < c_.size(); ++i)
      if (!is_closing(c_[i]) && !is_apostrophe(c_[i])) return false;
    return true;
  }

  // Two single quotes or apostrophes used as one double quote: '' or ‘’.
  bool is_quote_pair(std::size_t a, std::size_t b) const {
    const auto single = [](char32_t c) { return c == '\'' || c == 0x2018 || c == 0x2019; };
    return a + 1 < b && single(c_[a]) && single(c_[a + 1]);
  }

  void emit(std::size_t a, std::size_t b) { emit_words(a, b, {b}); }

  // A token [a, b) whose words end at the given positions (the last is b).
  void emit_words(std::size_t a, std::size_t b, std::vector<std::size_t> ends) {
    Token t;
    t.span = {c_.offset(a), c_.offset(b)};
    std::size_t start = a;
    for (const std::size_t e : ends) {
      t.words.push_back({c_.offset(start), c_.offset(e)});
      start = e;
    }
    out_.push_back(std::move(t));
  }

  // Non-ASCII symbols such as hearts and arrows.
  static bool is_symbol(char32_t ch) {
    return ch >= 0x2100 && ch <= 0x2bff && !(ch >= 0x2010 && ch <= 0x205f);
  }

  // Runs of two or more of a symbol such as '*' or '=' around a word.
  static bool is_run_symbol(char32_t ch) {
    return ch == '*' || ch == '=' || ch == '#' || ch == '~' || ch == '_' || ch == '+' ||
           ch == '<' || ch == '>';
  }
  bool is_symbol_run_start(std::size_t a, std::size_t b) const {
    return a + 2 < b && is_run_symbol(c_[a]) && c_[a + 1] == c_[a];
  }
  bool is_symbol_run_end(std::size_t a, std::size_t b) const {
    return b >= a + 3 && is_run_symbol(c_[b - 1]) && c_[b - 2] == c_[b - 1];
  }

  // A chunk without letters or digits: runs of one character are tokens,
  // except that a run of . ! ? is one token whatever its mix ("?!").
  void punctuation_runs(std::size_t a, std::size_t b) {
    while (a < b) {
      std::size_t e = a + 1;
      if (is_final(c_[a])) {
        while (e < b && is_final(c_[e])) ++e;
      } else if ((!is_opening(c_[a]) && !is_closing(c_[a])) || is_run_symbol(c_[a])) {
        while (e < b && c_[e] == c_[a]) ++e;
      }
      emit(a, e);
      a = e;
    }
  }

  bool all_punctuation(std::size_t a, std::size_t b) const {
    for (std::size_t i = a; i < b; ++i)
      if (is_alnum(c_[i])) return false;
    return true;
  }

  bool has_open_paren(std::size_t a, std::size_t b) const {
    for (std::size_t i = a; i < b; ++i)
      if (c_[i] == '(') return true;
    return false;
  }

  // "'em", "'cause", "'til", "'90s", "'n'": the apostrophe belongs to the word.
  bool leading_apostrophe_word(std::size_t a, std::size_t b) const {
    std::string w = c_.ascii(a + 1, b);
    while (!w.empty() && !std::isalnum(static_cast<unsigned char>(w.back()))) w.pop_back();
    return w == "em" || w == "cause" || w == "til" || w == "n" || w == "twas" ||
           (w.size() >= 2 && std::isdigit(static_cast<unsigned char>(w[0])) &&
            std::isdigit(static_cast<unsigned char>(w[1])));
  }

  // [a, b) followed by '.' is an abbreviation: a listed word, letters with
  // inner periods and short parts ("U.S", "e.g", "Ph.D") or a single letter
  // ("J. Smith"); never at the end of the sentence, where EWT cuts the period
  // ("etc ." and "because of X .").
  bool is_abbreviation(std::size_t a, std::size_t b, bool sentence_end) const {
    if (sentence_end) return false;
    const std::string w = c_.ascii(a, b);
    if (w.size() == 1 && is_letter(c_[a])) return true;
    if (std::find(kAbbreviations.begin(), kAbbreviations.end(), w) != kAbbreviations.end())
      return true;
    bool dotted = false;
    std::size_t part = 0;
    for (std::size_t i = a; i < b; ++i) {
      if (c_[i] == '.') {
        dotted = true;
        part = 0;
      } else if (!is_letter(c_[i]) || ++part > 3) {
        return false;
      }
    }
    return dotted;
  }

  bool is_url_or_email(std::size_t a, std::size_t b) const {
    const std::string w = c_.ascii(a, b);
    if (w.starts_with("http://") || w.starts_with("https://") || w.starts_with("www.") ||
        w.starts_with("ftp://") || w.starts_with("mailto:"))
      return true;
    if (contains(w, "\"")) return false;
    const std::size_t at = w.find('@');
    if (at != std::string::npos && at > 0 && w.find('.', at) != std::string::npos) return true;
    for (const std::string_view tld : {".com", ".org", ".net", ".edu", ".gov", ".html", ".htm"})
      if (contains(w, tld) && w.find('.') > 0) return true;
    return false;
  }

  // The word [a, b) without surrounding punctuation.
  void core(std::size_t a, std::size_t b) {
    if (is_url_or_email(a, b)) {
      emit(a, b);
      return;
    }
    if (contraction(a, b)) return;
    // Inner cut points.
    for (std::size_t i = a + 1; i + 1 < b; ++i) {
      const char32_t ch = c_[i];
      std::size_t e = i + 1;  // end of the cut token
      if (ch == '-' && c_[i + 1] == '-') {
        while (e < b && c_[e] == '-') ++e;
      } else if (ch == '.' && c_[i + 1] == '.') {
        while (e < b && c_[e] == '.') ++e;
        if (e >= b) continue;
      } else if (!((ch == '-' && split_hyphen(a, i, b)) || is_dash(ch) ||
                   (ch == '/' && split_slash(a, i, b)) || (ch == ')' && c_[i + 1] == '(') ||
                   (ch == '"' && (c_[i + 1] == '-' || c_[i + 1] == '<')) ||
                   (ch == '-' && c_[i + 1] == '"') ||
                   (ch == ',' && is_letter(c_[i - 1]) && is_alnum(c_[i + 1])) ||
                   (ch == ':' && is_letter(c_[i - 1]) && is_alnum(c_[i + 1])) ||
                   ((ch == '!' || ch == '?') && is_alnum(c_[i - 1])))) {
        continue;
      }
      split(a, i);
      emit(i, e);
      if (e < b) split(e, b);
      return;
    }
    // A number and a unit.
    std::size_t digits = a;
    while (digits < b && (is_ascii_digit(c_[digits]) || c_[digits] == '.' || c_[digits] == ','))
      ++digits;
    if (digits > a && digits < b && is_ascii_digit(c_[a])) {
      const std::string unit = c_.ascii(digits, b);
      if (std::find(kUnits.begin(), kUnits.end(), unit) != kUnits.end()) {
        emit(a, digits);
        emit(digits, b);
        return;
      }
    }
    emit(a, b);
  }

  // Multiword tokens: clitics after an apostrophe, and fused spellings.
  bool contraction(std::size_t a, std::size_t b) {
    const std::string w = c_.ascii(a, b);
    // Only a word of letters (and its apostrophe) takes clitics.
    for (std::size_t i = a; i < b; ++i)
      if (!is_letter(c_[i]) && !is_apostrophe(c_[i])) return false;
    const std::size_t n = w.size();
    const auto ends_with = [&](std::string_view s) { return n > s.size() && w.ends_with(s); };
    if (ends_with("n't")) {
      std::size_t first = b - 3;
      // can't -> ca + n't, won't -> wo + n't, ain't -> ai + n't
      emit_words(a, b, {first, b});
      return true;
    }
    for (const std::string_view clitic : {"'s", "'re", "'m", "'ll", "'ve", "'d"}) {
      if (ends_with(clitic) && is_letter(c_[b - clitic.size() - 1])) {
        const std::size_t first = b - clitic.size();
        // Names such as O'Neill have the apostrophe inside, not before a clitic.
        emit_words(a, b, {first, b});
        return true;
      }
    }
    if (n > 2 && is_apostrophe(c_[b - 1]) && to_lower(c_[b - 2]) == 's') {
      emit_words(a, b, {b - 1, b});  // plural possessive: parents'
      return true;
    }
    for (const Fused& f : kFused) {
      if (w == f.word) {
        emit_words(a, b, {a + f.first, b});
        return true;
      }
    }
    return false;
  }

  bool split_hyphen(std::size_t a, std::size_t i, std::size_t b) const {
    if (!is_alnum(c_[i - 1]) || !is_alnum(c_[i + 1])) return false;
    const std::string left = c_.ascii(a, i);
    const std::string right = c_.ascii(i + 1, b);
    const auto all_digits = [](std::string_view s) {
      return !s.empty() &&
             std::all_of(s.begin(), s.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
    };
    if (all_digits(left)) {
      // Phone numbers and ZIP+4 stay whole; ranges are cut.
      if (contains(right, "-")) return false;
      if (all_digits(right) && right.size() == 4 && (left.size() <= 3 || left.size() == 5))
        return false;
      return all_digits(right) || right.find_first_of("0123456789") == std::string::npos;
    }
    if (std::find(kHyphenPrefixes.begin(), kHyphenPrefixes.end(), left) != kHyphenPrefixes.end())
      return false;
    // Letters and digits mixed on the left (codes such as "ld2d-69366") stay whole.
    if (left.find_first_of("0123456789") != std::string::npos) return false;
    return true;
  }

  // "and/or" is cut, "w/o", "l/c" and "s/he" are not.
  bool split_slash(std::size_t a, std::size_t i, std::size_t b) const {
    if (!is_letter(c_[i - 1]) || !is_letter(c_[i + 1])) return false;
    return !(i - a == 1 && b - i - 1 <= 3);
  }

  const Chunk& c_;
  bool last_;
  bool& single_open_;
  std::vector<Token>& out_;
};

}  // namespace

std::vector<Token> tokenize(std::string_view text) {
  std::vector<Token> tokens;
  bool single_quote_open = false;
  std::size_t pos = 0;
  while (pos < text.size()) {
    // Skip whitespace.
    while (pos < text.size()) {
      const CodePoint c = decode_utf8(text, pos);
      if (!c.valid || !is_space(c.value)) break;
      pos += c.length;
    }
    if (pos >= text.size()) break;
    // A chunk ends at whitespace, or after kMaxChunkBytes: the rules look at
    // the rest of the chunk at every cut, so a longer run of text without
    // spaces (a pasted table, a repeated token) is cut into bounded chunks.
    std::size_t end = pos;
    while (end < text.size() && end - pos < kMaxChunkBytes) {
      const CodePoint c = decode_utf8(text, end);
      if (c.valid && is_space(c.value)) break;
      end += c.length;
    }
    const Chunk chunk(text, pos, end);
    std::size_t next = end;
    while (next < text.size()) {
      const CodePoint c = decode_utf8(text, next);
      if (!c.valid || !is_space(c.value)) break;
      next += c.length;
    }
    ChunkSplitter(chunk, next >= text.size(), single_quote_open, tokens).run();
    pos = end;
  }
  for (Token& t : tokens) {
    if (t.span.end >= text.size()) continue;
    const CodePoint c = decode_utf8(text, t.span.end);
    t.space_after = c.valid && is_space(c.value);
  }
  return tokens;
}

}  // namespace kg::parse
