// Hashing for feature keys: fixed 64-bit functions, identical on every
// platform and run, so that trained models and their feature keys are
// reproducible byte for byte.
#pragma once

#include <cstdint>
#include <string_view>

namespace kg::parse {

// The splitmix64 finaliser: a bijection that spreads every input bit.
constexpr std::uint64_t mix64(std::uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}

// FNV-1a over the bytes, finalised by mix64. Never 0 for a non-empty string
// in practice; hash_string("") is a fixed constant.
constexpr std::uint64_t hash_string(std::string_view s) {
  std::uint64_t h = 0xcbf29ce484222325ULL;
  for (const char c : s) {
    h ^= static_cast<unsigned char>(c);
    h *= 0x100000001b3ULL;
  }
  return mix64(h);
}

// Folds `value` into the running key `h`.
constexpr std::uint64_t hash_combine(std::uint64_t h, std::uint64_t value) {
  return mix64(h ^ (value + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2)));
}

// Key of feature template `id` with up to three values.
constexpr std::uint64_t feature_key(std::uint32_t id, std::uint64_t a) {
  return hash_combine(mix64(id + 1), a);
}
constexpr std::uint64_t feature_key(std::uint32_t id, std::uint64_t a, std::uint64_t b) {
  return hash_combine(feature_key(id, a), b);
}
constexpr std::uint64_t feature_key(std::uint32_t id, std::uint64_t a, std::uint64_t b,
                                    std::uint64_t c) {
  return hash_combine(feature_key(id, a, b), c);
}
constexpr std::uint64_t feature_key(std::uint32_t id, std::uint64_t a, std::uint64_t b,
                                    std::uint64_t c, std::uint64_t d) {
  return hash_combine(feature_key(id, a, b, c), d);
}

// A small deterministic generator (splitmix64) for shuffling and exploration.
class Rng {
 public:
  explicit Rng(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next() {
    state_ += 0x9e3779b97f4a7c15ULL;
    return mix64(state_);
  }
  // Uniform in [0, n), n > 0 (the modulo bias is negligible for small n).
  std::uint64_t below(std::uint64_t n) { return next() % n; }
  // Uniform in [0, 1).
  double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }

 private:
  std::uint64_t state_;
};

}  // namespace kg::parse
