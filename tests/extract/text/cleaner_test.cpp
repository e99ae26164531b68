#include "extract/text/cleaner.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "extract/text/normalizer.h"
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

// The title, the kept paragraphs and the removed spans cover every non-space
// byte of `text`, and no two of them overlap.
void check_covered(const CleanDocument& d, const std::string& text) {
  std::vector<std::pair<std::size_t, std::size_t>> spans;
  if (!d.title.empty()) spans.emplace_back(d.title_start, d.title_end);
  for (const Paragraph& p : d.paragraphs) spans.emplace_back(p.start, p.end);
  for (const Removal& r : d.removed) {
    CHECK_FALSE(r.reason.empty());
    spans.emplace_back(r.start, r.end);
  }
  std::sort(spans.begin(), spans.end());
  std::size_t covered_to = 0;
  for (const auto& [start, end] : spans) {
    REQUIRE(start >= covered_to);
    for (std::size_t k = covered_to; k < start; ++k) {
      INFO("uncovered byte at " << k);
      CHECK((text[k] == ' ' || text[k] == '\n' || text[k] == '\t'));
    }
    covered_to = end;
  }
  for (std::size_t k = covered_to; k < text.size(); ++k) CHECK(std::isspace(text[k]));
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
const std::string kBody4 =
    "The regional council will meet again in March to review the first results.";
const std::string kBody5 =
    "Prices of rice and vegetables rose sharply in the northern provinces last month.";
const std::string kBody6 =
    "Teachers in the capital went on strike on Tuesday over unpaid wages and overtime.";

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
  REQUIRE(d.removed.size() == 2);
  CHECK(d.removed[0].reason == "repeated paragraph");
  CHECK(text.substr(d.removed[1].start, d.removed[1].end - d.removed[1].start) ==
        near.substr(0, near.size() - 1));
  check_covered(d, text);
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

TEST_CASE("explicit related-articles markers start a block that runs to the end") {
  for (const std::string marker : {"Related articles", "Read more:", "See also", "Tags: economy"}) {
    const std::string text = kBody1 + "\n" + kBody2 + "\n" + marker + "\n" + kBody3 + "\n";
    const CleanDocument d = clean(text);
    CHECK(texts(d) == std::vector<std::string>{kBody1, kBody2});
    REQUIRE(d.removed.size() == 2);
    CHECK(d.removed[0].reason == "related-articles block");
    CHECK(d.removed[1].reason == "related-articles block");
    check_covered(d, text);
  }
}

TEST_CASE("a related-articles block ends where body text resumes") {
  const std::string text = kBody1 + "\n" + kBody2 +
                           "\nRelated articles\n- Dam project delayed again\n" +
                           "- Farmers protest in the capital\nRiver towns brace for floods\n" +
                           "By Ann Lee\n" + kBody3 + "\n" + kBody4 + "\n";
  const CleanDocument d = clean(text);
  CHECK(texts(d) == std::vector<std::string>{kBody1, kBody2, kBody3, kBody4});
  CHECK(d.removed.size() == 5);
  check_covered(d, text);
}

TEST_CASE("a teaser between related headlines stays in the block") {
  const std::string text = kBody1 + "\n" + kBody2 + "\nRead more\nDam project delayed again\n" +
                           kBody3 + "\nFarmers protest in the capital\n" + kBody4 + "\n";
  const CleanDocument d = clean(text);
  CHECK(texts(d) == std::vector<std::string>{kBody1, kBody2});
  check_covered(d, text);
}

TEST_CASE("a file holding several articles keeps the body of each") {
  // Three articles as they are saved from one site: menu, headline, byline,
  // body, share line, related list; the menu and section label repeat.
  const std::vector<std::string> bodies = {kBody1, kBody2, kBody3, kBody4, kBody5, kBody6};
  std::string text;
  for (int a = 0; a < 3; ++a) {
    text += "Home | World | Business | Sport\nWorld\nHeadline of article number " +
            std::to_string(a + 1) + "\nBy Jane Roe\n" + bodies[2 * a] + "\n" + bodies[2 * a + 1] +
            "\nShare this article\nRelated articles\n- Another story about the weather\n" +
            "- Markets close higher\n\n";
  }
  const CleanDocument d = clean(text);
  CHECK(texts(d) == bodies);
  check_covered(d, text);
  // The same file twice: the second copy repeats the first and is reported so.
  const CleanDocument twice = clean(text + text);
  CHECK(texts(twice) == bodies);
  CHECK(std::count_if(twice.removed.begin(), twice.removed.end(),
                      [](const Removal& r) { return r.reason == "repeated paragraph"; }) >= 6);
  check_covered(twice, text + text);
}

TEST_CASE("a repeated category label starts a block, but not before any body text") {
  const std::string text = "World-Economy\n" + kBody1 + "\n" + kBody2 +
                           "\n\nWorld-Economy\nAnother story headline here\n" + kBody3 +
                           "\nWorld-Economy\n";
  const CleanDocument d = clean(text);
  CHECK(texts(d) == std::vector<std::string>{kBody1, kBody2});
  CHECK(d.title == "World-Economy");
  REQUIRE(d.removed.size() == 4);  // the lone teaser kBody3 stays in the block
  for (const Removal& r : d.removed) CHECK(r.reason == "category-label block");
  check_covered(d, text);
}

TEST_CASE("the ./. marker ends the body and is cut from its paragraph") {
  const std::string text = kBody1 + "\n" + kBody2.substr(0, kBody2.size() - 1) + "./.\n\n" + kBody3;
  const CleanDocument d = clean(text);
  REQUIRE(d.paragraphs.size() == 2);
  CHECK(d.paragraphs[1].text == kBody2);
  check_ranges(d, text);
  check_covered(d, text);
  REQUIRE(d.removed.size() == 2);
  CHECK(text.substr(d.removed[0].start, 2) == "/.");
  CHECK(d.removed[0].reason == "end-of-article marker");
  CHECK(d.removed[1].reason == "after end-of-article marker");
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
  check_covered(d, n.text);
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
  REQUIRE(d.removed.size() == 1);
  CHECK(d.removed[0].reason == "byline");
  check_covered(d, n.text);
}

TEST_CASE("the title comes after front matter, which is removed") {
  const std::string text =
      "source: https://example.com/budget\nurl: https://example.com/b\n"
      "Home | News | Politics\nCouncil passes annual budget\n\n" +
      kBody1 + "\n\n" + kBody2 + "\n";
  const CleanDocument d = clean(text);
  CHECK(d.title == "Council passes annual budget");
  CHECK(texts(d) == std::vector<std::string>{kBody1, kBody2});
  std::multiset<std::string> reasons;
  for (const Removal& r : d.removed) reasons.insert(r.reason);
  CHECK(reasons == std::multiset<std::string>{"byline", "metadata line", "navigation menu"});
  check_covered(d, text);
}

TEST_CASE("front matter before body text: removed, no title") {
  const std::string text = "date: 2024-11-23\n" + kBody1 + "\n" + kBody2 + "\n";
  const CleanDocument d = clean(text);
  CHECK(d.title.empty());
  CHECK(texts(d) == std::vector<std::string>{kBody1, kBody2});
  check_covered(d, text);
}
