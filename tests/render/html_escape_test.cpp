#include "render/html_escape.h"

#include <doctest/doctest.h>

#include <string>

namespace kg::render {
namespace {

TEST_CASE("script_json_string quotes plain text and keeps Unicode") {
  CHECK(script_json_string("To Lam") == "\"To Lam\"");
  CHECK(script_json_string("") == "\"\"");
  CHECK(script_json_string("Vi\u1EC7t Nam \U0001F680") == "\"Vi\u1EC7t Nam \U0001F680\"");
}

TEST_CASE("script_json_string escapes JSON's own characters and controls") {
  CHECK(script_json_string("say \"hi\" \\ now") == "\"say \\\"hi\\\" \\\\ now\"");
  CHECK(script_json_string("a\nb\tc\rd") == "\"a\\nb\\tc\\rd\"");
  CHECK(script_json_string(std::string("a\x01", 2) + "\x1F" + std::string(1, '\0')) ==
        "\"a\\u0001\\u001f\\u0000\"");
}

TEST_CASE("script_json_string never lets the text end the script element") {
  const std::string out = script_json_string("</script><script>window.pwned=1</script><!-- &");
  CHECK(out.find('<') == std::string::npos);
  CHECK(out.find('>') == std::string::npos);
  CHECK(out.find('&') == std::string::npos);
  CHECK(out ==
        "\"\\u003c/script\\u003e\\u003cscript\\u003ewindow.pwned=1\\u003c/script\\u003e"
        "\\u003c!-- \\u0026\"");
}

TEST_CASE("script_json_string escapes the JavaScript line terminators") {
  CHECK(script_json_string("a\u2028b\u2029c") == "\"a\\u2028b\\u2029c\"");
}

TEST_CASE("script_json_string replaces invalid UTF-8") {
  CHECK(script_json_string("a\xFF"
                           "b") == "\"a\uFFFDb\"");
  CHECK(script_json_string("\xC3") == "\"\uFFFD\"");
}

TEST_CASE("append_script_json_string appends") {
  std::string out = "[";
  append_script_json_string(out, "<b>");
  CHECK(out == "[\"\\u003cb\\u003e\"");
}

}  // namespace
}  // namespace kg::render
