#include "render/label_escape.h"

#include <doctest/doctest.h>

#include <string>

namespace kg::render {
namespace {

std::size_t count_code_points(const std::string& s) {
  std::size_t n = 0;
  for (const char c : s) {
    if ((static_cast<unsigned char>(c) & 0xC0u) != 0x80u) ++n;
  }
  return n;
}

TEST_CASE("sanitize_text keeps ordinary text and Unicode") {
  CHECK(sanitize_text("To Lam") == "To Lam");
  CHECK(sanitize_text("Vi\u1EC7t Nam \U0001F600 \u200F") == "Vi\u1EC7t Nam \U0001F600 \u200F");
  CHECK(sanitize_text("Say \"hi\" <b> & ]]>") == "Say \"hi\" <b> & ]]>");
  CHECK(sanitize_text("") == "");
}

TEST_CASE("sanitize_text turns line breaks into one space and drops controls") {
  CHECK(sanitize_text("a\nb") == "a b");
  CHECK(sanitize_text("a\r\nb") == "a b");
  CHECK(sanitize_text("a\tb") == "a b");
  CHECK(sanitize_text("a\u2028b") == "a b");
  CHECK(sanitize_text(std::string("a\x01\x1B[31m\x7F", 8) + "b") == "a[31mb");
  CHECK(sanitize_text(std::string("a\0b", 3)) == "ab");
  CHECK(sanitize_text("a\u0090b") == "ab");  // C1 control
}

TEST_CASE("sanitize_text replaces invalid UTF-8 and XML non-characters") {
  CHECK(sanitize_text("a\xFF"
                      "b") == "a\uFFFDb");
  CHECK(sanitize_text("\xC0\xAF") == "\uFFFD\uFFFD");                          // overlong '/'
  CHECK(sanitize_text("x\xE2\x82") == "x\uFFFD\uFFFD");                        // truncated
  CHECK(sanitize_text("\xED\xA0\x80") == "\uFFFD\uFFFD\uFFFD");                // surrogate
  CHECK(sanitize_text("\xF4\x90\x80\x80").find('\xF4') == std::string::npos);  // > U+10FFFF
  CHECK(sanitize_text("\uFFFE\uFFFF") == "\uFFFD\uFFFD");
}

TEST_CASE("sanitize_text truncates at a character boundary with an ellipsis") {
  CHECK(sanitize_text(std::string(60, 'a'), 60) == std::string(60, 'a'));
  CHECK(sanitize_text(std::string(61, 'a'), 60) == std::string(59, 'a') + "\u2026");
  CHECK(sanitize_text(std::string(1000, 'a'), 0).size() == 1000);

  std::string accented;
  for (int i = 0; i < 70; ++i) accented += "\u1EC7";
  const std::string cut = sanitize_text(accented, 10);
  CHECK(count_code_points(cut) == 10);
  CHECK(cut.ends_with("\u1EC7\u2026"));
  CHECK(sanitize_text(cut) == cut);  // still valid UTF-8

  std::string emoji;
  for (int i = 0; i < 5; ++i) emoji += "\U0001F600";
  CHECK(sanitize_text(emoji, 3) == "\U0001F600\U0001F600\u2026");
  CHECK(sanitize_text("ab", 1) == "\u2026");
}

TEST_CASE("escape_label doubles backslashes and spells & as an entity") {
  CHECK(escape_label("back\\slash") == "back\\\\slash");
  CHECK(escape_label("\\N") == "\\\\N");
  CHECK(escape_label("trailing\\") == "trailing\\\\");
  CHECK(escape_label("&amp;") == "&amp;amp;");
  CHECK(escape_label("AT&T") == "AT&amp;T");
  CHECK(escape_label("Say \"hi\"") == "Say \"hi\"");
  CHECK(escape_label("<script>") == "<script>");
  CHECK(escape_label("line\nbreak") == "line break");
}

TEST_CASE("escape_tooltip survives Graphviz's two rounds of escape processing") {
  CHECK(escape_tooltip("back\\slash") == "back\\\\\\\\slash");
  CHECK(escape_tooltip("a & b") == "a &amp; b");
  CHECK(escape_tooltip("first\nsecond") == "first second");
}

TEST_CASE("escaping applies after truncation and respects the limits") {
  const std::string long_name(100, '\\');
  const std::string label = escape_label(long_name);
  CHECK(label == std::string(2 * (kMaxLabelChars - 1), '\\') + "\u2026");
  CHECK(count_code_points(sanitize_text(std::string(600, 'x'), kMaxTooltipChars)) ==
        kMaxTooltipChars);
  CHECK(escape_tooltip(std::string(600, 'x')).ends_with("\u2026"));
}

}  // namespace
}  // namespace kg::render
