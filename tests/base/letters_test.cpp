#include "base/letters.h"

#include <doctest/doctest.h>

#include "base/utf8.h"

using namespace kg;

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

TEST_CASE("to_lower covers accented Greek capitals; ascii_lower only ASCII") {
  CHECK(to_lower(0x0386) == 0x03AC);  // Ά -> ά
  CHECK(to_lower(0x0401) == 0x0451);  // Ё -> ё
  CHECK(ascii_lower("Hà NỘI Ab") == "hà nỘi ab");
  CHECK(ascii_lower("Việt NAM") == "việt nam");
  CHECK(ascii_lower("") == "");
}
