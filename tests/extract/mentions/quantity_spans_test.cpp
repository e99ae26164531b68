#include "extract/mentions/quantity_spans.h"

#include <doctest/doctest.h>

#include "tests/extract/mentions/mention_fixture.h"

using namespace kg::extract;

namespace {

// "end canonical" for the span at token i of `text`, or "none".
std::string money(const std::string& text, std::size_t i = 0) {
  const auto span = money_at(tokenize(text), i);
  return span ? std::to_string(span->end) + " " + span->canonical : "none";
}

std::string date(const std::string& text, std::size_t i = 0) {
  const auto span = date_at(tokenize(text), i, kg::test::lexicon());
  return span ? std::to_string(span->end) + " " + span->canonical : "none";
}

}  // namespace

TEST_CASE("money: dollar sign, currency words and magnitudes") {
  CHECK(money("$ 18 billion in aid") == "3 18 billion USD");
  CHECK(money("$18 in aid") == "2 18 USD");
  CHECK(money("18 billion US dollars") == "4 18 billion USD");
  CHECK(money("1,500 ringgit each") == "2 1,500 MYR");
  CHECK(money("4.5 bn EUR") == "3 4.5 bn EUR");
  CHECK(money("14.8 billion euros") == "3 14.8 billion EUR");
  CHECK(money("11 million kronor") == "3 11 million SEK");
  CHECK(money("40 pesos") == "none");          // several countries' currency
  CHECK(money("bought 3 cars", 1) == "none");  // a number without a currency
  CHECK(money("$ alone") == "none");
  CHECK(money("18 billion") == "none");
  CHECK(money("USD", 5) == "none");  // past the end
}

TEST_CASE("dates: day and month either way, month and year, years, weekdays") {
  CHECK(date("November 23, 2024 was cold") == "4 November 23, 2024");
  CHECK(date("November 23 , 2024") == "4 November 23 , 2024");  // the spacing of the text
  CHECK(date("23 November 2024") == "3 23 November 2024");
  CHECK(date("November 2024") == "2 November 2024");
  CHECK(date("2024 was cold") == "1 2024");
  CHECK(date("on Monday afternoon", 1) == "2 Monday");
  CHECK(date("may 23") == "none");              // a month name must be capitalised
  CHECK(date("Jan De Clercq said") == "none");  // a given name before a name word
  CHECK(date("June Carter sang") == "none");
  CHECK(date("May Monday") == "1 May");
  CHECK(date("123 November") == "none");  // not a day number
  CHECK(date("3000") == "none");
  CHECK(date("monday") == "none");
  CHECK(date("", 0) == "none");
}

TEST_CASE("weekdays") {
  for (const char* w : {"Monday", "Wednesday", "Sunday"}) CHECK(is_weekday(w));
  for (const char* w : {"monday", "Mon", "Weekday", ""}) CHECK_FALSE(is_weekday(w));
}
