#include "extract/text/tokenizer.h"

#include <algorithm>

#include "base/letters.h"
#include "base/utf8.h"
#include "extract/text/sentence_splitter.h"

namespace kg::extract {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_ascii_letter(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }

bool is_word_cp(char32_t cp) { return is_letter(cp) || is_ascii_digit(cp); }

class Tokenizer {
 public:
  explicit Tokenizer(std::string_view s) : s_(s) {}

  std::vector<Token> run() {
    while (i_ < s_.size()) {
      if (is_space(s_[i_])) {
        ++i_;
      } else if (const std::size_t url = url_length(); url > 0) {
        emit(i_, i_ + url, TokenKind::kSymbol);
      } else if (word_at(i_)) {
        word();
      } else if (s_[i_] == '\'') {
        quote();
      } else if (s_.substr(i_, 3) == "...") {
        emit(i_, i_ + 3, TokenKind::kPunct);
      } else {
        other();
      }
    }
    return std::move(out_);
  }

 private:
  bool word_at(std::size_t pos) const {
    return pos < s_.size() && is_word_cp(decode_utf8(s_, pos).value);
  }
  bool letter_at(std::size_t pos) const {
    return pos < s_.size() && is_letter(decode_utf8(s_, pos).value);
  }

  void emit(std::size_t b, std::size_t e, TokenKind kind, bool hyphenated = false) {
    out_.push_back({std::string(s_.substr(b, e - b)), b, e, kind, hyphenated});
    i_ = e;
  }

  std::size_t url_length() const {
    const std::string_view rest = s_.substr(i_);
    if (!rest.starts_with("http://") && !rest.starts_with("https://") &&
        !rest.starts_with("www.")) {
      return 0;
    }
    std::size_t n = 0;
    while (n < rest.size() && !is_space(rest[n])) ++n;
    while (n > 0 && std::string_view(".,;:!?)\"'").find(rest[n - 1]) != std::string_view::npos) {
      --n;
    }
    return n;
  }

  // Length of the letter run ending at `end` (exclusive), stopping at '.'.
  std::size_t segment_before(std::size_t begin, std::size_t end) const {
    std::size_t b = end;
    while (b > begin && s_[b - 1] != '.') --b;
    return end - b;
  }

  std::size_t next_non_space(std::size_t pos) const {
    while (pos < s_.size() && is_space(s_[pos])) ++pos;
    return pos;
  }

  // Whether the '.' at `j` belongs to the word that began at `b`.
  bool keeps_period(std::size_t b, std::size_t j, bool numeric) const {
    if (j + 1 < s_.size() && is_digit(s_[j + 1])) return numeric;
    const std::size_t seg = segment_before(b, j);
    const bool letters_only =
        std::all_of(s_.begin() + static_cast<std::ptrdiff_t>(j - seg),
                    s_.begin() + static_cast<std::ptrdiff_t>(j), is_ascii_letter);
    if (j + 1 < s_.size() && is_ascii_letter(s_[j + 1])) return letters_only && seg <= 2;
    const std::string_view word = s_.substr(b, j + 1 - b);
    const std::size_t after = next_non_space(j + 1);
    switch (abbreviation_kind(word)) {
      case AbbreviationKind::kNone:
        return false;
      case AbbreviationKind::kBeforeNumber:
        return after < s_.size() && is_digit(s_[after]);
      case AbbreviationKind::kNeverFinal:
      case AbbreviationKind::kMaybeFinal:
        return after < s_.size() || seg > 1 || word.size() > 2;
    }
    return false;
  }

  void word() {
    const std::size_t b = i_;
    const bool numeric_start = is_digit(s_[b]);
    bool numeric = numeric_start;
    bool hyphenated = false;
    std::size_t j = b;
    while (j < s_.size()) {
      const CodePoint cp = decode_utf8(s_, j);
      if (is_word_cp(cp.value)) {
        numeric = numeric && is_ascii_digit(cp.value);
        j += cp.length;
        continue;
      }
      const char c = s_[j];
      const bool digit_next = j + 1 < s_.size() && is_digit(s_[j + 1]);
      if (c == '-' && word_at(j + 1)) {
        hyphenated = true;
        numeric = numeric && digit_next;
        ++j;
      } else if ((c == ',' || c == ':' || c == '+') && numeric && digit_next) {
        ++j;
      } else if (c == '.' && keeps_period(b, j, numeric)) {
        ++j;
        if (!word_at(j)) break;
      } else if (c == '&' && j > b && is_ascii_letter(s_[j - 1]) && j + 1 < s_.size() &&
                 s_[j + 1] >= 'A' && s_[j + 1] <= 'Z') {
        ++j;
      } else if (c == '\'' && letter_at(j + 1) && !is_possessive_s(j)) {
        ++j;
      } else {
        break;
      }
    }
    const bool is_number = numeric_start && numeric;
    emit(b, j, is_number ? TokenKind::kNumber : TokenKind::kWord, hyphenated && !is_number);
    if (j < s_.size() && s_[j] == '\'') after_word_apostrophe(b);
  }

  // "'s" / "'S" followed by a non-letter.
  bool is_possessive_s(std::size_t j) const {
    return j + 1 < s_.size() && (s_[j + 1] == 's' || s_[j + 1] == 'S') && !letter_at(j + 2);
  }

  // An apostrophe directly after a word: possessive "'s", plural possessive,
  // closing quote, or part of the word ("Dato'").
  void after_word_apostrophe(std::size_t word_begin) {
    if (is_possessive_s(i_)) return emit(i_, i_ + 2, TokenKind::kPossessive);
    if (open_quote_) {
      open_quote_ = false;
      return emit(i_, i_ + 1, TokenKind::kPunct);
    }
    const char last = s_[i_ - 1];
    if (last == 's' || last == 'S') return emit(i_, i_ + 1, TokenKind::kPossessive);
    Token& w = out_.back();
    if (w.start == word_begin && w.kind == TokenKind::kWord) {
      w.text.push_back('\'');
      w.end = ++i_;
      return;
    }
    emit(i_, i_ + 1, TokenKind::kPunct);
  }

  void quote() {
    const bool opens =
        (i_ == 0 || is_space(s_[i_ - 1]) || s_[i_ - 1] == '(' || s_[i_ - 1] == '"') &&
        word_at(i_ + 1);
    open_quote_ = opens;
    emit(i_, i_ + 1, TokenKind::kPunct);
  }

  void other() {
    const CodePoint cp = decode_utf8(s_, i_);
    const bool punct =
        cp.value < 0x80 && std::string_view(",;:()[]{}\"?!./-").find(static_cast<char>(cp.value)) !=
                               std::string_view::npos;
    emit(i_, i_ + cp.length, punct ? TokenKind::kPunct : TokenKind::kSymbol);
  }

  std::string_view s_;
  std::size_t i_ = 0;
  bool open_quote_ = false;
  std::vector<Token> out_;
};

}  // namespace

std::vector<Token> tokenize(std::string_view sentence) { return Tokenizer(sentence).run(); }

std::string join_tokens(const std::vector<Token>& tokens, std::size_t a, std::size_t b) {
  std::string s;
  for (std::size_t k = a; k < b && k < tokens.size(); ++k) {
    if (k > a && tokens[k].start > tokens[k - 1].end) s += ' ';
    s += tokens[k].text;
  }
  return s;
}

}  // namespace kg::extract
