#include "extract/linkgrammar/link_parser.h"

#include <doctest/doctest.h>

#include <ctime>
#include <string>
#include <thread>
#include <vector>

using namespace kg::extract;

namespace {

using Words = std::vector<std::string>;

const LinkParser& parser() {
  static const LinkParser instance = [] {
    auto p = LinkParser::create();
    REQUIRE_MESSAGE(p.ok(), p.status().message());
    return std::move(p).value();
  }();
  return instance;
}

}  // namespace

TEST_CASE("the dictionary is loaded once and shared") {
  auto a = LinkDictionary::shared();
  auto b = LinkDictionary::shared();
  REQUIRE(a.ok());
  REQUIRE(b.ok());
  CHECK(a->get() == b->get());
  CHECK(a.value()->handle() != nullptr);
}

TEST_CASE("link types match by head and subscripts") {
  CHECK(link_type_is("Ss*s", "S"));
  CHECK(link_type_is("Ss*s", "Ss"));
  CHECK_FALSE(link_type_is("SIs", "S"));
  CHECK_FALSE(link_type_is("SFs", "S"));
  CHECK(link_type_is("MVp", "MV"));
  CHECK_FALSE(link_type_is("MVp", "M"));
  CHECK(link_type_is("Pvf", "Pv"));
  CHECK(link_type_is("P", "Pv"));
  CHECK_FALSE(link_type_is("Pa", "Pv"));
  CHECK(link_type_is("O*t", "Os"));
  CHECK_FALSE(link_type_is("Os", ""));
}

TEST_CASE("placeholders are distinct proper-noun tokens") {
  CHECK(LinkParser::placeholder(0) == "Xa");
  CHECK(LinkParser::placeholder(1) == "Xb");
  CHECK(LinkParser::placeholder(7) == "Xh");
  CHECK(LinkParser::placeholder(8) == "Xj");
  CHECK(LinkParser::placeholder(23) == "Xz");
  CHECK(LinkParser::placeholder(24) == "Xaa");
  for (int k = 0; k < 80; ++k) CHECK(LinkParser::is_placeholder(LinkParser::placeholder(k)));
  CHECK(LinkParser::placeholder(80) != LinkParser::placeholder(81));
  CHECK_FALSE(LinkParser::is_placeholder("X"));
  CHECK_FALSE(LinkParser::is_placeholder("Xi"));
  CHECK_FALSE(LinkParser::is_placeholder("Xavier"));
  CHECK_FALSE(LinkParser::is_placeholder("Lam"));
}

TEST_CASE("subject and object links join the right input words") {
  const ParseResult r = parser().parse(Words{"Xa", "met", "Xb", "."});
  REQUIRE(r.parsed());
  CHECK(r.complete);
  CHECK(r.null_count == 0);
  CHECK_FALSE(r.timed_out);
  REQUIRE(r.words.size() == 4);
  CHECK(r.base(1) == "met");
  CHECK(r.subscript(1) == "v-d");
  CHECK(r.find("S", 0, 1) != nullptr);
  CHECK(r.find("O", 1, 2) != nullptr);
  CHECK(r.find("O", 0, 2) == nullptr);
  CHECK(r.links_of(1).size() >= 2);
  for (const Link& link : r.links) {
    CHECK(link.left >= -1);
    CHECK(link.left < 4);
    CHECK(link.right < 4);
  }
}

TEST_CASE("placeholders survive as proper nouns, also at the sentence start") {
  const Words words{"Xc", "signed", "an", "agreement", "with", "Xd", "in", "Xe", "."};
  const ParseResult r = parser().parse(words);
  REQUIRE(r.parsed());
  CHECK(r.complete);
  for (int i : {0, 5, 7}) {
    CHECK(r.base(i) == words[static_cast<std::size_t>(i)]);
    CHECK(r.words[static_cast<std::size_t>(i)].find("CAPITALIZED") != std::string::npos);
  }
  CHECK(r.find("S", 0, 1) != nullptr);
  CHECK(r.find("O", 1, 3) != nullptr);
  CHECK(r.find("J", 4, 5) != nullptr);
}

