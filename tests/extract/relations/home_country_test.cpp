#include "extract/relations/home_country.h"

#include <doctest/doctest.h>

#include "tests/extract/relations/relation_fixture.h"

using kg::extract::home_country;
using kg::extract::is_corporate_office;
using kg::extract::is_national_office;
using kg::test::Strings;

namespace {

// The name of the home country of a document made of `sentences`, or "".
std::string home(const Strings& sentences) {
  kg::test::Analysis a = kg::test::analyse(sentences);
  const int c = home_country(kg::test::context(a));
  return c < 0 ? "" : a.name(c);
}

}  // namespace

TEST_CASE("the country named most often, by name or demonym") {
  CHECK(home({"Chile's senate met.", "Chilean farmers protested.", "Peru watched."}) == "Chile");
  CHECK(home({"Kenya's court ruled on Friday."}) == "Kenya");
}

TEST_CASE("no home country when none clearly leads") {
  CHECK(home({"Peru and Chile signed a pact."}).empty());
  CHECK(home({"Peru and Chile signed a pact.", "Chile's senate met.", "Peru objected."}).empty());
  CHECK(home({"Acme Corp opened a plant."}).empty());
}

TEST_CASE("the city of an opening dateline counts for its country") {
  // Nairobi lies in Kenya: the dateline counts twice, against one Uganda.
  CHECK(home({"NAIROBI, May 2 - Kenya's court ruled against Uganda's claim."}) == "Kenya");
  // A dateline later in the document is an ordinary sentence.
  CHECK(home({"Uganda's court ruled.", "Uganda appealed.", "LIMA, May 2 - Peru agreed."}) ==
        "Uganda");
}

TEST_CASE("offices of a company") {
  CHECK(is_corporate_office("chief executive"));
  CHECK(is_corporate_office("former chairman"));
  CHECK(is_corporate_office("chief scientific officer"));
  CHECK(is_corporate_office("co-founder"));
  CHECK_FALSE(is_corporate_office("chief minister"));
  CHECK_FALSE(is_corporate_office("president"));
  CHECK_FALSE(is_corporate_office("coach"));
}

TEST_CASE("offices of a state") {
  CHECK(is_national_office("president"));
  CHECK(is_national_office("former president"));
  CHECK(is_national_office("defence minister"));
  CHECK(is_national_office("minister of finance"));
  CHECK(is_national_office("chief justice"));
  CHECK_FALSE(is_national_office("chief minister"));
  CHECK_FALSE(is_national_office("chief executive"));
  CHECK_FALSE(is_national_office("coach"));
  CHECK_FALSE(is_national_office("mayor"));
}
