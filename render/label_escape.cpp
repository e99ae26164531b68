#include "render/label_escape.h"

#include <cstdint>

namespace kg::render {
namespace {

constexpr char32_t kReplacement = 0xFFFD;
constexpr std::string_view kEllipsis = "\u2026";

// Decodes the code point at text[pos]; advances pos. Overlong forms,
// surrogates, values past U+10FFFF and truncated sequences yield U+FFFD and
// consume a single byte, so decoding always makes progress.
char32_t decode_utf8(std::string_view text, std::size_t& pos) {
  const auto byte = [&](std::size_t i) { return static_cast<std::uint8_t>(text[i]); };
  const std::uint8_t lead = byte(pos);
  if (lead < 0x80) {
    ++pos;
    return lead;
  }
  std::size_t length = 0;
  char32_t cp = 0;
  char32_t min = 0;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
    cp = lead & 0x1Fu;
    min = 0x80;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    cp = lead & 0x0Fu;
    min = 0x800;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    cp = lead & 0x07u;
    min = 0x10000;
  } else {
    ++pos;
    return kReplacement;
  }
  if (pos + length > text.size()) {
    ++pos;
    return kReplacement;
  }
  for (std::size_t i = 1; i < length; ++i) {
    const std::uint8_t next = byte(pos + i);
    if ((next & 0xC0u) != 0x80u) {
      ++pos;
      return kReplacement;
    }
    cp = (cp << 6) | (next & 0x3Fu);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
    ++pos;
    return kReplacement;
  }
  pos += length;
  return cp;
}

void append_utf8(std::string& out, char32_t cp) {
  const auto put = [&](char32_t bits) { out.push_back(static_cast<char>(bits)); };
  if (cp < 0x80) {
    put(cp);
  } else if (cp < 0x800) {
    put(0xC0 | (cp >> 6));
    put(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    put(0xE0 | (cp >> 12));
    put(0x80 | ((cp >> 6) & 0x3F));
    put(0x80 | (cp & 0x3F));
  } else {
    put(0xF0 | (cp >> 18));
    put(0x80 | ((cp >> 12) & 0x3F));
    put(0x80 | ((cp >> 6) & 0x3F));
    put(0x80 | (cp & 0x3F));
  }
}

bool is_line_space(char32_t cp) {
  return cp == '\n' || cp == '\r' || cp == '\t' || cp == '\v' || cp == '\f' || cp == 0x85 ||
         cp == 0x2028 || cp == 0x2029;
}

bool is_control(char32_t cp) { return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F); }

// Replaces every '\' and '&' of sanitised text with the given spellings.
std::string escape(std::string_view clean, std::string_view backslash) {
  std::string out;
  out.reserve(clean.size() + clean.size() / 8);
  for (const char c : clean) {
    if (c == '\\') {
      out += backslash;
    } else if (c == '&') {
      out += "&amp;";
    } else {
      out.push_back(c);
    }
  }
  return out;
}

}  // namespace

std::string sanitize_text(std::string_view text, std::size_t max_chars) {
  std::string out;
  out.reserve(text.size());
  std::size_t chars = 0;
  std::size_t keep_bytes = 0;  // length of out when it held max_chars - 1 characters
  std::size_t pos = 0;
  while (pos < text.size()) {
    char32_t cp = decode_utf8(text, pos);
    if (is_line_space(cp)) {
      if (!out.empty() && out.back() == ' ') continue;
      cp = ' ';
    } else if (is_control(cp)) {
      continue;
    } else if (cp == 0xFFFE || cp == 0xFFFF) {
      cp = kReplacement;
    }
    if (max_chars > 0 && chars + 1 == max_chars) keep_bytes = out.size();
    if (max_chars > 0 && chars == max_chars) {
      out.resize(keep_bytes);
      out += kEllipsis;
      return out;
    }
    append_utf8(out, cp);
    ++chars;
  }
  return out;
}

std::string escape_label(std::string_view text, std::size_t max_chars) {
  return escape(sanitize_text(text, max_chars), "\\\\");
}

std::string escape_tooltip(std::string_view text, std::size_t max_chars) {
  return escape(sanitize_text(text, max_chars), "\\\\\\\\");
}

}  // namespace kg::render
