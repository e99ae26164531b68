#include "graph/utf8.h"

#include <doctest/doctest.h>

namespace kg {

TEST_CASE("decode_utf8 reads valid sequences and rejects malformed ones") {
  const std::string text = "a\xc3\xa9\xe1\xbb\x87\xf0\x9f\x98\x80";  // a é ệ 😀
  Utf8Char c = decode_utf8(text, 0);
  CHECK((c.valid && c.code_point == U'a' && c.length == 1));
  c = decode_utf8(text, 1);
  CHECK((c.valid && c.code_point == 0xE9 && c.length == 2));
  c = decode_utf8(text, 3);
  CHECK((c.valid && c.code_point == 0x1EC7 && c.length == 3));
  c = decode_utf8(text, 6);
  CHECK((c.valid && c.code_point == 0x1F600 && c.length == 4));
  for (const std::string bad :
       {"\x80", "\xc0\xaf", "\xed\xa0\x80", "\xe1\xbb", "\xf5\x80\x80\x80", "\xff"}) {
    c = decode_utf8(bad, 0);
    CHECK_FALSE(c.valid);
    CHECK(c.length == 1);
  }
}

TEST_CASE("append_utf8 and sanitize_utf8") {
  std::string out;
  append_utf8(out, 0x1EC7);
  append_utf8(out, 0x1F600);
  CHECK(out == "\xe1\xbb\x87\xf0\x9f\x98\x80");
  CHECK(sanitize_utf8("ok\xff!") == "ok\xef\xbf\xbd!");
  CHECK(sanitize_utf8(out) == out);
}

}  // namespace kg

TEST_CASE("utf8_length counts characters, an invalid byte as one") {
  CHECK(kg::utf8_length("") == 0);
  CHECK(kg::utf8_length("abc") == 3);
  CHECK(kg::utf8_length("J\xc3\xa9r\xc3\xb4me") == 6);
  CHECK(kg::utf8_length("\xf0\x9f\x98\x80!") == 2);
  CHECK(kg::utf8_length("a\xff"
                        "b") == 3);
}
