// CompactWeights: the read-only (feature, class) -> weight table a trained
// model predicts with. Features are 64-bit keys (hash.h); each keeps only its
// non-zero classes, as 16-bit weights, so a feature costs one hash probe and
// a short run of (class, weight) pairs. Scores are integer sums: the same on
// every machine and thread.
//
// The table is stored by kKeyBits (36) bits of each key: two features of a
// million-feature model share a row a few times at most, and a feature absent
// from the model is taken for a present one about once in four billion
// lookups (the slot compares 32 of the bits, its position holds the rest).
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "extract/parse/huge_pages.h"
#include "extract/parse/model_file.h"

namespace kg::parse {

class CompactWeights {
 public:
  struct Entry {
    std::uint16_t cls = 0;
    std::int16_t weight = 0;
  };
  struct Row {
    std::uint64_t key = 0;  // the full feature key
    std::vector<Entry> entries;
  };

  CompactWeights() : slots_(1) {}

  // Rows with equal short keys are merged (weights added, saturated).
  static CompactWeights build(std::vector<Row> rows, int classes);

  int classes() const { return classes_; }
  std::size_t features() const { return features_; }
  std::size_t entries() const { return entries_; }

  // scores[c] += weight(key, c) for every key; scores has classes() items.
  // The keys' slots, then their runs, are prefetched before they are read,
  // so the cache misses of different keys overlap.
  void add_scores(std::span<const std::uint64_t> keys, std::int32_t* __restrict scores) const {
    constexpr std::size_t kChunk = 64;
    const int classes = classes_;
    const std::uint32_t* runs[kChunk];
    for (std::size_t begin = 0; begin < keys.size(); begin += kChunk) {
      const std::size_t end = std::min(keys.size(), begin + kChunk);
      for (std::size_t k = begin; k < end; ++k)
        __builtin_prefetch(&slots_[home(short_key(keys[k]))]);
      std::size_t found = 0;
      for (std::size_t k = begin; k < end; ++k) {
        const std::uint32_t* run = find(keys[k]);
        if (run == nullptr) continue;
        __builtin_prefetch(run);
        runs[found++] = run;
      }
      for (std::size_t r = 0; r < found; ++r) {
        const std::uint32_t* run = runs[r];
        const std::uint32_t n = run[0];
        if (n & kDense) {
          const std::int16_t* __restrict row =
              dense_.data() + (n & ~kDense) * static_cast<std::size_t>(classes);
          for (int c = 0; c < classes; ++c) scores[c] += row[c];
          continue;
        }
        for (std::uint32_t i = 1; i <= n; ++i)
          scores[run[i] >> 16] += static_cast<std::int16_t>(run[i] & 0xffff);
      }
    }
  }

  // A copy without the entries of magnitude below `min_weight` and without
  // the features left empty.
  CompactWeights pruned(int min_weight) const;

  // Calls f(short_key, entries) for every feature in key order.
  template <typename F>
  void for_each_row(F&& f) const;

  void write(ByteWriter& out) const;
  // Reads what write wrote; sets in.failed() on malformed data.
  static CompactWeights read(ByteReader& in);

 private:
  struct Slot {
    std::uint32_t check = 0;
    std::uint32_t offset = kEmpty;
  };
  static constexpr std::uint32_t kEmpty = 0xffffffffu;
  // A run header with this bit set holds the index of a dense row of dense_.
  static constexpr std::uint32_t kDense = 0x80000000u;
  // Features with at least this many classes are stored densely.
  std::size_t dense_from() const {
    return std::max<std::size_t>(16, static_cast<std::size_t>(classes_) / 4);
  }
  static constexpr int kKeyBits = 36;
  static std::uint64_t short_key(std::uint64_t key) { return key >> (64 - kKeyBits); }
  static std::uint64_t full_key(std::uint64_t k) { return k << (64 - kKeyBits); }
  // A short key's first slot comes from its top bits (so keys in order fill
  // the table front to back), the 32 bits the slot compares from the rest.
  std::size_t home(std::uint64_t k) const { return static_cast<std::size_t>(k >> shift_); }
  static std::uint32_t check_of(std::uint64_t k) { return static_cast<std::uint32_t>(k); }

  const std::uint32_t* find(std::uint64_t key) const {
    const std::uint64_t k = short_key(key);
    const auto check = check_of(k);
    std::size_t i = home(k);
    while (slots_[i].offset != kEmpty) {
      if (slots_[i].check == check) return runs_.data() + slots_[i].offset;
      i = (i + 1) & mask_;
    }
    return nullptr;
  }

  // Fills slots_ and runs_ from rows sorted by short key.
  void index(const std::vector<std::uint64_t>& short_keys,
             const std::vector<std::vector<Entry>>& rows);

  int classes_ = 0;
  std::size_t features_ = 0;
  std::size_t entries_ = 0;
  std::size_t mask_ = 0;
  int shift_ = kKeyBits;  // kKeyBits - log2(table size)
  std::vector<Slot, HugePageAllocator<Slot>> slots_;
  std::vector<std::uint32_t, HugePageAllocator<std::uint32_t>> runs_;
  std::vector<std::int16_t>
      dense_;  // classes_ weights per dense row  // per feature: count, then (class << 16 | weight)
  std::vector<std::uint64_t> short_keys_;  // sorted, for write
};

template <typename F>
void CompactWeights::for_each_row(F&& f) const {
  std::vector<Entry> entries;
  for (std::size_t i = 0; i < features_; ++i) {
    const std::uint64_t k = short_keys_[i];
    const std::uint32_t* run = find(full_key(k));
    entries.clear();
    if (run[0] & kDense) {
      const std::int16_t* row =
          dense_.data() + (run[0] & ~kDense) * static_cast<std::size_t>(classes_);
      for (int c = 0; c < classes_; ++c)
        if (row[c] != 0) entries.push_back({static_cast<std::uint16_t>(c), row[c]});
    } else {
      for (std::uint32_t j = 1; j <= run[0]; ++j)
        entries.push_back(
            {static_cast<std::uint16_t>(run[j] >> 16), static_cast<std::int16_t>(run[j] & 0xffff)});
    }
    f(k, entries);
  }
}

}  // namespace kg::parse
