#include "extract/text/tokenizer.h"

#include <doctest/doctest.h>

using namespace kg::extract;

namespace {

using Strings = std::vector<std::string>;

Strings words(std::string_view s) {
  Strings out;
  for (const Token& t : tokenize(s)) out.push_back(t.text);
  return out;
}

}  // namespace

TEST_CASE("words and punctuation with offsets") {
  const std::string s = "Leaders met (briefly); talks ended!";
  const std::vector<Token> t = tokenize(s);
  CHECK(words(s) == Strings{"Leaders", "met", "(", "briefly", ")", ";", "talks", "ended", "!"});
  for (const Token& tok : t) CHECK(s.substr(tok.start, tok.end - tok.start) == tok.text);
  CHECK(t[2].kind == TokenKind::kPunct);
}

TEST_CASE("possessives split off") {
  const std::vector<Token> t = tokenize("the country's and the two countries' ties");
  CHECK(words("the country's and the two countries' ties") ==
        Strings{"the", "country", "'s", "and", "the", "two", "countries", "'", "ties"});
  CHECK(t[2].kind == TokenKind::kPossessive);
  CHECK(t[7].kind == TokenKind::kPossessive);
  CHECK(words("ALPHA'S plan") == Strings{"ALPHA", "'S", "plan"});
}

TEST_CASE("inner and final apostrophes stay in words") {
  CHECK(words("O'Neill doesn't") == Strings{"O'Neill", "doesn't"});
  CHECK(words("Dato' Seri Tan") == Strings{"Dato'", "Seri", "Tan"});
  CHECK(words("he said 'hello' twice") == Strings{"he", "said", "'", "hello", "'", "twice"});
}

TEST_CASE("hyphenated words are one token") {
  const std::vector<Token> t = tokenize("Alpha-Beta people-to-people ties - and COVID-19");
  CHECK(words("Alpha-Beta people-to-people ties - and COVID-19") ==
        Strings{"Alpha-Beta", "people-to-people", "ties", "-", "and", "COVID-19"});
  CHECK(t[0].is_hyphenated);
  CHECK(t[1].is_hyphenated);
  CHECK_FALSE(t[2].is_hyphenated);
  CHECK(t[5].is_hyphenated);
}

TEST_CASE("abbreviations keep their periods") {
  CHECK(words("The U.S. and U.K. envoys met Mr. Roe at 9 a.m.") ==
        Strings{"The", "U.S.", "and", "U.K.", "envoys", "met", "Mr.", "Roe", "at", "9", "a.m."});
  CHECK(words("J. K. Roe, e.g. here.") == Strings{"J.", "K.", "Roe", ",", "e.g.", "here", "."});
  CHECK(words("No. 5 but said no.") == Strings{"No.", "5", "but", "said", "no", "."});
  CHECK(words("It was in Group A.") == Strings{"It", "was", "in", "Group", "A", "."});
}

TEST_CASE("numbers, money and percent") {
  const std::vector<Token> t = tokenize("$18.5 billion, 1,600 jobs, 3.5% in 2024.");
  CHECK(words("$18.5 billion, 1,600 jobs, 3.5% in 2024.") ==
        Strings{"$", "18.5", "billion", ",", "1,600", "jobs", ",", "3.5", "%", "in", "2024", "."});
  CHECK(t[0].kind == TokenKind::kSymbol);
  CHECK(t[1].kind == TokenKind::kNumber);
  CHECK(t[4].kind == TokenKind::kNumber);
  CHECK(t[8].kind == TokenKind::kSymbol);
  CHECK(words("(1990-2015) at 10:30") == Strings{"(", "1990-2015", ")", "at", "10:30"});
  CHECK(words("the 13th congress") == Strings{"the", "13th", "congress"});
  CHECK(words("\"2+2\" talks, 5 + 1") == Strings{"\"", "2+2", "\"", "talks", ",", "5", "+", "1"});
}

TEST_CASE("non-ASCII letters, symbols and URLs") {
  CHECK(words("\xC4\x90\xC3\xA0 N\xE1\xBA\xB5ng \xE2\x82\xAC"
              "5") == Strings{"\xC4\x90\xC3\xA0", "N\xE1\xBA\xB5ng", "\xE2\x82\xAC", "5"});
  CHECK(words("see https://example.org/a?b=1.") ==
        Strings{"see", "https://example.org/a?b=1", "."});
  CHECK(words("AT&T and R&D") == Strings{"AT&T", "and", "R&D"});
  CHECK(words("wait... what") == Strings{"wait", "...", "what"});
  CHECK(words("./.") == Strings{".", "/", "."});
  CHECK(tokenize("").empty());
}

TEST_CASE("join_tokens keeps the spacing of the source") {
  const std::vector<Token> t = tokenize("On Nov. 23, 2024 the U.S.-Viet Nam talks ended.");
  CHECK(join_tokens(t, 0, t.size()) == "On Nov. 23, 2024 the U.S.-Viet Nam talks ended.");
  CHECK(join_tokens(t, 1, 4) == "Nov. 23,");
  CHECK(join_tokens(t, 2, 2).empty());
  CHECK(join_tokens(t, 3, 1).empty());
  CHECK(join_tokens(t, t.size() - 1, t.size() + 5) == ".");  // clipped to the tokens
}
