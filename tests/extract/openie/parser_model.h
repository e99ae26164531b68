// The built-in UD parser model, loaded once per test binary.
#pragma once

#include <doctest/doctest.h>

#include <utility>

#include "kg/parse.h"

namespace kg::test {

inline const parse::Model& parser_model() {
  static const parse::UdParser parser = [] {
    auto made = parse::UdParser::load();
    REQUIRE(made.ok());
    return std::move(made).value();
  }();
  return parser.model();
}

}  // namespace kg::test
