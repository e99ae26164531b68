#include "extract/cleaner.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <set>

#include "extract/normalizer.h"
#include "tests/extract/test_data.h"

using namespace kg::extract;

namespace {

std::vector<std::string> texts(const CleanDocument& d) {
  std::vector<std::string> out;
  for (const Paragraph& p : d.paragraphs) out.push_back(p.text);
  return out;
}

bool has(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

void check_ranges(const CleanDocument& d, const std::string& text) {
  for (const Paragraph& p : d.paragraphs) {
    REQUIRE(p.end <= text.size());
    CHECK(text.substr(p.start, p.end - p.start) == p.text);
  }
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::size_t pos = 0;
  while (pos <= text.size()) {
    std::size_t nl = text.find('\n', pos);
    if (nl == std::string::npos) nl = text.size();
    out.push_back(text.substr(pos, nl - pos));
    pos = nl + 1;
  }
  return out;
}

const std::string kBody1 = "The committee approved the new budget on Monday after a long debate.";
const std::string kBody2 = "Officials said the plan would take effect next year in all regions.";
const std::string kBody3 = "Critics argued that the measure did not go far enough to help farmers.";

}  // namespace

TEST_CASE("title, body paragraphs and byte ranges") {
  const std::string text = "Council passes annual budget\n\n" + kBody1 + "\n\n" + kBody2 + "\n";
  const CleanDocument d = clean(text);
  CHECK(d.title == "Council passes annual budget");
  CHECK(text.substr(d.title_start, d.title_end - d.title_start) == d.title);
  CHECK(texts(d) == std::vector<std::string>{kBody1, kBody2});
  check_ranges(d, text);
}

TEST_CASE("no title when the first line is a sentence") {
  const CleanDocument d = clean(kBody1 + "\n" + kBody2);
  CHECK(d.title.empty());
  CHECK(d.paragraphs.size() == 2);
}

TEST_CASE("exact and near-exact repeats keep the first") {
  const std::string near = kBody1.substr(0, kBody1.size() - 1) + " ";  // lost its period
  const std::string text = kBody1 + "\n\n" + kBody2 + "\n\n" + kBody1 + "\n" + near + "\n" + kBody3;
  const CleanDocument d = clean(text);
  CHECK(texts(d) == std::vector<std::string>{kBody1, kBody2, kBody3});
  CHECK(d.dropped_reasons.size() == 2);
}

TEST_CASE("photo captions are dropped") {
  const std::string text = kBody1 + "\n" +
                           "The minister speaks at the opening ceremony. (Photo: ABC)\n" +
                           "Photo: Jane Roe\n" + "Farmers harvest rice near the river (Reuters)\n" +
                           "A market in the old quarter. File photo\n" + kBody2;
  const CleanDocument d = clean(text);
  CHECK(texts(d) == std::vector<std::string>{kBody1, kBody2});
}

TEST_CASE("a parenthesised acronym inside a sentence is not a credit") {
  const std::string s = "The group met the World Health Organization (WHO) in May.";
  CHECK(texts(clean(kBody1 + "\n" + s)).size() == 2);
}

TEST_CASE("section headings inside the body are dropped, lists are kept") {
  const std::string text = "Budget approved\n\n" + kBody1 +
                           "\n\nNew rules for the coming year\n\n" + kBody2 +
                           "\nThe fund has partners in four regions:\nNorth (2019)\nSouth (2020)\n"
                           "East (2021)\nWest (March 2022)\n";
  const CleanDocument d = clean(text);
  const auto t = texts(d);
  CHECK_FALSE(has(t, "New rules for the coming year"));
  CHECK(has(t, "North (2019)"));
  CHECK(has(t, "West (March 2022)"));
  CHECK(t.size() == 7);
}

TEST_CASE("bylines and trailing signatures are dropped") {
  const std::string text = "By Jane Roe and John Doe\n" + kBody1 + "\nReporter: Ann Lee\n" +
                           kBody2 +
                           "\nBy 2030, the city plans to double its green space.\nMary Major\n";
  const auto t = texts(clean(text));
  CHECK(t == std::vector<std::string>{kBody1, kBody2,
                                      "By 2030, the city plans to double its green space."});
}

TEST_CASE("a name-only last line after a list of a different shape is a signature") {
  const std::string text = kBody1 + "\nMembers since:\nAlpha (2001)\nBeta (2004)\nJane Roe\n";
  const auto t = texts(clean(text));
  CHECK(t.back() == "Beta (2004)");
}

TEST_CASE("share and subscribe lines are dropped") {
  const std::string text = kBody1 + "\nShare this article\nFollow us on Facebook\n" +
                           "Subscribe to our newsletter for daily updates.\n" + kBody2 +
                           "\n\xC2\xA9 2024 Example Media. All rights reserved.\n";
  CHECK(texts(clean(text)) == std::vector<std::string>{kBody1, kBody2});
}

TEST_CASE("explicit related-articles markers end the body") {
  for (const std::string marker : {"Related articles", "Read more:", "See also", "Tags: economy"}) {
    const std::string text = kBody1 + "\n" + kBody2 + "\n" + marker + "\n" + kBody3 + "\n";
    CHECK(texts(clean(text)) == std::vector<std::string>{kBody1, kBody2});
  }
}

TEST_CASE("a repeated category label ends the body, but not before any body text") {
  const std::string text = "World-Economy\n" + kBody1 + "\n" + kBody2 +
                           "\n\nWorld-Economy\nAnother story headline here\n" + kBody3 +
                           "\nWorld-Economy\n";
  const CleanDocument d = clean(text);
  CHECK(texts(d) == std::vector<std::string>{kBody1, kBody2});
}

TEST_CASE("the ./. marker ends the body and is cut from its paragraph") {
  const std::string text = kBody1 + "\n" + kBody2.substr(0, kBody2.size() - 1) + "./.\n\n" + kBody3;
  const CleanDocument d = clean(text);
  REQUIRE(d.paragraphs.size() == 2);
  CHECK(d.paragraphs[1].text == kBody2);
  check_ranges(d, text);
}

TEST_CASE("hard-wrapped paragraphs are joined") {
  const std::string text =
      "The committee approved the new budget on Monday after a\n"
      "long debate that lasted well into the night, members\n"
      "said.\n\n"
      "Officials said the plan would take effect next year and\n"
      "cover every region of the country without exception.\n";
  const CleanDocument d = clean(text);
  REQUIRE(d.paragraphs.size() == 2);
  CHECK(d.paragraphs[0].text.find("members\nsaid.") != std::string::npos);
  check_ranges(d, text);
}

TEST_CASE("degenerate inputs") {
  CHECK(clean("").paragraphs.empty());
  CHECK(clean("\n\n  \n").paragraphs.empty());
  CHECK(clean("Only a headline").title == "Only a headline");
}

TEST_CASE("noisy sample article: body once, no captions, headings or related block") {
  const std::string raw = kg::test::read_test_data("000_50b1104ed66ab111.txt");
  REQUIRE_FALSE(raw.empty());
  const NormalizedText n = normalize(raw);
  const CleanDocument d = clean(n.text);
  const std::vector<std::string> lines = lines_of(n.text);
  CHECK(d.title == lines.front());
  check_ranges(d, n.text);

  const auto t = texts(d);
  CHECK(t.size() == 19);
  CHECK(std::set<std::string>(t.begin(), t.end()).size() == t.size());
  for (const std::string& p : t) {
    CHECK(p.find("(Photo:") == std::string::npos);
    CHECK(p.find("./.") == std::string::npos);
    CHECK(p.size() > 100);  // headings and labels are gone
  }
  // Every kept paragraph is a line of the article, and nothing after the end marker.
  const auto marker = std::find_if(lines.begin(), lines.end(), [](const std::string& l) {
    return l.find("./.") != std::string::npos;
  });
  REQUIRE(marker != lines.end());
  const std::size_t body_end = n.text.find("./.");
  for (const Paragraph& p : d.paragraphs) CHECK(p.end <= body_end + 1);
  // The first body line of the article (repeated three times) is kept once.
  std::map<std::string, int> line_count;
  for (const std::string& l : lines) ++line_count[l];
  const std::string& first_body = lines[2];
  CHECK(line_count[first_body] == 3);
  CHECK(t.front() == first_body);
}

TEST_CASE("clean sample article: list kept, signature dropped, no title") {
  const std::string raw = kg::test::read_test_data("003_9d709fbe71722567.txt");
  REQUIRE_FALSE(raw.empty());
  const NormalizedText n = normalize(raw);
  const CleanDocument d = clean(n.text);
  const std::vector<std::string> lines = lines_of(n.text);
  CHECK(d.title.empty());
  std::vector<std::string> nonblank;
  for (const std::string& l : lines) {
    if (!l.empty()) nonblank.push_back(l);
  }
  // Every line is kept except the final name-only signature.
  CHECK(texts(d) == std::vector<std::string>(nonblank.begin(), nonblank.end() - 1));
  CHECK(d.dropped_reasons.size() == 1);
}
