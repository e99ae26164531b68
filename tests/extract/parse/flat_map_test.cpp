#include "extract/parse/flat_map.h"

#include <doctest/doctest.h>

using namespace kg::parse;

TEST_CASE("FlatMap sets, replaces and finds values across growth") {
  FlatMap m;
  CHECK_FALSE(m.get(42).has_value());
  for (std::uint64_t k = 1; k <= 10000; ++k)
    m.set(k * 0x9e3779b97f4a7c15ULL, static_cast<std::uint32_t>(k));
  CHECK(m.size() == 10000);
  CHECK(m.get(5 * 0x9e3779b97f4a7c15ULL) == 5u);
  m.set(5 * 0x9e3779b97f4a7c15ULL, 99);
  CHECK(m.size() == 10000);
  CHECK(m.get(5 * 0x9e3779b97f4a7c15ULL) == 99u);
  std::size_t seen = 0;
  m.for_each([&](std::uint64_t, std::uint32_t) { ++seen; });
  CHECK(seen == 10000);
}
