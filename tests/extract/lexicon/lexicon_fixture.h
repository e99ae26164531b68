// The built-in lexicon, loaded once, for the tests of every stage that reads it.
#pragma once

#include <doctest/doctest.h>

#include <utility>

#include "extract/lexicon/lexicon.h"

namespace kg::test {

inline const extract::Lexicon& lexicon() {
  static const extract::Lexicon lex = [] {
    auto loaded = extract::Lexicon::load_builtin();
    REQUIRE(loaded.ok());
    return std::move(loaded).value();
  }();
  return lex;
}

}  // namespace kg::test
