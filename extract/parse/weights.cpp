#include "extract/parse/weights.h"

#include <algorithm>
#include <bit>
#include <cstdlib>

namespace kg::parse {
namespace {

std::int16_t saturate(std::int32_t v) {
  return static_cast<std::int16_t>(std::clamp<std::int32_t>(v, -32767, 32767));
}

}  // namespace

CompactWeights CompactWeights::build(std::vector<Row> rows, int classes) {
  std::sort(rows.begin(), rows.end(),
            [](const Row& a, const Row& b) { return short_key(a.key) < short_key(b.key); });
  std::vector<std::uint64_t> keys;
  std::vector<std::vector<Entry>> merged;
  for (Row& row : rows) {
    if (row.entries.empty()) continue;
    const std::uint64_t k = short_key(row.key);
    if (!keys.empty() && keys.back() == k) {
      std::vector<Entry>& into = merged.back();
      for (const Entry& e : row.entries) {
        auto it =
            std::find_if(into.begin(), into.end(), [&](const Entry& x) { return x.cls == e.cls; });
        if (it == into.end()) {
          into.push_back(e);
        } else {
          it->weight = saturate(it->weight + e.weight);
        }
      }
      continue;
    }
    keys.push_back(k);
    merged.push_back(std::move(row.entries));
  }
  for (std::vector<Entry>& entries : merged) {
    std::sort(entries.begin(), entries.end(),
              [](const Entry& a, const Entry& b) { return a.cls < b.cls; });
  }
  CompactWeights w;
  w.classes_ = classes;
  w.index(keys, merged);
  return w;
}

void CompactWeights::index(const std::vector<std::uint64_t>& short_keys,
                           const std::vector<std::vector<Entry>>& rows) {
  features_ = short_keys.size();
  short_keys_ = short_keys;
  std::size_t size = 16;
  while (size < features_ * 2) size *= 2;
  mask_ = size - 1;
  shift_ = kKeyBits - std::countr_zero(size);
  slots_.assign(size, Slot{});
  runs_.clear();
  dense_.clear();
  entries_ = 0;
  std::size_t total = 0;
  for (const auto& r : rows) total += r.size() < dense_from() ? r.size() + 1 : 1;
  runs_.reserve(total);
  for (std::size_t f = 0; f < features_; ++f) {
    const std::uint64_t k = short_keys[f];
    std::size_t i = home(k);
    while (slots_[i].offset != kEmpty) i = (i + 1) & mask_;
    slots_[i].check = check_of(k);
    slots_[i].offset = static_cast<std::uint32_t>(runs_.size());
    entries_ += rows[f].size();
    if (rows[f].size() >= dense_from()) {
      const std::size_t row = dense_.size() / static_cast<std::size_t>(classes_);
      runs_.push_back(kDense | static_cast<std::uint32_t>(row));
      dense_.resize(dense_.size() + static_cast<std::size_t>(classes_), 0);
      for (const Entry& e : rows[f])
        dense_[row * static_cast<std::size_t>(classes_) + e.cls] = e.weight;
      continue;
    }
    runs_.push_back(static_cast<std::uint32_t>(rows[f].size()));
    for (const Entry& e : rows[f]) {
      runs_.push_back(static_cast<std::uint32_t>(e.cls) << 16 |
                      static_cast<std::uint16_t>(e.weight));
    }
  }
}

CompactWeights CompactWeights::pruned(int min_weight) const {
  std::vector<std::uint64_t> keys;
  std::vector<std::vector<Entry>> rows;
  for_each_row([&](std::uint64_t key, const std::vector<Entry>& entries) {
    std::vector<Entry> kept;
    for (const Entry& e : entries)
      if (std::abs(e.weight) >= min_weight) kept.push_back(e);
    if (kept.empty()) return;
    keys.push_back(key);
    rows.push_back(std::move(kept));
  });
  CompactWeights w;
  w.classes_ = classes_;
  w.index(keys, rows);
  return w;
}

void CompactWeights::write(ByteWriter& out) const {
  out.varint(static_cast<std::uint64_t>(classes_));
  out.varint(features_);
  // Rows in key order: the key as a delta, shifted left by 4 bits that hold
  // the entry count (15: the count minus 15 follows); then per entry one
  // byte of two nibbles, the class as a delta from the previous entry's
  // (0..14; 15: a varint follows) and the weight plus 8 (1..15 for -7..7;
  // 0: a signed varint follows). Most entries take that one byte.
  std::uint64_t previous = 0;
  for_each_row([&](std::uint64_t key, const std::vector<Entry>& entries) {
    const std::uint64_t n = entries.size();
    out.varint((key - previous) << 4 | std::min<std::uint64_t>(n, 15));
    if (n >= 15) out.varint(n - 15);
    previous = key;
    std::uint32_t previous_class = 0;
    for (const Entry& e : entries) {
      const std::uint32_t delta = e.cls - previous_class;
      previous_class = e.cls;
      const bool short_delta = delta < 15;
      const bool short_weight = e.weight >= -7 && e.weight <= 7 && e.weight != 0;
      out.u8(static_cast<std::uint8_t>((short_delta ? delta : 15) << 4 |
                                       (short_weight ? e.weight + 8 : 0)));
      if (!short_delta) out.varint(delta);
      if (!short_weight) out.svarint(e.weight);
    }
  });
}

CompactWeights CompactWeights::read(ByteReader& in) {
  // Decodes straight into the lookup table: no row is built on the way.
  CompactWeights w;
  const std::uint64_t classes = in.varint();
  const std::size_t features = in.count(2);  // a feature takes 2 bytes at least
  if (in.failed() || classes == 0 || classes > 65535) {
    in.fail();
    return w;
  }
  w.classes_ = static_cast<int>(classes);
  w.features_ = features;
  std::size_t size = 16;
  while (size < features * 2) size *= 2;
  w.mask_ = size - 1;
  w.shift_ = kKeyBits - std::countr_zero(size);
  w.slots_.assign(size, Slot{});
  w.short_keys_.resize(features);
  w.runs_.reserve(features * 3);
  const std::size_t dense_from = w.dense_from();
  std::uint64_t key = 0;
  std::vector<Entry> entries;
  for (std::size_t f = 0; f < features && !in.failed(); ++f) {
    const std::uint64_t head = in.varint();
    const std::uint64_t delta = head >> 4;
    if (f > 0 && delta == 0) in.fail();
    key += delta;
    if (key >> kKeyBits != 0) in.fail();
    w.short_keys_[f] = key;
    std::size_t n = head & 15;
    if (n == 15) n += in.count(1);
    if (n == 0) in.fail();
    entries.clear();
    std::uint64_t cls = 0;
    for (std::size_t i = 0; i < n && !in.failed(); ++i) {
      const std::uint8_t packed = in.u8();
      const std::uint64_t step = (packed >> 4) < 15 ? packed >> 4 : in.varint();
      if (i > 0 && step == 0) in.fail();
      cls += step;
      const std::int64_t weight = (packed & 15) != 0 ? (packed & 15) - 8 : in.svarint();
      if (cls >= classes || weight < -32767 || weight > 32767) in.fail();
      entries.push_back({static_cast<std::uint16_t>(cls), static_cast<std::int16_t>(weight)});
    }
    if (in.failed()) break;
    std::size_t i = w.home(key);
    while (w.slots_[i].offset != kEmpty) i = (i + 1) & w.mask_;
    w.slots_[i].check = check_of(key);
    w.slots_[i].offset = static_cast<std::uint32_t>(w.runs_.size());
    w.entries_ += n;
    if (n >= dense_from) {
      const std::size_t row = w.dense_.size() / classes;
      w.runs_.push_back(kDense | static_cast<std::uint32_t>(row));
      w.dense_.resize(w.dense_.size() + classes, 0);
      for (const Entry& e : entries) w.dense_[row * classes + e.cls] = e.weight;
      continue;
    }
    w.runs_.push_back(static_cast<std::uint32_t>(n));
    for (const Entry& e : entries)
      w.runs_.push_back(static_cast<std::uint32_t>(e.cls) << 16 |
                        static_cast<std::uint16_t>(e.weight));
  }
  return w;
}

}  // namespace kg::parse
