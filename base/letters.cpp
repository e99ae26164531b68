#include "base/letters.h"

#include "base/utf8.h"

namespace kg {
namespace {

bool in_range(char32_t cp, char32_t lo, char32_t hi) { return cp >= lo && cp <= hi; }

// Latin Extended-A mostly pairs (upper, lower) on (even, odd) code points, but two
// runs pair on (odd, even).
bool latin_ext_a_upper(char32_t cp) {
  if (cp == 0x0138 || cp == 0x0149 || cp == 0x017F) return false;
  if (cp == 0x0178) return true;
  const bool odd_upper = in_range(cp, 0x0139, 0x0148) || in_range(cp, 0x0179, 0x017E);
  return odd_upper ? (cp % 2 == 1) : (cp % 2 == 0);
}

bool latin_ext_b_cased(char32_t cp) {
  return cp == 0x01A0 || cp == 0x01A1 || cp == 0x01AF || cp == 0x01B0 ||
         in_range(cp, 0x0200, 0x021F) || in_range(cp, 0x0222, 0x0233);
}

bool latin_ext_b_upper(char32_t cp) {
  if (cp == 0x01AF) return true;
  if (cp == 0x01B0) return false;
  return cp % 2 == 0;
}

bool latin_ext_additional_cased(char32_t cp) {
  return in_range(cp, 0x1E00, 0x1E95) || in_range(cp, 0x1EA0, 0x1EFF);
}

bool greek_accented_upper(char32_t cp) {
  return cp == 0x0386 || in_range(cp, 0x0388, 0x038A) || cp == 0x038C || cp == 0x038E ||
         cp == 0x038F;
}

}  // namespace

bool is_upper_letter(char32_t cp) {
  if (cp < 0x80) return in_range(cp, 'A', 'Z');
  if (in_range(cp, 0x00C0, 0x00DE)) return cp != 0x00D7;
  if (in_range(cp, 0x0100, 0x017F)) return latin_ext_a_upper(cp);
  if (latin_ext_b_cased(cp)) return latin_ext_b_upper(cp);
  if (latin_ext_additional_cased(cp)) return cp % 2 == 0;
  if (cp == 0x1E9E) return true;
  if (in_range(cp, 0x0391, 0x03A9)) return cp != 0x03A2;
  if (greek_accented_upper(cp)) return true;
  return in_range(cp, 0x0400, 0x042F);
}

bool is_lower_letter(char32_t cp) {
  if (cp < 0x80) return in_range(cp, 'a', 'z');
  if (in_range(cp, 0x00DF, 0x00FF)) return cp != 0x00F7;
  if (in_range(cp, 0x0100, 0x017F)) return !latin_ext_a_upper(cp);
  if (latin_ext_b_cased(cp)) return !latin_ext_b_upper(cp);
  if (latin_ext_additional_cased(cp)) return cp % 2 == 1;
  if (in_range(cp, 0x1E96, 0x1E9D)) return true;
  if (in_range(cp, 0x03AC, 0x03CE)) return true;
  return in_range(cp, 0x0430, 0x045F);
}

bool is_letter(char32_t cp) {
  if (cp < 0x80) return in_range(cp, 'A', 'Z') || in_range(cp, 'a', 'z');
  if (in_range(cp, 0x0080, 0x00BF)) return cp == 0x00AA || cp == 0x00B5 || cp == 0x00BA;
  if (cp == 0x00D7 || cp == 0x00F7) return false;
  if (in_range(cp, 0x2000, 0x2BFF) || in_range(cp, 0x2E00, 0x2E7F)) return false;
  if (in_range(cp, 0x3000, 0x303F) || in_range(cp, 0xE000, 0xF8FF)) return false;
  if (in_range(cp, 0xFE10, 0xFE1F) || in_range(cp, 0xFE30, 0xFE6F)) return false;
  if (in_range(cp, 0xFF00, 0xFF0F) || in_range(cp, 0xFF1A, 0xFF20)) return false;
  if (in_range(cp, 0xFF3B, 0xFF40) || in_range(cp, 0xFF5B, 0xFF65)) return false;
  if (in_range(cp, 0xFFF0, 0xFFFF) || in_range(cp, 0x1F000, 0x1FAFF)) return false;
  return true;
}

bool is_ascii_digit(char32_t cp) { return in_range(cp, '0', '9'); }

char32_t to_lower(char32_t cp) {
  if (!is_upper_letter(cp)) return cp;
  if (cp < 0x80 || in_range(cp, 0x00C0, 0x00DE) || in_range(cp, 0x0391, 0x03A9) ||
      in_range(cp, 0x0410, 0x042F)) {
    return cp + 0x20;
  }
  if (cp == 0x0178) return 0x00FF;
  if (cp == 0x1E9E) return 0x00DF;
  if (in_range(cp, 0x0400, 0x040F)) return cp + 0x50;
  if (cp == 0x0386) return 0x03AC;
  if (in_range(cp, 0x0388, 0x038A)) return cp + 0x25;
  if (cp == 0x038C) return 0x03CC;
  if (cp == 0x038E || cp == 0x038F) return cp + 0x3F;
  return cp + 1;  // the paired Latin Extended ranges
}

std::string to_lower_utf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  std::size_t pos = 0;
  while (pos < s.size()) {
    const CodePoint cp = decode_utf8(s, pos);
    if (cp.valid) {
      append_utf8(out, to_lower(cp.value));
    } else {
      out.push_back(s[pos]);
    }
    pos += cp.length;
  }
  return out;
}

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool starts_with_upper(std::string_view s) {
  return !s.empty() && is_upper_letter(decode_utf8(s, 0).value);
}

}  // namespace kg
