#include <doctest/doctest.h>

#include <sstream>

#include "kg/extract.h"
#include "tests/extract/openie/sentence_words.h"

using kg::extract::extract_open_ie;
using kg::extract::OpenIeTuple;

using kg::test::words;

namespace {

// "(arg1 ; relation ; arg2 ...)" per tuple, per sentence.
std::vector<std::vector<std::string>> rendered(const std::vector<std::vector<OpenIeTuple>>& all) {
  std::vector<std::vector<std::string>> out;
  for (const auto& tuples : all) {
    out.emplace_back();
    for (const OpenIeTuple& t : tuples) {
      std::string s = "(" + t.args.at(0) + " ; " + t.relation;
      for (std::size_t k = 1; k < t.args.size(); ++k) s += " ; " + t.args[k];
      out.back().push_back(s + ")");
    }
  }
  return out;
}

}  // namespace

TEST_CASE("results come in input order and do not depend on the number of threads") {
  std::vector<std::vector<std::string>> sentences;
  for (const char* s :
       {"The old sailor found a small boat .", "The committee approved the budget in May .",
        "Rain fell .", "The museum hired a new director .", "", "The river flooded the town ."}) {
    sentences.push_back(words(s));
  }
  auto one = extract_open_ie(sentences, 1);
  REQUIRE(one.ok());
  REQUIRE(one->size() == sentences.size());
  const auto expected = rendered(*one);
  CHECK(expected[0] == std::vector<std::string>{"(The old sailor ; found ; a small boat)"});
  CHECK(expected[4].empty());  // an empty line gives no tuple
  CHECK(expected[5] == std::vector<std::string>{"(The river ; flooded ; the town)"});
  for (unsigned threads : {2u, 3u, 64u}) {
    auto many = extract_open_ie(sentences, threads);
    REQUIRE(many.ok());
    CHECK(rendered(*many) == expected);
  }
}

TEST_CASE("no sentences, no work") {
  auto none = extract_open_ie({}, 4);
  REQUIRE(none.ok());
  CHECK(none->empty());
}
