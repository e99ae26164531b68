#include "extract/parse/weights.h"

#include <doctest/doctest.h>

#include <vector>

#include "extract/parse/hash.h"

using namespace kg::parse;

namespace {

CompactWeights sample_weights() {
  std::vector<CompactWeights::Row> rows;
  rows.push_back({feature_key(1, 10), {{0, 5}, {2, -3}}});
  rows.push_back({feature_key(1, 11), {{1, 7}}});
  // A feature with many classes is stored densely.
  CompactWeights::Row dense{feature_key(2, 5), {}};
  for (std::uint16_t c = 0; c < 40; ++c) dense.entries.push_back({c, static_cast<std::int16_t>(c)});
  rows.push_back(dense);
  return CompactWeights::build(rows, 40);
}

std::vector<std::int32_t> scores(const CompactWeights& w, std::vector<std::uint64_t> keys) {
  std::vector<std::int32_t> s(static_cast<std::size_t>(w.classes()), 0);
  w.add_scores(keys, s.data());
  return s;
}

}  // namespace

TEST_CASE("scores add the weights of known features and ignore unknown ones") {
  const CompactWeights w = sample_weights();
  CHECK(w.features() == 3);
  CHECK(w.entries() == 43);
  const auto s = scores(w, {feature_key(1, 10), feature_key(1, 11), feature_key(9, 9)});
  CHECK(s[0] == 5);
  CHECK(s[1] == 7);
  CHECK(s[2] == -3);
  CHECK(s[3] == 0);
  const auto d = scores(w, {feature_key(2, 5), feature_key(1, 10)});
  CHECK(d[0] == 5);
  CHECK(d[2] == -1);
  CHECK(d[39] == 39);
}

TEST_CASE("write and read give the same table") {
  const CompactWeights w = sample_weights();
  ByteWriter out;
  w.write(out);
  ByteReader in(out.bytes());
  const CompactWeights back = CompactWeights::read(in);
  REQUIRE_FALSE(in.failed());
  CHECK(in.at_end());
  const std::vector<std::uint64_t> keys = {feature_key(1, 10), feature_key(1, 11),
                                           feature_key(2, 5)};
  CHECK(scores(back, keys) == scores(w, keys));
  ByteWriter again;
  back.write(again);
  CHECK(again.bytes() == out.bytes());
}

TEST_CASE("malformed tables set the reader's failure flag") {
  const CompactWeights w = sample_weights();
  ByteWriter out;
  w.write(out);
  ByteReader truncated(std::string_view(out.bytes()).substr(0, out.bytes().size() - 2));
  CompactWeights::read(truncated);
  CHECK(truncated.failed());
  ByteWriter bad;
  bad.varint(3);           // classes
  bad.varint(1);           // features
  bad.varint(5 << 4 | 1);  // key delta 5, one entry
  bad.u8(7 << 4 | 9);      // class 7 >= 3, weight 1
  ByteReader in(bad.bytes());
  CompactWeights::read(in);
  CHECK(in.failed());
}

TEST_CASE("entries with small class steps and weights take one byte") {
  std::vector<CompactWeights::Row> rows;
  rows.push_back({feature_key(1, 1), {{0, 1}, {3, -7}, {10, 7}}});
  rows.push_back({feature_key(1, 2), {{0, 200}, {100, -300}}});  // both need varints
  const CompactWeights w = CompactWeights::build(rows, 128);
  ByteWriter out;
  w.write(out);
  ByteReader in(out.bytes());
  const CompactWeights back = CompactWeights::read(in);
  REQUIRE_FALSE(in.failed());
  std::vector<std::int32_t> s(128, 0);
  back.add_scores(std::vector<std::uint64_t>{feature_key(1, 1), feature_key(1, 2)}, s.data());
  CHECK(s[0] == 201);
  CHECK(s[3] == -7);
  CHECK(s[10] == 7);
  CHECK(s[100] == -300);
}

TEST_CASE("pruning drops small weights and empty features") {
  const CompactWeights w = sample_weights();
  const CompactWeights p = w.pruned(6);
  CHECK(p.features() == 2);
  const auto s = scores(p, {feature_key(1, 10), feature_key(1, 11), feature_key(2, 5)});
  CHECK(s[0] == 0);
  CHECK(s[1] == 7);
  CHECK(s[5] == 0);
  CHECK(s[6] == 6);
}
