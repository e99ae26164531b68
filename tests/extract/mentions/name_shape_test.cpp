#include "extract/mentions/name_shape.h"

#include <doctest/doctest.h>

using namespace kg::extract;

TEST_CASE("prefixed name words") {
  const auto ts = tokenize("met el-Baradei and al-Khatib, not al- or d'accord or a-Z");
  CHECK(is_prefixed_name(ts[1]));  // el-Baradei
  CHECK(is_prefixed_name(ts[3]));  // al-Khatib
  for (std::size_t k = 5; k < ts.size(); ++k) CHECK_FALSE(is_prefixed_name(ts[k]));
  CHECK(is_name_word(ts[1]));
  CHECK_FALSE(is_name_word(ts[0]));
}

TEST_CASE("particles count only before a name word") {
  const auto ts = tokenize("Gustavo van der Meer and Ana de la Cruz ibn Rushd de facto");
  CHECK(particles_before_name(ts, 1) == 2);   // van der Meer
  CHECK(particles_before_name(ts, 6) == 2);   // de la Cruz
  CHECK(particles_before_name(ts, 9) == 1);   // ibn Rushd
  CHECK(particles_before_name(ts, 11) == 0);  // de facto
  CHECK(particles_before_name(ts, 4) == 0);   // "and" is no particle
  CHECK(particles_before_name(ts, 100) == 0);
}
