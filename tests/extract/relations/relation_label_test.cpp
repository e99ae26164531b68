#include "extract/relations/relation_label.h"

#include <doctest/doctest.h>

using kg::extract::display_label;
using kg::extract::normalize_predicate;
using Qualifiers = std::map<std::string, std::string>;

TEST_CASE("a named relation of three or more words becomes its initials, with the year") {
  CHECK(display_label("comprehensive strategic partnership", true, {{"year", "2024"}}) ==
        "CSP(2024)");
  CHECK(display_label("comprehensive strategic partnership", true, {}) == "CSP");
  CHECK(display_label("comprehensive strategic partnership", true, {{"date", "2024-05"}}) == "CSP");
  CHECK(display_label("alliance of peace and the friendship", true, {{"year", "1999"}}) ==
        "APF(1999)");
}

TEST_CASE("other predicates are unchanged, without the year") {
  const Qualifiers year{{"year", "2024"}};
  CHECK(display_label("comprehensive strategic partnership", false, year) ==
        "comprehensive strategic partnership");
  CHECK(display_label("strategic partnership", true, year) ==
        "strategic partnership");  // two words
  CHECK(display_label("visited", false, year) == "visited");
  CHECK(display_label("prime minister of", false, year) == "prime minister of");
  CHECK(display_label("held talks with", false, {}) == "held talks with");
  CHECK(display_label("", true, year).empty());
}

TEST_CASE("normalize_predicate: lower case, single spaces, no edge punctuation") {
  CHECK(normalize_predicate("  Held   Talks\tWith, ") == "held talks with");
  CHECK(normalize_predicate("\"Met\"") == "met");
  CHECK(normalize_predicate("prime minister of") == "prime minister of");
  CHECK(normalize_predicate("support for;") == "support for");
  CHECK(normalize_predicate("...").empty());
  CHECK(normalize_predicate("").empty());
}
