#include "render/html_escape.h"

#include "base/utf8.h"

namespace kg::render {
namespace {

void append_unicode_escape(std::string& out, char32_t cp) {
  static constexpr char kHex[] = "0123456789abcdef";
  out += "\\u";
  for (int shift = 12; shift >= 0; shift -= 4) out += kHex[(cp >> shift) & 0xFu];
}

}  // namespace

void append_script_json_string(std::string& out, std::string_view text) {
  out += '"';
  std::size_t pos = 0;
  while (pos < text.size()) {
    const CodePoint cp = decode_utf8(text, pos);
    pos += cp.length;
    switch (cp.value) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      case '<':
      case '>':
      case '&':
      case 0x2028:
      case 0x2029:
        append_unicode_escape(out, cp.value);
        break;
      default:
        if (cp.value < 0x20) {
          append_unicode_escape(out, cp.value);
        } else {
          append_utf8(out, cp.value);
        }
    }
  }
  out += '"';
}

std::string script_json_string(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 2);
  append_script_json_string(out, text);
  return out;
}

}  // namespace kg::render
