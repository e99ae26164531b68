#include "extract/parse/weights.h"

#include <algorithm>
#include <cstdlib>

namespace kg::parse {
namespace {

std::int16_t saturate(std::int32_t v) {
  return static_cast<std::int16_t>(std::clamp<std::int32_t>(v, -32767, 32767));
}

}  // namespace

CompactWeights CompactWeights::build(std::vector<Row> rows, int classes) {
  std::sort(rows.begin(), rows.end(),
            [](const Row& a, const Row& b) { return key40(a.key) < key40(b.key); });
  std::vector<std::uint64_t> keys;
  std::vector<std::vector<Entry>> merged;
  for (Row& row : rows) {
    if (row.entries.empty()) continue;
    const std::uint64_t k = key40(row.key);
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

void CompactWeights::index(const std::vector<std::uint64_t>& keys40,
                           const std::vector<std::vector<Entry>>& rows) {
  features_ = keys40.size();
  keys40_ = keys40;
  std::size_t size = 16;
  while (size < features_ * 2) size *= 2;
  mask_ = size - 1;
  slots_.assign(size, Slot{});
  runs_.clear();
  dense_.clear();
  entries_ = 0;
  std::size_t total = 0;
  for (const auto& r : rows) total += r.size() < dense_from() ? r.size() + 1 : 1;
  runs_.reserve(total);
  for (std::size_t f = 0; f < features_; ++f) {
    const std::uint64_t k = keys40[f];
    std::size_t i = static_cast<std::size_t>(k) & mask_;
    while (slots_[i].offset != kEmpty) i = (i + 1) & mask_;
    slots_[i].check = static_cast<std::uint32_t>(k >> 8);
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
  for_each_row([&](std::uint64_t key40, const std::vector<Entry>& entries) {
    std::vector<Entry> kept;
    for (const Entry& e : entries)
      if (std::abs(e.weight) >= min_weight) kept.push_back(e);
    if (kept.empty()) return;
    keys.push_back(key40);
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
  // Rows in key order: the key as a delta, then the classes as deltas and
  // the weights as signed varints.
  std::uint64_t previous = 0;
  for_each_row([&](std::uint64_t key40, const std::vector<Entry>& entries) {
    out.varint(key40 - previous);
    previous = key40;
    out.varint(entries.size());
    std::uint32_t previous_class = 0;
    for (const Entry& e : entries) {
      out.varint(e.cls - previous_class);
      previous_class = e.cls;
      out.svarint(e.weight);
    }
  });
}

CompactWeights CompactWeights::read(ByteReader& in) {
  CompactWeights w;
  const std::uint64_t classes = in.varint();
  const std::size_t features = in.count(2);
  if (in.failed() || classes == 0 || classes > 65535) {
    in.fail();
    return w;
  }
  std::vector<std::uint64_t> keys(features);
  std::vector<std::vector<Entry>> rows(features);
  std::uint64_t previous = 0;
  for (std::size_t f = 0; f < features && !in.failed(); ++f) {
    const std::uint64_t delta = in.varint();
    if (f > 0 && delta == 0) in.fail();
    keys[f] = previous + delta;
    if (keys[f] >> 40 != 0) in.fail();
    previous = keys[f];
    const std::size_t n = in.count(2);
    std::uint64_t cls = 0;
    for (std::size_t i = 0; i < n && !in.failed(); ++i) {
      const std::uint64_t step = in.varint();
      if (i > 0 && step == 0) in.fail();
      cls += step;
      const std::int64_t weight = in.svarint();
      if (cls >= classes || weight < -32767 || weight > 32767) in.fail();
      rows[f].push_back({static_cast<std::uint16_t>(cls), static_cast<std::int16_t>(weight)});
    }
  }
  if (in.failed()) return w;
  w.classes_ = static_cast<int>(classes);
  w.index(keys, rows);
  return w;
}

}  // namespace kg::parse
