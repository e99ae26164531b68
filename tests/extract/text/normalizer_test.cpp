#include "extract/text/normalizer.h"

#include <doctest/doctest.h>

using namespace kg::extract;

namespace {

// Every output byte must come from a code point that starts at its offset.
void check_offsets_monotonic(const NormalizedText& n, std::size_t input_size) {
  REQUIRE(n.offsets.size() == n.text.size() + 1);
  CHECK(n.offsets.back() == input_size);
  for (std::size_t i = 1; i < n.offsets.size(); ++i) CHECK(n.offsets[i - 1] <= n.offsets[i]);
}

}  // namespace

TEST_CASE("typographic quotes, dashes, spaces and ellipsis become ASCII") {
  const std::string in =
      "\xE2\x80\x9CHi\xE2\x80\x9D \xE2\x80\x98x\xE2\x80\x99 a\xE2\x80\x93"
      "b c\xE2\x80\x94"
      "d "
      "\xE2\x88\x92"
      "5 e\xC2\xA0"
      "f\xE2\x80\x89g wait\xE2\x80\xA6";
  const NormalizedText n = normalize(in);
  CHECK(n.text == "\"Hi\" 'x' a-b c-d -5 e f g wait...");
  check_offsets_monotonic(n, in.size());
}

TEST_CASE("zero-width characters and soft hyphens are removed") {
  const std::string in =
      "co\xC2\xADoper\xE2\x80\x8B"
      "ation\xEF\xBB\xBF!";
  const NormalizedText n = normalize(in);
  CHECK(n.text == "cooperation!");
  check_offsets_monotonic(n, in.size());
  CHECK(n.offsets[2] == 4);  // 'o' after the 2-byte soft hyphen
}

TEST_CASE("CRLF and CR become LF") {
  const NormalizedText n = normalize("a\r\nb\rc\n");
  CHECK(n.text == "a\nb\nc\n");
  CHECK(n.offsets == std::vector<std::size_t>{0, 1, 3, 4, 5, 6, 7});
}

TEST_CASE("offsets map multi-byte replacements back to the input") {
  // "Dato’ Seri" : the right single quote is 3 bytes, becomes 1 byte.
  const std::string in = "Dato\xE2\x80\x99 Seri \xE2\x80\xA6 end";
  const NormalizedText n = normalize(in);
  REQUIRE(n.text == "Dato' Seri ... end");
  check_offsets_monotonic(n, in.size());
  CHECK(n.offsets[4] == 4);    // the apostrophe
  CHECK(n.offsets[5] == 7);    // the space after it
  CHECK(n.offsets[6] == 8);    // "Seri"
  CHECK(n.offsets[11] == 13);  // first '.' of the ellipsis
  CHECK(n.offsets[13] == 13);  // all three dots map to the ellipsis
  CHECK(n.offsets[15] == 17);  // "end"
  // A range in the output maps to the matching range of the input.
  const std::size_t b = n.text.find("Seri");
  CHECK(in.substr(n.offsets[b], n.offsets[b + 4] - n.offsets[b]) == "Seri");
  CHECK(n.original_offset(n.text.size()) == in.size());
}

TEST_CASE("non-ASCII letters pass through unchanged") {
  const std::string in = "Vi\xE1\xBB\x87t Nam \xC4\x90\xC3\xA0 N\xE1\xBA\xB5ng";
  const NormalizedText n = normalize(in);
  CHECK(n.text == in);
  for (std::size_t i = 0; i < in.size(); ++i) CHECK(n.offsets[i] == i);
}

TEST_CASE("invalid bytes become U+FFFD and full-width forms become ASCII") {
  const std::string in =
      "a\xFF"
      "b \xEF\xBC\xA1\xEF\xBC\x91";  // a<bad>b ＡＱ
  const NormalizedText n = normalize(in);
  CHECK(n.text ==
        "a\xEF\xBF\xBD"
        "b A1");
  check_offsets_monotonic(n, in.size());
  CHECK(n.offsets[1] == 1);
  CHECK(n.offsets[3] == 1);
}

TEST_CASE("empty input") {
  const NormalizedText n = normalize("");
  CHECK(n.text.empty());
  CHECK(n.offsets == std::vector<std::size_t>{0});
}
