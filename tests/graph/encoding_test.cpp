#include "graph/encoding.h"

#include <doctest/doctest.h>

#include <limits>

namespace kg {

TEST_CASE("percent_encode keeps only unreserved characters") {
  CHECK(percent_encode("To Lam") == "To%20Lam");
  CHECK(percent_encode("a-b.c_d~e") == "a-b.c_d~e");
  CHECK(percent_encode("Vi\xe1\xbb\x87t/?#%") == "Vi%E1%BB%87t%2F%3F%23%25");
  CHECK(percent_encode("a b_c", "_") == "a%20b_c");
  CHECK(percent_encode("\xff") == "%FF");
}

TEST_CASE("xml_escape escapes markup and drops what XML 1.0 forbids") {
  CHECK(xml_escape("<a href=\"x\">&'</a>") == "&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;");
  CHECK(xml_escape("a\x01"
                   "b\x1f"
                   "c") == "abc");
  CHECK(xml_escape("l1\nl2\r\tz") == "l1&#10;l2&#13;&#9;z");
  CHECK(xml_escape("\xef\xbf\xbe!") == "!");    // U+FFFE dropped
  CHECK(xml_escape("\xff") == "\xef\xbf\xbd");  // invalid byte -> U+FFFD
  CHECK(xml_escape("\xe2\x80\x8f\xf0\x9f\x98\x80") == "\xe2\x80\x8f\xf0\x9f\x98\x80");
}

TEST_CASE("format_double gives the shortest round-trip text") {
  CHECK(format_double(0.9) == "0.9");
  CHECK(format_double(1.0) == "1");
  CHECK(format_double(1e-7) == "1e-07");
  CHECK(format_double(std::numeric_limits<double>::quiet_NaN()) == "NaN");
  CHECK(format_double(-std::numeric_limits<double>::infinity()) == "-INF");
}

}  // namespace kg
