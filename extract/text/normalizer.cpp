#include "extract/text/normalizer.h"

#include "base/letters.h"
#include "base/utf8.h"

namespace kg::extract {
namespace {

bool in_range(char32_t cp, char32_t lo, char32_t hi) { return cp >= lo && cp <= hi; }

bool is_single_quote(char32_t cp) {
  return in_range(cp, 0x2018, 0x201B) || cp == 0x2032 || cp == 0x2035 || cp == 0x02BC ||
         cp == 0x2039 || cp == 0x203A || cp == 0xFF07;
}

bool is_double_quote(char32_t cp) {
  return in_range(cp, 0x201C, 0x201F) || cp == 0x2033 || cp == 0x2036 || cp == 0x00AB ||
         cp == 0x00BB || cp == 0x301D || cp == 0x301E || cp == 0xFF02;
}

bool is_dash(char32_t cp) {
  return in_range(cp, 0x2010, 0x2015) || cp == 0x2212 || cp == 0x2043 || cp == 0xFE58 ||
         cp == 0xFE63 || cp == 0xFF0D;
}

bool is_unicode_space(char32_t cp) {
  return cp == 0x00A0 || cp == 0x1680 || in_range(cp, 0x2000, 0x200A) || cp == 0x202F ||
         cp == 0x205F || cp == 0x3000;
}

bool is_invisible(char32_t cp) {
  return cp == 0x00AD || in_range(cp, 0x200B, 0x200F) || in_range(cp, 0x202A, 0x202E) ||
         in_range(cp, 0x2060, 0x2064) || in_range(cp, 0x2066, 0x2069) || cp == 0xFEFF;
}

class Builder {
 public:
  explicit Builder(std::size_t reserve) {
    out_.text.reserve(reserve);
    out_.offsets.reserve(reserve + 1);
  }
  void put(std::string_view bytes, std::size_t source) {
    out_.text.append(bytes);
    out_.offsets.insert(out_.offsets.end(), bytes.size(), source);
  }
  // Copies input bytes unchanged, each mapped to its own input offset.
  void copy(std::string_view bytes, std::size_t source) {
    out_.text.append(bytes);
    for (std::size_t k = 0; k < bytes.size(); ++k) out_.offsets.push_back(source + k);
  }
  void put(char32_t cp, std::size_t source) {
    std::string buf;
    append_utf8(buf, cp);
    put(buf, source);
  }
  NormalizedText finish(std::size_t input_size) {
    out_.offsets.push_back(input_size);
    return std::move(out_);
  }

 private:
  NormalizedText out_;
};

}  // namespace

NormalizedText normalize(std::string_view in) {
  Builder b(in.size());
  std::size_t pos = 0;
  while (pos < in.size()) {
    const CodePoint cp = decode_utf8(in, pos);
    const char32_t v = cp.value;
    const std::size_t at = pos;
    pos += cp.length;
    if (!cp.valid) {
      b.put(kReplacementChar, at);
    } else if (v == '\r') {
      b.put("\n", at);
      if (pos < in.size() && in[pos] == '\n') ++pos;
    } else if (v == '\n' || v == '\t') {
      b.copy(in.substr(at, 1), at);
    } else if (v == '\f' || v == '\v' || v == 0x0085 || v == 0x2028) {
      b.put("\n", at);
    } else if (v == 0x2029) {
      b.put("\n\n", at);
    } else if (v < 0x20 || v == 0x7F || in_range(v, 0x80, 0x9F)) {
      b.put(" ", at);
    } else if (is_single_quote(v)) {
      b.put("'", at);
    } else if (is_double_quote(v)) {
      b.put("\"", at);
    } else if (is_dash(v)) {
      b.put("-", at);
    } else if (is_unicode_space(v)) {
      b.put(" ", at);
    } else if (is_invisible(v)) {
      // dropped: no output bytes
    } else if (v == 0x2026) {
      b.put("...", at);
    } else if (in_range(v, 0xFF01, 0xFF5E)) {
      b.put(static_cast<char32_t>(v - 0xFF01 + 0x21), at);
    } else {
      b.copy(in.substr(at, cp.length), at);
    }
  }
  return b.finish(in.size());
}

}  // namespace kg::extract
