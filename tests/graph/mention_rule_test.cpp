#include <doctest/doctest.h>

#include <set>
#include <string>

#include "kg/graph.h"

namespace kg {

TEST_CASE("mention rules round-trip through their names, each name its own") {
  std::set<std::string> names;
  for (MentionRule rule : kAllMentionRules) {
    CHECK(parse_mention_rule(to_string(rule)) == rule);
    names.insert(std::string(to_string(rule)));
  }
  CHECK(names.size() == std::size(kAllMentionRules));
  CHECK(to_string(MentionRule::kFoldedName) == "case or diacritics");
  CHECK_FALSE(parse_mention_rule("Pronoun").has_value());
  CHECK_FALSE(parse_mention_rule("").has_value());
}

}  // namespace kg
