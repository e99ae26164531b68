#include <doctest/doctest.h>

#include "kg/extract.h"

using kg::extract::tokenized_lines;

TEST_CASE("each non-blank line keeps its text and its whitespace-separated tokens") {
  auto lines = tokenized_lines("Barbara 's cat sat .\r\n\n   \n  He  left\t.  \nlast");
  REQUIRE(lines.size() == 3);
  CHECK(lines[0].text == "Barbara 's cat sat .");
  CHECK(lines[0].tokens == std::vector<std::string>{"Barbara", "'s", "cat", "sat", "."});
  CHECK(lines[1].text == "He  left\t.");
  CHECK(lines[1].tokens == std::vector<std::string>{"He", "left", "."});
  CHECK(lines[2].tokens == std::vector<std::string>{"last"});
}

TEST_CASE("empty and blank inputs give no lines") {
  CHECK(tokenized_lines("").empty());
  CHECK(tokenized_lines("\n\n \t\r\n").empty());
}

TEST_CASE("lines know their 1-based line number, blank lines counted") {
  auto lines = tokenized_lines("first .\n\n  \nfourth .\r\nfifth");
  REQUIRE(lines.size() == 3);
  CHECK(lines[0].line == 1);
  CHECK(lines[1].line == 4);
  CHECK(lines[2].line == 5);
}
