#include "base/utf8.h"

#include <doctest/doctest.h>

namespace kg {

TEST_CASE("decode_utf8 reads valid sequences and rejects malformed ones") {
  const std::string text = "a\xc3\xa9\xe1\xbb\x87\xf0\x9f\x98\x80";  // a é ệ 😀
  CodePoint c = decode_utf8(text, 0);
  CHECK((c.valid && c.value == U'a' && c.length == 1));
  c = decode_utf8(text, 1);
  CHECK((c.valid && c.value == 0xE9 && c.length == 2));
  c = decode_utf8(text, 3);
  CHECK((c.valid && c.value == 0x1EC7 && c.length == 3));
  c = decode_utf8(text, 6);
  CHECK((c.valid && c.value == 0x1F600 && c.length == 4));
  for (const std::string bad :
       {"\x80", "\xc0\xaf", "\xed\xa0\x80", "\xe1\xbb", "\xf5\x80\x80\x80", "\xff"}) {
    c = decode_utf8(bad, 0);
    CHECK_FALSE(c.valid);
    CHECK(c.length == 1);
  }
}

TEST_CASE("append_utf8 and repair_utf8") {
  std::string out;
  append_utf8(out, 0x1EC7);
  append_utf8(out, 0x1F600);
  CHECK(out == "\xe1\xbb\x87\xf0\x9f\x98\x80");
  CHECK(repair_utf8("ok\xff!") == "ok\xef\xbf\xbd!");
  CHECK(repair_utf8(out) == out);
}

TEST_CASE("utf8_length counts characters, an invalid byte as one") {
  CHECK(utf8_length("") == 0);
  CHECK(utf8_length("abc") == 3);
  CHECK(utf8_length("J\xc3\xa9r\xc3\xb4me") == 6);
  CHECK(utf8_length("\xf0\x9f\x98\x80!") == 2);
  CHECK(utf8_length("a\xff"
                    "b") == 3);
}

TEST_CASE("decode_utf8 reads one code point and its length") {
  const std::string s = "A\xC3\xA9\xE2\x80\x94\xF0\x9F\x98\x80";  // A é — 😀
  CHECK(decode_utf8(s, 0).value == U'A');
  CHECK(decode_utf8(s, 1).value == 0xE9);
  CHECK(decode_utf8(s, 1).length == 2);
  CHECK(decode_utf8(s, 3).value == 0x2014);
  CHECK(decode_utf8(s, 6).value == 0x1F600);
  CHECK(decode_utf8(s, 6).length == 4);
}

TEST_CASE("decode_utf8 rejects malformed sequences with length 1") {
  for (const std::string bad :
       {"\x80", "\xC3", "\xC0\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xE2\x28\xA1", "\xFF"}) {
    const CodePoint cp = decode_utf8(bad, 0);
    CHECK_FALSE(cp.valid);
    CHECK(cp.length == 1);
    CHECK(cp.value == kReplacementChar);
  }
}

TEST_CASE("find_invalid_utf8 reports the first bad byte") {
  CHECK_FALSE(find_invalid_utf8("plain ASCII").has_value());
  CHECK_FALSE(find_invalid_utf8("Vi\xE1\xBB\x87t Nam").has_value());
  CHECK(find_invalid_utf8("abc\xC3(").value() == 3);
  CHECK(find_invalid_utf8("ok \xE2\x80").value() == 3);
}

TEST_CASE("append_utf8 and repair_utf8") {
  std::string out;
  append_utf8(out, 0x0110);
  append_utf8(out, 0x1F600);
  CHECK(out == "\xC4\x90\xF0\x9F\x98\x80");
  CHECK(repair_utf8("a\xFF"
                    "b") ==
        "a\xEF\xBF\xBD"
        "b");
}

TEST_CASE("utf8_prefix never cuts a code point") {
  const std::string s =
      "ab\xC3\xA9"
      "cd";
  CHECK(utf8_prefix(s, 3) == "ab");
  CHECK(utf8_prefix(s, 4) == "ab\xC3\xA9");
  CHECK(utf8_prefix(s, 100) == s);
}

}  // namespace kg
