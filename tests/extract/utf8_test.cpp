#include "extract/utf8.h"

#include <doctest/doctest.h>

using namespace kg::extract;

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

TEST_CASE("letter case covers Latin, Vietnamese, Greek and Cyrillic") {
  CHECK(is_upper_letter(U'A'));
  CHECK(is_upper_letter(0x0110));  // Đ
  CHECK(is_lower_letter(0x0111));  // đ
  CHECK(is_upper_letter(0x01AF));  // Ư
  CHECK(is_upper_letter(0x1EA0));  // Ạ
  CHECK(is_lower_letter(0x1EA1));  // ạ
  CHECK(is_upper_letter(0x0141));  // Ł (odd-upper run)
  CHECK(is_upper_letter(0x0394));  // Δ
  CHECK(is_upper_letter(0x0416));  // Ж
  CHECK_FALSE(is_upper_letter(U'a'));
  CHECK_FALSE(is_upper_letter(0x00D7));  // ×
  CHECK(to_lower(0x0110) == 0x0111);
  CHECK(to_lower(0x0141) == 0x0142);
  CHECK(to_lower_utf8("\xC4\x90\xC3\x80 N\xE1\xBA\xB4NG") == "\xC4\x91\xC3\xA0 n\xE1\xBA\xB5ng");
  CHECK(starts_with_upper("\xC4\x90\xC3\xA0 N\xE1\xBA\xB5ng"));
  CHECK_FALSE(starts_with_upper("\xC4\x91i"));
  CHECK_FALSE(starts_with_upper(""));
}

TEST_CASE("is_letter excludes punctuation and symbol blocks") {
  CHECK(is_letter(0x00E9));
  CHECK(is_letter(0x4E2D));  // CJK ideograph
  CHECK(is_letter(0x0301));  // combining acute stays inside words
  CHECK_FALSE(is_letter(0x2014));
  CHECK_FALSE(is_letter(0x20AC));  // €
  CHECK_FALSE(is_letter(0x00A9));  // ©
  CHECK_FALSE(is_letter(kReplacementChar));
  CHECK_FALSE(is_letter(U'1'));
}

TEST_CASE("utf8_prefix never cuts a code point") {
  const std::string s =
      "ab\xC3\xA9"
      "cd";
  CHECK(utf8_prefix(s, 3) == "ab");
  CHECK(utf8_prefix(s, 4) == "ab\xC3\xA9");
  CHECK(utf8_prefix(s, 100) == s);
}
