#include "extract/parse/word_features.h"

#include <doctest/doctest.h>

#include "extract/parse/hash.h"

using namespace kg::parse;

TEST_CASE("folding maps typographic quotes and the ellipsis to ASCII") {
  CHECK(fold_form("don\u2019t") == "don't");
  CHECK(fold_form("\u201cHi\u201d") == "\"Hi\"");
  CHECK(fold_form("wait\u2026") == "wait...");
  CHECK(lower_form("Stra\u00dfe \u00c9T\u00c9") == "stra\u00dfe \u00e9t\u00e9");
  CHECK(lower_form("\u0411\u0435\u0440\u043b\u0438\u043d") ==
        "\u0431\u0435\u0440\u043b\u0438\u043d");
}

TEST_CASE("shapes") {
  CHECK(word_shape("Hello", 4) == "Xxxxx");
  CHECK(word_shape("Hello", 1) == "Xx");
  CHECK(word_shape("1,000.50", 1) == "d,d.d");
  CHECK(word_shape("e-mail", 2) == "x-xx");
}

TEST_CASE("describe_word") {
  const WordInfo a = describe_word("Don\u2019t");
  const WordInfo b = describe_word("don't");
  CHECK(a.lower == b.lower);
  CHECK(a.form != b.form);
  CHECK(a.capitalised);
  CHECK_FALSE(b.capitalised);
  CHECK(a.length == 5);
  CHECK(describe_word("COVID-19").has_digit);
  CHECK(describe_word("COVID-19").has_hyphen);
  const WordInfo w = describe_word("walking");
  CHECK(w.suffix[2] == describe_word("talking").suffix[2]);
  CHECK(w.suffix[2] != describe_word("walked").suffix[2]);
  CHECK(describe_word("ab").suffix[2] == 0);  // too short for a 3-letter suffix
}

TEST_CASE("hashes are fixed functions") {
  CHECK(hash_string("abc") == hash_string("abc"));
  CHECK(hash_string("abc") != hash_string("abd"));
  CHECK(feature_key(1, 2, 3) != feature_key(1, 3, 2));
  Rng a(42);
  Rng b(42);
  for (int i = 0; i < 10; ++i) CHECK(a.next() == b.next());
  Rng c(1);
  for (int i = 0; i < 1000; ++i) {
    const double u = c.uniform();
    CHECK(u >= 0.0);
    CHECK(u < 1.0);
    CHECK(c.below(7) < 7);
  }
}
