#include "extract/parse/perceptron.h"

#include <algorithm>
#include <cmath>

namespace kg::parse {
namespace {

// Key 0 marks an empty slot; a real key of 0 is stored as 1.
std::uint64_t stored(std::uint64_t key) { return key == 0 ? 1 : key; }

}  // namespace

AveragedPerceptron::AveragedPerceptron(int classes) : classes_(classes) {
  slots_.assign(std::size_t{1} << 16, Slot{});
  totals_.assign(slots_.size(), Totals{});
  mask_ = slots_.size() - 1;
}

std::size_t AveragedPerceptron::find(std::uint64_t key) const {
  key = stored(key);
  std::size_t i = static_cast<std::size_t>(key) & mask_;
  while (slots_[i].key != 0) {
    if (slots_[i].key == key) return i;
    i = (i + 1) & mask_;
  }
  return kMissing;
}

std::size_t AveragedPerceptron::find_or_add(std::uint64_t key) {
  key = stored(key);
  std::size_t i = static_cast<std::size_t>(key) & mask_;
  while (slots_[i].key != 0) {
    if (slots_[i].key == key) return i;
    i = (i + 1) & mask_;
  }
  if ((size_ + 1) * 2 > slots_.size()) {
    grow();
    return find_or_add(key);
  }
  slots_[i].key = key;
  ++size_;
  return i;
}

void AveragedPerceptron::grow() {
  std::vector<Slot, HugePageAllocator<Slot>> slots(slots_.size() * 2, Slot{});
  std::vector<Totals, HugePageAllocator<Totals>> totals(slots.size(), Totals{});
  const std::size_t mask = slots.size() - 1;
  for (std::size_t j = 0; j < slots_.size(); ++j) {
    if (slots_[j].key == 0) continue;
    std::size_t i = static_cast<std::size_t>(slots_[j].key) & mask;
    while (slots[i].key != 0) i = (i + 1) & mask;
    slots[i] = slots_[j];
    totals[i] = totals_[j];
  }
  slots_ = std::move(slots);
  totals_ = std::move(totals);
  mask_ = mask;
}

template <typename F>
void AveragedPerceptron::for_each_entry(std::size_t slot, F&& f) const {
  const Slot& s = slots_[slot];
  if (s.dense != 0) {
    const std::size_t base = (s.dense - 1) * static_cast<std::size_t>(classes_);
    for (int c = 0; c < classes_; ++c) {
      const std::int32_t w = dense_weights_[base + c];
      const std::int64_t t = dense_totals_[base + c];
      if (w != 0 || t != 0) f(Entry{c, w}, t);
    }
    return;
  }
  for (std::uint32_t i = 0; i < s.count; ++i) f(s.entries[i], totals_[slot].inline_totals[i]);
}

void AveragedPerceptron::add_scores(std::span<const std::uint64_t> keys,
                                    std::int32_t* __restrict scores) const {
  const int classes = classes_;
  for (const std::uint64_t key : keys)
    __builtin_prefetch(&slots_[static_cast<std::size_t>(stored(key)) & mask_]);
  for (const std::uint64_t key : keys) {
    const std::size_t slot = find(key);
    if (slot == kMissing) continue;
    const Slot& s = slots_[slot];
    if (s.dense != 0) {
      const std::int32_t* __restrict row =
          dense_weights_.data() + (s.dense - 1) * static_cast<std::size_t>(classes);
      for (int c = 0; c < classes; ++c) scores[c] += row[c];
      continue;
    }
    for (std::uint32_t i = 0; i < s.count; ++i) scores[s.entries[i].cls] += s.entries[i].weight;
  }
}

void AveragedPerceptron::add(std::size_t slot, int cls, int change) {
  Slot& s = slots_[slot];
  if (s.dense == 0) {
    for (std::uint32_t i = 0; i < s.count; ++i) {
      if (s.entries[i].cls == cls) {
        s.entries[i].weight += change;
        totals_[slot].inline_totals[i] += clock_ * change;
        return;
      }
    }
    if (s.count < kInline) {
      s.entries[s.count] = {cls, change};
      totals_[slot].inline_totals[s.count] = clock_ * change;
      ++s.count;
      return;
    }
    // Full: move the feature to a dense row.
    const std::size_t base = dense_rows_ * static_cast<std::size_t>(classes_);
    dense_weights_.resize(base + static_cast<std::size_t>(classes_), 0);
    dense_totals_.resize(base + static_cast<std::size_t>(classes_), 0);
    for (std::uint32_t i = 0; i < s.count; ++i) {
      dense_weights_[base + s.entries[i].cls] = s.entries[i].weight;
      dense_totals_[base + s.entries[i].cls] = totals_[slot].inline_totals[i];
    }
    ++dense_rows_;
    s.dense = static_cast<std::uint32_t>(dense_rows_);
  }
  const std::size_t at = (s.dense - 1) * static_cast<std::size_t>(classes_) + cls;
  dense_weights_[at] += change;
  dense_totals_[at] += clock_ * change;
}

void AveragedPerceptron::update(std::span<const std::uint64_t> keys, int good, int bad) {
  for (const std::uint64_t key : keys) {
    const std::size_t slot = find_or_add(key);
    ++totals_[slot].updates;
    add(slot, good, 1);
    add(slot, bad, -1);
  }
}

CompactWeights AveragedPerceptron::average(int min_weight, int min_updates) const {
  const double clock = static_cast<double>(clock_);
  const auto averaged = [&](const Entry& e, std::int64_t total) {
    return e.weight - static_cast<double>(total) / clock;
  };
  double largest = 0;
  for (std::size_t slot = 0; slot < slots_.size(); ++slot) {
    if (slots_[slot].key == 0) continue;
    for_each_entry(slot, [&](const Entry& e, std::int64_t total) {
      largest = std::max(largest, std::abs(averaged(e, total)));
    });
  }
  const double scale = largest > 0 ? kMaxWeight / largest : 1.0;
  std::vector<CompactWeights::Row> out;
  out.reserve(size_);
  for (std::size_t slot = 0; slot < slots_.size(); ++slot) {
    if (slots_[slot].key == 0 || totals_[slot].updates < static_cast<std::uint32_t>(min_updates))
      continue;
    CompactWeights::Row row;
    row.key = slots_[slot].key;
    for_each_entry(slot, [&](const Entry& e, std::int64_t total) {
      const long q = std::lround(averaged(e, total) * scale);
      if (q == 0 || std::labs(q) < min_weight) return;
      row.entries.push_back({static_cast<std::uint16_t>(e.cls), static_cast<std::int16_t>(q)});
    });
    if (!row.entries.empty()) out.push_back(std::move(row));
  }
  return CompactWeights::build(std::move(out), classes_);
}

}  // namespace kg::parse
