#include "extract/parse/word_features.h"

#include <vector>

#include "base/letters.h"
#include "base/utf8.h"
#include "extract/parse/hash.h"

namespace kg::parse {
namespace {

// The folded code points of `form`.
std::vector<char32_t> folded_chars(std::string_view form) {
  std::vector<char32_t> out;
  out.reserve(form.size());
  std::size_t pos = 0;
  while (pos < form.size()) {
    const CodePoint c = decode_utf8(form, pos);
    pos += c.length;
    switch (c.value) {
      case 0x2018:
      case 0x2019:
      case 0x201a:
      case 0x201b:
      case 0x2032:
      case 0x02bc:
        out.push_back('\'');
        break;
      case 0x201c:
      case 0x201d:
      case 0x201e:
      case 0x201f:
      case 0x00ab:
      case 0x00bb:
        out.push_back('"');
        break;
      case 0x2026:
        out.insert(out.end(), {'.', '.', '.'});
        break;
      default:
        out.push_back(c.value);
    }
  }
  return out;
}

std::string encode(const std::vector<char32_t>& chars, std::size_t begin, std::size_t end) {
  std::string out;
  for (std::size_t i = begin; i < end; ++i) append_utf8(out, chars[i]);
  return out;
}

char shape_class(char32_t c) {
  if (is_ascii_digit(c)) return 'd';
  if (is_upper_letter(c)) return 'X';
  if (is_letter(c)) return 'x';
  if (c < 0x80) return static_cast<char>(c);
  return '*';
}

}  // namespace

std::string fold_form(std::string_view form) {
  const std::vector<char32_t> chars = folded_chars(form);
  return encode(chars, 0, chars.size());
}

std::string lower_form(std::string_view form) {
  std::vector<char32_t> chars = folded_chars(form);
  for (char32_t& c : chars) c = to_lower(c);
  return encode(chars, 0, chars.size());
}

std::string word_shape(std::string_view form, int max_run) {
  std::string out;
  char previous = 0;
  int run = 0;
  for (const char32_t c : folded_chars(form)) {
    const char s = shape_class(c);
    run = s == previous ? run + 1 : 1;
    previous = s;
    if (run <= max_run) out.push_back(s);
  }
  return out;
}

WordInfo describe_word(std::string_view form) {
  WordInfo info;
  std::vector<char32_t> chars = folded_chars(form);
  info.form = hash_string(encode(chars, 0, chars.size()));
  info.length = static_cast<std::uint32_t>(chars.size());
  info.capitalised = !chars.empty() && is_upper_letter(chars[0]);
  for (const char32_t c : chars) {
    info.has_digit = info.has_digit || is_ascii_digit(c);
    info.has_hyphen = info.has_hyphen || c == '-';
    info.has_letter = info.has_letter || is_letter(c);
  }
  info.shape = hash_string(word_shape(form, 4));
  info.short_shape = hash_string(word_shape(form, 1));
  for (char32_t& c : chars) c = to_lower(c);
  info.lower = hash_string(encode(chars, 0, chars.size()));
  for (std::size_t n = 1; n <= kMaxAffix; ++n) {
    if (chars.size() <= n) break;
    info.prefix[n - 1] = hash_combine(n, hash_string(encode(chars, 0, n)));
    info.suffix[n - 1] =
        hash_combine(n + 16, hash_string(encode(chars, chars.size() - n, chars.size())));
  }
  return info;
}

}  // namespace kg::parse
