#include "extract/parse/word_features.h"

#include <vector>

#include "extract/parse/hash.h"
#include "graph/utf8.h"

namespace kg::parse {
namespace {

// The folded code points of `form`.
std::vector<char32_t> folded_chars(std::string_view form) {
  std::vector<char32_t> out;
  out.reserve(form.size());
  std::size_t pos = 0;
  while (pos < form.size()) {
    const Utf8Char c = decode_utf8(form, pos);
    pos += c.length;
    if (!c.valid) {
      out.push_back(0xfffd);
      continue;
    }
    switch (c.code_point) {
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
        out.push_back(c.code_point);
    }
  }
  return out;
}

char32_t lower(char32_t c) {
  if (c >= 'A' && c <= 'Z') return c + 32;
  if (c < 0x80) return c;
  if (c >= 0xc0 && c <= 0xde && c != 0xd7) return c + 32;
  if (c >= 0x100 && c <= 0x17f && c != 0x130 && c != 0x138 && c != 0x149 && c != 0x17f) {
    // Latin Extended-A pairs: even upper, odd lower (shifted by one in 0x139-0x148
    // and 0x179-0x17e).
    const bool shifted = (c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17e);
    if (shifted) return (c % 2 == 1) ? c + 1 : c;
    return (c % 2 == 0) ? c + 1 : c;
  }
  if (c >= 0x391 && c <= 0x3a9 && c != 0x3a2) return c + 32;
  if (c >= 0x410 && c <= 0x42f) return c + 32;
  if (c >= 0x400 && c <= 0x40f) return c + 80;
  return c;
}

bool is_upper(char32_t c) { return lower(c) != c; }

bool is_letter(char32_t c) {
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return true;
  return c >= 0xc0 && c != 0xd7 && c != 0xf7 && !(c >= 0x2000 && c <= 0x2bff) &&
         !(c >= 0x3000 && c <= 0x303f) && c != 0xfffd;
}

std::string encode(const std::vector<char32_t>& chars, std::size_t begin, std::size_t end) {
  std::string out;
  for (std::size_t i = begin; i < end; ++i) append_utf8(out, chars[i]);
  return out;
}

char shape_class(char32_t c) {
  if (c >= '0' && c <= '9') return 'd';
  if (is_upper(c)) return 'X';
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
  for (char32_t& c : chars) c = lower(c);
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
  info.capitalised = !chars.empty() && is_upper(chars[0]);
  for (const char32_t c : chars) {
    info.has_digit = info.has_digit || (c >= '0' && c <= '9');
    info.has_hyphen = info.has_hyphen || c == '-';
    info.has_letter = info.has_letter || is_letter(c);
  }
  info.shape = hash_string(word_shape(form, 4));
  info.short_shape = hash_string(word_shape(form, 1));
  for (char32_t& c : chars) c = lower(c);
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
