#include "extract/text/sentence_splitter.h"

#include <doctest/doctest.h>

#include <algorithm>

using namespace kg::extract;

namespace {

std::vector<std::string> split(std::string_view text) {
  std::vector<std::string> out;
  for (const Sentence& s : split_sentences(text, 0, 0)) out.push_back(s.text);
  return out;
}

using Strings = std::vector<std::string>;

}  // namespace

TEST_CASE("plain sentence boundaries") {
  CHECK(split("The talks ended. Both sides signed a deal! Was it enough? Yes.") ==
        Strings{"The talks ended.", "Both sides signed a deal!", "Was it enough?", "Yes."});
  CHECK(split("No final punctuation here") == Strings{"No final punctuation here"});
  CHECK(split("   ").empty());
}

TEST_CASE("honorific and title abbreviations do not end sentences") {
  CHECK(split("Mr. Smith met Dr. Jones and Gen. Lee. They talked.") ==
        Strings{"Mr. Smith met Dr. Jones and Gen. Lee.", "They talked."});
  CHECK(split("Prof. Adams, Sen. Brown and Rev. Clark spoke.") ==
        Strings{"Prof. Adams, Sen. Brown and Rev. Clark spoke."});
}

TEST_CASE("dotted abbreviations end a sentence only before a typical opener") {
  CHECK(split("The U.S. Senate voted. It passed.") ==
        Strings{"The U.S. Senate voted.", "It passed."});
  CHECK(split("She moved to the U.S. The move was hard.") ==
        Strings{"She moved to the U.S.", "The move was hard."});
  CHECK(split("Talks with the U.N. Security Council began at 9 a.m. Monday.") ==
        Strings{"Talks with the U.N. Security Council began at 9 a.m. Monday."});
  CHECK(split("Fruit, e.g. apples, i.e. food, etc. were sold.") ==
        Strings{"Fruit, e.g. apples, i.e. food, etc. were sold."});
}

TEST_CASE("initials, months, company suffixes and No.") {
  CHECK(split("J. K. Rowling wrote it. Fans cheered.") ==
        Strings{"J. K. Rowling wrote it.", "Fans cheered."});
  CHECK(split("It opened on Jan. 5 in the city. Crowds came.") ==
        Strings{"It opened on Jan. 5 in the city.", "Crowds came."});
  CHECK(split("Acme Co. Ltd. Chairman Roe spoke. He left.") ==
        Strings{"Acme Co. Ltd. Chairman Roe spoke.", "He left."});
  CHECK(split("Resolution No. 18 was adopted. Work began.") ==
        Strings{"Resolution No. 18 was adopted.", "Work began."});
  // A one-letter word before a word that opens sentences ends the sentence.
  CHECK(split("They were 17th in Serie B. The club was founded in 1922.") ==
        Strings{"They were 17th in Serie B.", "The club was founded in 1922."});
}

TEST_CASE("decimals, money and the ./. marker do not split") {
  CHECK(split("Growth was 3.5 percent. Trade hit $7.2 billion.") ==
        Strings{"Growth was 3.5 percent.", "Trade hit $7.2 billion."});
  CHECK(split("The trip ended well./.") == Strings{"The trip ended well./."});
}

TEST_CASE("closing quotes and brackets stay with the sentence") {
  CHECK(split("He said \"we agree.\" Then he left.") ==
        Strings{"He said \"we agree.\"", "Then he left."});
  CHECK(split("(The vote was close.) Results follow.") ==
        Strings{"(The vote was close.)", "Results follow."});
  CHECK(split("They asked, 'Why now?' and waited.") ==
        Strings{"They asked, 'Why now?' and waited."});
  CHECK(split("It ended. \"Good,\" she said.") == Strings{"It ended.", "\"Good,\" she said."});
}

TEST_CASE("a lower-case continuation is not a new sentence") {
  CHECK(split("Prices rose... and then fell. Later, calm.") ==
        Strings{"Prices rose... and then fell.", "Later, calm."});
  CHECK(split("Sales grew 5%. 2024 was strong.") == Strings{"Sales grew 5%.", "2024 was strong."});
}

TEST_CASE("offsets are absolute and paragraphs are numbered") {
  const std::string text = "Title\n\nFirst one. Second one.\n\nThird one.";
  CleanDocument doc;
  doc.paragraphs.push_back({"First one. Second one.", 7, 29});
  doc.paragraphs.push_back({"Third one.", 31, 41});
  const std::vector<Sentence> s = split_sentences(doc);
  REQUIRE(s.size() == 3);
  for (const Sentence& x : s) CHECK(text.substr(x.start, x.end - x.start) == x.text);
  CHECK(s[1].text == "Second one.");
  CHECK(s[1].paragraph == 0);
  CHECK(s[2].paragraph == 1);
}

