#include "extract/parse/tokenizer.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace kg::parse;

namespace {

// Tokens as text, multiword tokens written word+word.
std::string tokens(std::string_view text) {
  std::string out;
  for (const Token& t : tokenize(text)) {
    if (!out.empty()) out += ' ';
    for (std::size_t i = 0; i < t.words.size(); ++i) {
      if (i > 0) out += '+';
      out += text.substr(t.words[i].start, t.words[i].end - t.words[i].start);
    }
  }
  return out;
}

}  // namespace

TEST_CASE("words and punctuation, with byte offsets") {
  const std::string text = "Hello, world (again)!";
  const std::vector<Token> t = tokenize(text);
  REQUIRE(t.size() == 7);
  CHECK(tokens(text) == "Hello , world ( again ) !");
  CHECK(t[0].span.start == 0);
  CHECK(t[0].span.end == 5);
  CHECK_FALSE(t[0].space_after);
  CHECK(t[1].space_after);
  CHECK(t[6].span.end == text.size());
  CHECK(t[6].space_after);
}

TEST_CASE("n't and other clitics are multiword tokens") {
  CHECK(tokens("I don't know.") == "I do+n't know .");
  CHECK(tokens("We can't, they won't.") == "We ca+n't , they wo+n't .");
  CHECK(tokens("I'm sure you'll see they've left.") == "I+'m sure you+'ll see they+'ve left .");
  CHECK(tokens("It's what we'd say.") == "It+'s what we+'d say .");
  CHECK(tokens("You're right.") == "You+'re right .");
  CHECK(tokens("DON'T SHOUT") == "DO+N'T SHOUT");
}

TEST_CASE("possessive 's and plural possessive '") {
  CHECK(tokens("the committee's report") == "the committee+'s report");
  CHECK(tokens("the parents' view") == "the parents+' view");
  CHECK(tokens("O'Neill's house") == "O'Neill+'s house");
}

TEST_CASE("typographic apostrophes count as apostrophes") {
  CHECK(tokens("don\u2019t") == "do+n\u2019t");
  CHECK(tokens("Iran\u2019s program") == "Iran+\u2019s program");
}

TEST_CASE("contractions written without apostrophe") {
  CHECK(tokens("I cannot go") == "I can+not go");
  CHECK(tokens("gonna wanna gotta") == "gon+na wan+na got+ta");
  CHECK(tokens("i dont know") == "i do+nt know");
}

TEST_CASE("hyphens are cut except after EWT's prefixes") {
  CHECK(tokens("a long-term plan") == "a long - term plan");
  CHECK(tokens("send an e-mail") == "send an e-mail");
  CHECK(tokens("non-profit co-workers re-elected") == "non-profit co-workers re-elected");
  CHECK(tokens("pages 3-4") == "pages 3 - 4");
  CHECK(tokens("call 713-853-3989") == "call 713-853-3989");
  CHECK(tokens("call 345-9945") == "call 345-9945");
  CHECK(tokens("he left--quietly") == "he left -- quietly");
}

TEST_CASE("URLs and e-mail addresses stay whole") {
  CHECK(tokens("see http://example.com/a-b?c=d.") == "see http://example.com/a-b?c=d .");
  CHECK(tokens("visit www.example.org.") == "visit www.example.org .");
  CHECK(tokens("mail jane.doe@example.com today") == "mail jane.doe@example.com today");
  CHECK(tokens("(john@example.net)") == "( john@example.net )");
}

TEST_CASE("abbreviations keep their period, except at the end of the sentence") {
  CHECK(tokens("Mr. Smith met Dr. Jones.") == "Mr. Smith met Dr. Jones .");
  CHECK(tokens("the U.S. and e.g. Canada") == "the U.S. and e.g. Canada");
  CHECK(tokens("J. Smith") == "J. Smith");
  CHECK(tokens("apples, pears, etc.") == "apples , pears , etc .");
  CHECK(tokens("because of X.") == "because of X .");
  CHECK(tokens("CCNG, Inc..") == "CCNG , Inc. .");
}

TEST_CASE("PTB quotes and brackets") {
  CHECK(tokens("\"Yes,\" she said.") == "\" Yes , \" she said .");
  CHECK(tokens("``Yes'' she said") == "`` Yes '' she said");
  CHECK(tokens("[1] (see above)") == "[ 1 ] ( see above )");
  CHECK(tokens("he said 'no' twice") == "he said ' no ' twice");
  CHECK(tokens("\u201cQuoted\u201d") == "\u201c Quoted \u201d");
}

TEST_CASE("numbers, currency, percentages and units") {
  CHECK(tokens("$5,000.50 or 12% at 10:30") == "$ 5,000.50 or 12 % at 10:30");
  CHECK(tokens("at 5pm on the 21st") == "at 5 pm on the 21st");
  CHECK(tokens("the 1990s") == "the 1990s");
}

TEST_CASE("runs of punctuation and emoticons") {
  CHECK(tokens("Wait... what?!") == "Wait ... what ?!");
  CHECK(tokens("great!!! :)") == "great !!! :)");
  CHECK(tokens("and/or") == "and / or");
  CHECK(tokens("w/o sugar") == "w/o sugar");
}

TEST_CASE("whitespace of any kind separates tokens; empty text has none") {
  CHECK(tokenize("").empty());
  CHECK(tokenize(" \t\n").empty());
  CHECK(tokens("a\tb\nc\u00a0d") == "a b c d");
}

TEST_CASE("a long run without spaces is cut into bounded chunks, every byte kept") {
  std::string run;
  for (int i = 0; i < 20000; ++i) run += "x..";
  const std::vector<Token> ts = tokenize(run);
  REQUIRE_FALSE(ts.empty());
  std::size_t covered = 0;
  for (const Token& t : ts) {
    CHECK(t.span.start == covered);  // contiguous: nothing dropped
    CHECK(t.span.end - t.span.start <= 512);
    covered = t.span.end;
  }
  CHECK(covered == run.size());
}
