// The container of a model file: a fixed header that names the format, its
// version, the payload size and a checksum, then the payload, which
// ByteWriter writes and ByteReader reads (little-endian integers, LEB128
// varints, length-prefixed strings).
//
// open_model_file rejects, each with a one-line InvalidInput naming the file:
// a file too short for the header or not starting with the magic ("not a kg
// parser model"), another format version, a payload shorter or longer than
// the header says ("truncated"/"trailing bytes") and a checksum mismatch
// ("corrupt"). A payload that passes these checks but cannot be read is
// reported by the reader's user through ByteReader::failed().
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "kg/status.h"

namespace kg::parse {

inline constexpr std::string_view kModelMagic = "KGUDMODL";
inline constexpr std::uint32_t kModelVersion = 1;

class ByteWriter {
 public:
  void u8(std::uint8_t v) { out_.push_back(static_cast<char>(v)); }
  void u16(std::uint16_t v) { fixed(v, 2); }
  void u32(std::uint32_t v) { fixed(v, 4); }
  void u64(std::uint64_t v) { fixed(v, 8); }
  void varint(std::uint64_t v);
  void svarint(std::int64_t v) {
    varint((static_cast<std::uint64_t>(v) << 1) ^ static_cast<std::uint64_t>(v >> 63));
  }
  void str(std::string_view s) {
    varint(s.size());
    out_.append(s);
  }
  const std::string& bytes() const { return out_; }
  std::string take() { return std::move(out_); }

 private:
  void fixed(std::uint64_t v, int n) {
    for (int i = 0; i < n; ++i) out_.push_back(static_cast<char>((v >> (8 * i)) & 0xff));
  }
  std::string out_;
};

// Reads what ByteWriter wrote. A read past the end, an overlong varint or a
// string longer than what is left sets failed() and returns zero or empty;
// callers check failed() once after a section.
class ByteReader {
 public:
  explicit ByteReader(std::string_view data) : data_(data) {}
  std::uint8_t u8() { return static_cast<std::uint8_t>(fixed(1)); }
  std::uint16_t u16() { return static_cast<std::uint16_t>(fixed(2)); }
  std::uint32_t u32() { return static_cast<std::uint32_t>(fixed(4)); }
  std::uint64_t u64() { return fixed(8); }
  std::uint64_t varint();
  std::int64_t svarint() {
    const std::uint64_t v = varint();
    return static_cast<std::int64_t>(v >> 1) ^ -static_cast<std::int64_t>(v & 1);
  }
  std::string_view str();
  // A count that must not exceed what is left at `min_bytes` bytes per item.
  std::size_t count(std::size_t min_bytes = 1);
  bool failed() const { return failed_; }
  bool at_end() const { return pos_ == data_.size(); }
  void fail() { failed_ = true; }

 private:
  std::uint64_t fixed(int n);
  std::string_view data_;
  std::size_t pos_ = 0;
  bool failed_ = false;
};

// 64-bit checksum of `data` (FNV-1a over 8-byte words, mixed).
std::uint64_t checksum64(std::string_view data);

// Header + payload.
std::string seal_model_file(std::string_view payload);

// The payload of a sealed file, checked as described above; `name` starts
// every message.
Result<std::string_view> open_model_file(std::string_view file, const std::string& name);

}  // namespace kg::parse
