#include "extract/text/front_matter.h"

#include <doctest/doctest.h>

using kg::extract::front_matter_kind;

TEST_CASE("metadata lines: lower-case or known keys, URLs, publication times") {
  CHECK(front_matter_kind("url: https://example.com/a") == "metadata line");
  CHECK(front_matter_kind("date: 2024-11-23") == "metadata line");
  CHECK(front_matter_kind("Source: Reuters") == "metadata line");
  CHECK(front_matter_kind("Tags:") == "metadata line");
  CHECK(front_matter_kind("https://example.com/news/1") == "metadata line");
  CHECK(front_matter_kind("www.example.com") == "metadata line");
  CHECK(front_matter_kind("Published 14 March 2024, 11:42 GMT") == "metadata line");
}

TEST_CASE("navigation menus") {
  CHECK(front_matter_kind("Home | Markets | Companies") == "navigation menu");
  CHECK(front_matter_kind("Home > News > Belgium > Justice") == "navigation menu");
  CHECK(front_matter_kind("Markets | Business").empty());
}

TEST_CASE("headlines and sentences are not front matter") {
  CHECK(front_matter_kind("Ukraine: ceasefire holds for a second day").empty());
  CHECK(front_matter_kind("Vietnam – Malaysia relations develop strongly in new period").empty());
  CHECK(front_matter_kind("At 10:30 the talks began.").empty());
  CHECK(front_matter_kind("Published reports say the deal is close, officials added on Monday "
                          "after a long meeting in the capital.")
            .empty());
  CHECK(front_matter_kind("").empty());
}
