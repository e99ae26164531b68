#include "extract/text/word_shape.h"

#include <doctest/doctest.h>

using namespace kg::extract;

TEST_CASE("digits and numbers") {
  CHECK(is_digits("2024"));
  CHECK(is_digits("7"));
  CHECK_FALSE(is_digits(""));
  CHECK_FALSE(is_digits("1,500"));
  CHECK_FALSE(is_digits("12a"));
  CHECK(is_number("1,500"));
  CHECK(is_number("4.25"));
  CHECK(is_number("2024"));
  CHECK_FALSE(is_number(",5"));
  CHECK_FALSE(is_number("5%"));
  CHECK_FALSE(is_number(""));
}

TEST_CASE("years") {
  CHECK(is_year("1998"));
  CHECK(is_year("2024"));
  CHECK_FALSE(is_year("0999"));
  CHECK_FALSE(is_year("3000"));
  CHECK_FALSE(is_year("202"));
  CHECK_FALSE(is_year("20245"));
  CHECK_FALSE(is_year("19a8"));
}

TEST_CASE("ordinals") {
  for (const char* s : {"21st", "2nd", "3rd", "10th", "100th"}) CHECK(is_ordinal(s));
  for (const char* s : {"st", "1s", "first", "th1", ""}) CHECK_FALSE(is_ordinal(s));
}

TEST_CASE("acronyms") {
  for (const char* s : {"ASEAN", "U.S.", "AT&T", "UMNO", "FY2024"}) CHECK(is_acronym(s));
  for (const char* s : {"Asean", "A", "G20", "U-S", "", "..", "ASEAN's"})
    CHECK_FALSE(is_acronym(s));
}

TEST_CASE("singular_noun: the singular of a plural by its ending") {
  CHECK(singular_noun("members") == "member");
  CHECK(singular_noun("subsidiaries") == "subsidiary");
  CHECK(singular_noun("justices") == "justice");
  CHECK(singular_noun("airlines") == "airline");
  CHECK(singular_noun("congress").empty());  // "ss"
  CHECK(singular_noun("bus").empty());       // three letters
  CHECK(singular_noun("member").empty());
}
