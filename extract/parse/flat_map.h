// FlatMap: an open-addressing hash map from 64-bit keys (already hashed, see
// hash.h) to 32-bit values, for the lexicons the tagger and lemmatiser look
// words up in. Lookups are const and thread-safe; insertions are not.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

namespace kg::parse {

class FlatMap {
 public:
  FlatMap() { rehash(16); }

  std::size_t size() const { return size_; }

  // Makes room for `n` entries without rehashing.
  void reserve(std::size_t n) {
    std::size_t size = keys_.size();
    while (size < n * 2) size *= 2;
    if (size != keys_.size()) rehash(size);
  }

  // Sets the value of `key` (replacing an earlier one).
  void set(std::uint64_t key, std::uint32_t value) {
    key = stored(key);
    if ((size_ + 1) * 2 > keys_.size()) rehash(keys_.size() * 2);
    std::size_t i = static_cast<std::size_t>(key) & mask_;
    while (keys_[i] != 0 && keys_[i] != key) i = (i + 1) & mask_;
    if (keys_[i] == 0) ++size_;
    keys_[i] = key;
    values_[i] = value;
  }

  std::optional<std::uint32_t> get(std::uint64_t key) const {
    key = stored(key);
    std::size_t i = static_cast<std::size_t>(key) & mask_;
    while (keys_[i] != 0) {
      if (keys_[i] == key) return values_[i];
      i = (i + 1) & mask_;
    }
    return std::nullopt;
  }

  // Calls f(key, value) for every entry, in slot order.
  template <typename F>
  void for_each(F&& f) const {
    for (std::size_t i = 0; i < keys_.size(); ++i)
      if (keys_[i] != 0) f(keys_[i], values_[i]);
  }

 private:
  static std::uint64_t stored(std::uint64_t key) { return key == 0 ? 1 : key; }

  void rehash(std::size_t size) {
    std::vector<std::uint64_t> keys(size, 0);
    std::vector<std::uint32_t> values(size, 0);
    const std::size_t mask = size - 1;
    for (std::size_t j = 0; j < keys_.size(); ++j) {
      if (keys_[j] == 0) continue;
      std::size_t i = static_cast<std::size_t>(keys_[j]) & mask;
      while (keys[i] != 0) i = (i + 1) & mask;
      keys[i] = keys_[j];
      values[i] = values_[j];
    }
    keys_ = std::move(keys);
    values_ = std::move(values);
    mask_ = mask;
  }

  std::vector<std::uint64_t> keys_;
  std::vector<std::uint32_t> values_;
  std::size_t mask_ = 0;
  std::size_t size_ = 0;
};

}  // namespace kg::parse
