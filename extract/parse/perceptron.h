// AveragedPerceptron: the training side of a multi-class linear model over
// hashed features (Collins 2002, with the averaging trick of Daume 2006).
// Weights are integers (each update adds +1 to the right class and -1 to the
// predicted one), so training is exact and reproducible; the averaged weights
// come out quantised as CompactWeights, the table a model predicts with.
//
// Only features that took part in an update are stored: a feature that never
// met an error has weight zero everywhere. Each feature is one 64-byte slot
// of an open-addressing table holding its first classes inline, so scoring a
// feature costs one cache line; scoring prefetches all slots first.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "extract/parse/huge_pages.h"
#include "extract/parse/weights.h"

namespace kg::parse {

class AveragedPerceptron {
 public:
  explicit AveragedPerceptron(int classes);

  int classes() const { return classes_; }
  std::size_t features() const { return size_; }

  // scores[c] += current weight of (key, c) for every key.
  void add_scores(std::span<const std::uint64_t> keys, std::int32_t* scores) const;

  // Rewards class `good` and penalises class `bad` (good != bad) on every key.
  void update(std::span<const std::uint64_t> keys, int good, int bad);

  // Advances the averaging clock by one training instance.
  void tick() { ++clock_; }

  // The averaged weights, scaled so that the largest magnitude becomes
  // kMaxWeight and rounded (coarser weights make a smaller model file and
  // score as well); entries whose rounded magnitude is below `min_weight` are
  // dropped, and so are features that took part in fewer than `min_updates`
  // updates or are left without entries.
  static constexpr int kMaxWeight = 255;
  CompactWeights average(int min_weight = 1, int min_updates = 1) const;

 private:
  // A feature keeps up to kInline classes in its slot; beyond that all its
  // classes move to a dense row (one weight per class), which is scored by
  // a vectorisable loop.
  static constexpr int kInline = 6;
  struct Entry {
    std::int32_t cls = 0;
    std::int32_t weight = 0;
  };
  struct alignas(64) Slot {
    std::uint64_t key = 0;  // 0: empty
    std::uint32_t count = 0;
    std::uint32_t dense = 0;  // 1 + index of its dense row, 0 when inline
    Entry entries[kInline];
  };
  struct Totals {
    std::array<std::int64_t, kInline> inline_totals{};
    std::uint32_t updates = 0;  // updates the feature took part in
  };

  std::size_t find(std::uint64_t key) const;  // slot index, or kMissing
  std::size_t find_or_add(std::uint64_t key);
  void add(std::size_t slot, int cls, int change);
  void grow();
  template <typename F>
  void for_each_entry(std::size_t slot, F&& f) const;

  static constexpr std::size_t kMissing = ~std::size_t{0};
  int classes_;
  std::int64_t clock_ = 1;
  std::vector<Slot, HugePageAllocator<Slot>> slots_;
  std::vector<Totals, HugePageAllocator<Totals>> totals_;
  std::vector<std::int32_t> dense_weights_;  // classes_ per dense row
  std::vector<std::int64_t> dense_totals_;
  std::size_t dense_rows_ = 0;
  std::size_t mask_ = 0;
  std::size_t size_ = 0;
};

}  // namespace kg::parse
