#include "extract/parse/perceptron.h"

#include <doctest/doctest.h>

#include <vector>

#include "extract/parse/hash.h"

using namespace kg::parse;

TEST_CASE("updates move scores towards the right class") {
  AveragedPerceptron p(3);
  const std::vector<std::uint64_t> f = {feature_key(1, 1), feature_key(2, 2)};
  std::int32_t s[3] = {0, 0, 0};
  p.add_scores(f, s);
  CHECK(s[0] == 0);
  p.update(f, 2, 0);
  p.tick();
  s[0] = s[1] = s[2] = 0;
  p.add_scores(f, s);
  CHECK(s[2] == 2);
  CHECK(s[0] == -2);
  CHECK(p.features() == 2);
}

TEST_CASE("averaging weighs each weight by how long it lasted") {
  AveragedPerceptron p(2);
  const std::vector<std::uint64_t> a = {feature_key(1, 1)};
  const std::vector<std::uint64_t> b = {feature_key(1, 2)};
  // Feature a is updated at the start, b at the very end: a's average is
  // close to its final weight, b's close to zero.
  p.update(a, 1, 0);
  for (int i = 0; i < 99; ++i) p.tick();
  p.update(b, 1, 0);
  p.tick();
  const CompactWeights w = p.average();
  std::int32_t sa[2] = {0, 0};
  std::int32_t sb[2] = {0, 0};
  w.add_scores(a, sa);
  w.add_scores(b, sb);
  CHECK(sa[1] == AveragedPerceptron::kMaxWeight);  // the largest magnitude
  CHECK(sa[0] == -AveragedPerceptron::kMaxWeight);
  CHECK(sb[1] >= 0);
  CHECK(sb[1] < 10);
}

TEST_CASE("features in too few updates are pruned") {
  AveragedPerceptron p(2);
  const std::vector<std::uint64_t> once = {feature_key(1, 1)};
  const std::vector<std::uint64_t> twice = {feature_key(1, 2)};
  p.update(once, 1, 0);
  p.update(twice, 1, 0);
  p.update(twice, 1, 0);
  p.tick();
  CHECK(p.average(1, 1).features() == 2);
  CHECK(p.average(1, 2).features() == 1);
}

TEST_CASE("rows grow dense past the inline classes and keep their weights") {
  AveragedPerceptron p(20);
  const std::vector<std::uint64_t> f = {feature_key(3, 3)};
  for (int c = 1; c < 20; ++c) p.update(f, c, 0);
  for (int i = 0; i < 4; ++i) p.update(f, 5, 6);
  p.tick();
  std::int32_t s[20] = {};
  p.add_scores(f, s);
  CHECK(s[0] == -19);
  CHECK(s[1] == 1);
  CHECK(s[5] == 5);
  CHECK(s[6] == -3);
  CHECK(s[19] == 1);
}

TEST_CASE("many features survive table growth") {
  AveragedPerceptron p(2);
  for (std::uint64_t i = 0; i < 100000; ++i)
    p.update(std::vector<std::uint64_t>{feature_key(7, i)}, 1, 0);
  CHECK(p.features() == 100000);
  std::int32_t s[2] = {0, 0};
  p.add_scores(std::vector<std::uint64_t>{feature_key(7, 12345)}, s);
  CHECK(s[1] == 1);
}