TEST_CASE("the headline is read first, as a sentence of paragraph -1") {
  const std::string text = "Chile signs lithium pact with Peru\n\nThe pact was signed. It runs.";
  CleanDocument doc;
  doc.title = "Chile signs lithium pact with Peru";
  doc.title_start = 0;
  doc.title_end = 34;
  doc.paragraphs.push_back({"The pact was signed. It runs.", 36, 65});
  const std::vector<Sentence> s = split_sentences(doc);
  REQUIRE(s.size() == 3);
  for (const Sentence& x : s) CHECK(text.substr(x.start, x.end - x.start) == x.text);
  CHECK(s[0].text == doc.title);
  CHECK(s[0].paragraph == -1);
  CHECK(s[1].paragraph == 0);
}

TEST_CASE("a list line is its own sentence") {
  CleanDocument doc;
  doc.paragraphs.push_back({"Partners include:", 0, 17});
  doc.paragraphs.push_back({"Alpha (2008)", 18, 30});
  doc.paragraphs.push_back({"Beta (2012)", 31, 42});
  const std::vector<Sentence> s = split_sentences(doc);
  REQUIRE(s.size() == 3);
  CHECK(s[1].text == "Alpha (2008)");
}

TEST_CASE("abbreviation_kind") {
  CHECK(abbreviation_kind("Mr.") == AbbreviationKind::kNeverFinal);
  CHECK(abbreviation_kind("J.") == AbbreviationKind::kMaybeFinal);
  CHECK(abbreviation_kind("\xC4\x90.") == AbbreviationKind::kMaybeFinal);  // Đ.
  CHECK(abbreviation_kind("U.S.") == AbbreviationKind::kMaybeFinal);
  CHECK(abbreviation_kind("U.A.E.") == AbbreviationKind::kMaybeFinal);
  CHECK(abbreviation_kind("No.") == AbbreviationKind::kBeforeNumber);
  CHECK(abbreviation_kind("talks.") == AbbreviationKind::kNone);
  CHECK_FALSE(is_abbreviation("year."));
  CHECK(is_abbreviation("p.m."));
}

TEST_CASE("a run of more than kMaxSentenceUnits units is cut into bounded sentences") {
  std::string run;
  for (int i = 0; i < 2000; ++i) run += "Vietnam ";
  const auto s = split_sentences(run, 100, 0);
  REQUIRE(s.size() == 8);  // 2,000 words in pieces of 250
  std::size_t words = 0;
  for (const Sentence& piece : s) {
    CHECK(piece.text == run.substr(piece.start - 100, piece.end - piece.start));
    const auto n =
        static_cast<std::size_t>(std::count(piece.text.begin(), piece.text.end(), ' ')) + 1;
    CHECK(n <= kMaxSentenceUnits);
    words += n;
  }
  CHECK(words == 2000);
}

TEST_CASE("a long run is cut after a comma or semicolon where there is one") {
  std::string run;
  for (int i = 0; i < 300; ++i) run += (i % 50 == 49) ? "item, " : "item ";
  const auto s = split_sentences(run, 0, 0);
  REQUIRE(s.size() == 2);
  CHECK(s[0].text.back() == ',');
}

TEST_CASE("brackets and quotes count as units, so nested runs are cut too") {
  const std::string nested = std::string(1000, '(') + "Ana met Tom." + std::string(1000, ')');
  const auto s = split_sentences(nested, 0, 0);
  CHECK(s.size() >= 8);
  std::string joined;
  for (const Sentence& piece : s) {
    CHECK(piece.text == nested.substr(piece.start, piece.end - piece.start));
    joined += piece.text;
  }
  std::string unspaced = nested;
  unspaced.erase(std::remove(unspaced.begin(), unspaced.end(), ' '), unspaced.end());
  joined.erase(std::remove(joined.begin(), joined.end(), ' '), joined.end());
  CHECK(joined == unspaced);  // nothing lost: cut at spaces and inside the runs
}

TEST_CASE("a real long sentence is not cut") {
  std::string sentence = "The minister";
  for (int i = 0; i < 30; ++i) sentence += ", the deputy of region " + std::to_string(i);
  sentence += " met in Hanoi.";
  CHECK(split_sentences(sentence, 0, 0).size() == 1);
}