TEST_CASE("every placeholder reads as an unknown singular proper noun") {
  for (int k = 0; k < 80; k += 2) {
    const Words words{LinkParser::placeholder(k), "meets", LinkParser::placeholder(k + 1), "."};
    const ParseResult r = parser().parse(words);
    REQUIRE(r.parsed());
    CHECK_MESSAGE(r.complete, words[0]);
    CHECK_MESSAGE(r.words[0] == words[0] + "[!<CAPITALIZED-WORDS>]", r.words[0]);
    CHECK_MESSAGE(r.words[2] == words[2] + "[!<CAPITALIZED-WORDS>]", r.words[2]);
  }
}

TEST_CASE("a passive links the participle and the by-phrase") {
  const ParseResult r = parser().parse(Words{"The", "treaty", "was", "signed", "by", "Xa", "."});
  REQUIRE(r.parsed());
  CHECK(r.complete);
  CHECK(r.find("S", 1, 2) != nullptr);
  CHECK(r.find("Pv", 2, 3) != nullptr);
  CHECK(r.find("MV", 3, 4) != nullptr);
  CHECK(r.find("J", 4, 5) != nullptr);
}

TEST_CASE("split words and treebank escapes map back to input indices") {
  const ParseResult r =
      parser().parse(Words{"Xa", "'s", "minister", "-LRB-", "Xb", "-RRB-", "resigned", "."});
  REQUIRE(r.parsed());
  REQUIRE(r.words.size() == 8);
  CHECK(r.words[3] == "(");
  for (const Link& link : r.links) {
    CHECK(link.left < 8);
    CHECK(link.right < 8);
    CHECK((link.left < 0 || link.right < 0 || link.left < link.right));
  }
}

TEST_CASE("empty input parses to nothing") {
  CHECK_FALSE(parser().parse(Words{}).parsed());
  CHECK_FALSE(parser().parse(Words{"", ""}).parsed());
}

TEST_CASE("long garbage sentences return within the time limit") {
  const char* pieces[] = {"the", "of", "Xa", "and", "blorf", ",", "was", "quickly", "(", "7"};
  const auto& o = parser().options();
  for (int length : {120}) {
    Words garbage;
    for (int i = 0; i < length; ++i) garbage.push_back(pieces[(i * 7 + i / 3) % 10]);
    // Link Grammar's timer counts CPU time, and this machine may be shared, so
    // the bound is on CPU time: at most 1 + max_null_count stages, plus setup.
    const std::clock_t start = std::clock();
    const ParseResult r = parser().parse(garbage);
    const double seconds = static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC;
    CHECK(seconds < (1.0 + o.max_null_count) * o.max_parse_seconds + 2.0);
    CHECK_FALSE(r.complete);
    if (r.parsed()) CHECK(r.words.size() == garbage.size());
    MESSAGE(length << "-word garbage: " << seconds << " s CPU, parsed " << r.parsed()
                   << ", timed out " << r.timed_out);
  }
}

TEST_CASE("sentences over kMaxWords are not given to Link Grammar") {
  // From about 7,000 words Link Grammar corrupts its heap; 251 is the bound.
  for (std::size_t length : {LinkParser::kMaxWords + 1, std::size_t{8000}}) {
    const ParseResult r = parser().parse(Words(length, "word"));
    CHECK(r.too_long);
    CHECK_FALSE(r.parsed());
  }
  Words fits(LinkParser::kMaxWords - 1, "word");
  fits.push_back(".");
  CHECK_FALSE(parser().parse(fits).too_long);
}

TEST_CASE("parsers on two threads share the dictionary") {
  std::vector<int> complete(2, 0);
  auto work = [&](int t) {
    auto p = LinkParser::create();
    if (!p.ok()) return;
    for (int i = 0; i < 5; ++i) {
      if (p->parse(Words{"Xa", "visited", "Xb", "on", "Monday", "."}).complete) ++complete[t];
    }
  };
  std::thread other(work, 1);
  work(0);
  other.join();
  CHECK(complete[0] == 5);
  CHECK(complete[1] == 5);
}
