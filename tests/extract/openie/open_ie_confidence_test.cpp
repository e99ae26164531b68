#include "extract/openie/open_ie_confidence.h"

#include <doctest/doctest.h>

using kg::extract::OpenIeTuple;
using kg::extract::shape_confidence;

namespace {

OpenIeTuple tuple(const char* relation, std::vector<std::string> args, double confidence = 0.7) {
  OpenIeTuple t;
  t.relation = relation;
  t.args = std::move(args);
  t.confidence = confidence;
  return t;
}

}  // namespace

TEST_CASE("a longer relation ranks higher, up to four words") {
  const double one = shape_confidence(tuple("elected", {"The board", "a new chair"}), 10, false);
  const double three =
      shape_confidence(tuple("was elected to", {"The board", "a new chair"}), 10, false);
  const double six = shape_confidence(
      tuple("was to have been elected to", {"The board", "a new chair"}), 10, false);
  CHECK(three == doctest::Approx(one + 0.08));
  CHECK(six == doctest::Approx(one + 0.12));
}

TEST_CASE("longer sentences rank lower") {
  const OpenIeTuple t = tuple("met", {"The envoy", "the minister"});
  CHECK(shape_confidence(t, 10, false) > shape_confidence(t, 40, false));
  CHECK(shape_confidence(t, 10, false) - shape_confidence(t, 40, false) == doctest::Approx(0.09));
}

TEST_CASE("the subject's shape") {
  const double capitalised =
      shape_confidence(tuple("met", {"The envoy", "the minister"}), 10, false);
  CHECK(shape_confidence(tuple("met", {"the envoy", "the minister"}), 10, false) ==
        doctest::Approx(capitalised - 0.05));
  // A subject starting with a preposition is a misattached phrase.
  CHECK(shape_confidence(tuple("met", {"In the end", "the minister"}), 10, true) ==
        doctest::Approx(capitalised - 0.2));
  CHECK(shape_confidence(tuple("met", {"to the envoy", "the minister"}), 10, true) ==
        doctest::Approx(capitalised - 0.25));
}

TEST_CASE("a one-word second argument ranks lower") {
  CHECK(shape_confidence(tuple("met", {"The envoy", "ministers"}), 10, false) ==
        doctest::Approx(shape_confidence(tuple("met", {"The envoy", "the ministers"}), 10, false) -
                        0.05));
}

TEST_CASE("the result stays within (0, 1)") {
  CHECK(shape_confidence(tuple("met", {"to x", "y"}, 0.05), 200, true) == doctest::Approx(0.01));
  CHECK(shape_confidence(tuple("was said to be part of", {"The A", "the b c"}, 0.99), 1, false) ==
        doctest::Approx(0.99));
  CHECK(shape_confidence(tuple("met", {}, 0.5), 0, false) == doctest::Approx(0.54));
}
