#include "extract/parse/parser_features.h"

#include <doctest/doctest.h>

#include <set>

using namespace kg::parse;

TEST_CASE("parser features are distinct, stable and follow the configuration") {
  ParserSentence s;
  for (int i = 0; i <= 4; ++i) {
    s.word.push_back(static_cast<std::uint64_t>(100 + i));
    s.tag.push_back(static_cast<std::uint64_t>(i % 2));
    s.lemma.push_back(static_cast<std::uint64_t>(200 + i));
    s.coarse.push_back(static_cast<std::uint64_t>(i % 2));
  }
  Configuration c(4, 0);
  c.apply({Move::kShift, 0});
  c.apply({Move::kShift, 0});
  std::vector<std::uint64_t> a;
  parser_features(s, c, a);
  CHECK(a.size() > 100);
  CHECK(std::set<std::uint64_t>(a.begin(), a.end()).size() == a.size());
  std::vector<std::uint64_t> again;
  parser_features(s, c, again);
  CHECK(a == again);
  c.apply({Move::kLeft, 1});
  std::vector<std::uint64_t> after;
  parser_features(s, c, after);
  CHECK(after.size() == a.size());
  CHECK(after != a);
}
