#include "extract/relations/list_relations.h"

#include <doctest/doctest.h>

#include "tests/extract/relations/relation_fixture.h"

using kg::extract::ListRelations;
using kg::test::Strings;

namespace {

Strings lists(const Strings& sentences) { return kg::test::relations(ListRelations(), sentences); }

}  // namespace

TEST_CASE("inline items with year qualifiers, relation from the intro verb") {
  const Strings r = lists(
      {"Indonesia signed trade deals with three countries: Chile (2019), Australia (2020), Japan "
       "(2008)."});
  CHECK(r == Strings{"Indonesia | signed | Chile {year=2019}",
                     "Indonesia | signed | Australia {year=2020}",
                     "Indonesia | signed | Japan {year=2008}"});
}

TEST_CASE("a named relation in the intro becomes the singular relation") {
  const Strings r =
      lists({"Indonesia has Strategic Partnerships with three countries: Chile (2019), Australia "
             "(2020) and Japan."});
  KG_CHECK_HAS(r, "Indonesia | strategic partnership | Chile {year=2019}");
  KG_CHECK_HAS(r, "Indonesia | strategic partnership | Australia {year=2020}");
  KG_CHECK_HAS(r, "Indonesia | strategic partnership | Japan");
  CHECK(r.size() == 3);
}

TEST_CASE("a partnership list is symmetric and named; a verb list is neither") {
  const kg::test::Analysis a =
      kg::test::analyse({"Indonesia has Strategic Partnerships with: Chile (2019).",
                         "Indonesia signed deals with: Japan (2008)."});
  std::vector<kg::extract::RawRelation> raw;
  for (const auto& s : a.sentences) ListRelations().extract(context(a), s, raw);
  REQUIRE(raw.size() == 2);
  CHECK(raw[0].symmetric);
  CHECK(raw[0].named);
  CHECK_FALSE(raw[1].symmetric);
  CHECK_FALSE(raw[1].named);
}

TEST_CASE("one item per line, with dates, until a sentence that is not an item") {
  const Strings r =
      lists({"Indonesia has Strategic Partnerships with these partners:", "Chile (May 2019)",
             "Australia (5 July 2020)", "Japan", "The talks ended."});
  CHECK(r == Strings{"Indonesia | strategic partnership | Chile {date=2019-05;year=2019}",
                     "Indonesia | strategic partnership | Australia {date=2020-07-05;year=2020}",
                     "Indonesia | strategic partnership | Japan"});
}

TEST_CASE("a sentence that is not a bare item ends the list before it") {
  // BUG: the next line's first name is added as an item before the check that
  // the line is a bare item, so "Brazil hosted the talks." adds Brazil.
  const Strings r =
      lists({"Indonesia has Strategic Partnerships with these partners:", "Chile (May 2019)",
             "Brazil hosted the talks."});
  KG_CHECK_LACKS(r, "Indonesia | strategic partnership | Brazil");
}

TEST_CASE("an item of another type ends the list") {
  const Strings inline_items =
      lists({"Indonesia signed deals with: Chile (2019), Australia (2020), the Jakarta Summit "
             "(2021), Japan (2008)."});
  CHECK(inline_items == Strings{"Indonesia | signed | Chile {year=2019}",
                                "Indonesia | signed | Australia {year=2020}"});

  const Strings lines = lists({"Indonesia signed deals with these partners:", "Chile (2019)",
                               "The Jakarta Summit", "Japan (2008)"});
  CHECK(lines == Strings{"Indonesia | signed | Chile {year=2019}"});
}

TEST_CASE("no list without a colon, a subject or a relation") {
  CHECK(lists({"Indonesia signed deals with Chile (2019) and Japan (2008)."}).empty());
  CHECK(lists({"Indonesia signed deals with: the talks ended."}).empty());
}

TEST_CASE("the subject is not taken from the items after the colon") {
  // BUG: with no subject before the colon, subject() finds the first item, and
  // the other items are related to it: "Chile | deals with | Japan".
  CHECK(lists({"Deals with three countries: Chile (2019), Japan (2008)."}).empty());
}

TEST_CASE("bulleted items, and the verb after the auxiliaries") {
  const Strings r = lists(
      {"Indonesia has signed deals with two partners:", "- Chile (2019);", "- Japan (2008)."});
  CHECK(r == Strings{"Indonesia | signed | Chile {year=2019}",
                     "Indonesia | signed | Japan {year=2008}"});
}

TEST_CASE("no list relation from a passive; an opening participle's agent is no subject") {
  // The items are the agents: "founded by".
  CHECK(lists({"Mercosur was founded by four countries: Brazil, Chile and Peru."}).empty());
  // The subject comes after the participle's phrase.
  CHECK(lists({"Founded in 1991 by the Lima Accord, Mercosur has members: Brazil, Chile."}) ==
        Strings{"Brazil | member of | Mercosur", "Chile | member of | Mercosur"});
  CHECK(
      lists({"Founded in 1991 by the Lima Accord, Mercosur signed deals: Brazil, Chile."}).empty());
}

TEST_CASE("X has N members: the items are members of X") {
  const Strings r = lists(
      {"The Andean Pact now has five full members:", "- Bolivia, Chile and Peru (founders, 1969);",
       "- Ecuador, which joined in 1970.", "The talks ended."});
  CHECK(r == Strings{"Bolivia | member of | Andean Pact", "Chile | member of | Andean Pact",
                     "Peru | member of | Andean Pact", "Ecuador | member of | Andean Pact"});
  // "has" as an auxiliary: the verb after it is the relation.
  CHECK(lists({"Tokyo has signed deals with two other partners:", "- Chile (2019);",
               "- Peru (2020)."}) ==
        Strings{"Tokyo | signed | Chile {year=2019}", "Tokyo | signed | Peru {year=2020}"});
}
