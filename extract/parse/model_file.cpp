#include "extract/parse/model_file.h"

#include <cstring>

#include "extract/parse/hash.h"

namespace kg::parse {
namespace {

constexpr std::size_t kHeaderSize = 8 + 4 + 8 + 8;  // magic, version, payload size, checksum

std::uint64_t read_le(std::string_view s, std::size_t pos, int n) {
  std::uint64_t v = 0;
  for (int i = 0; i < n; ++i)
    v |= static_cast<std::uint64_t>(static_cast<unsigned char>(s[pos + i])) << (8 * i);
  return v;
}

}  // namespace

void ByteWriter::varint(std::uint64_t v) {
  while (v >= 0x80) {
    out_.push_back(static_cast<char>((v & 0x7f) | 0x80));
    v >>= 7;
  }
  out_.push_back(static_cast<char>(v));
}

std::uint64_t ByteReader::fixed(int n) {
  if (failed_ || data_.size() - pos_ < static_cast<std::size_t>(n)) {
    failed_ = true;
    return 0;
  }
  const std::uint64_t v = read_le(data_, pos_, n);
  pos_ += static_cast<std::size_t>(n);
  return v;
}

std::uint64_t ByteReader::varint() {
  std::uint64_t v = 0;
  for (int shift = 0; shift < 64; shift += 7) {
    if (failed_ || pos_ >= data_.size()) break;
    const auto byte = static_cast<unsigned char>(data_[pos_++]);
    v |= static_cast<std::uint64_t>(byte & 0x7f) << shift;
    if ((byte & 0x80) == 0) return v;
  }
  failed_ = true;
  return 0;
}

std::string_view ByteReader::str() {
  const std::size_t n = count(1);
  if (failed_) return {};
  const std::string_view s = data_.substr(pos_, n);
  pos_ += n;
  return s;
}

std::size_t ByteReader::count(std::size_t min_bytes) {
  const std::uint64_t n = varint();
  if (failed_ || (min_bytes > 0 && n > (data_.size() - pos_) / min_bytes)) {
    failed_ = true;
    return 0;
  }
  return static_cast<std::size_t>(n);
}

std::uint64_t checksum64(std::string_view data) {
  std::uint64_t h = 0xcbf29ce484222325ULL;
  std::size_t i = 0;
  for (; i + 8 <= data.size(); i += 8) {
    std::uint64_t word = 0;
    std::memcpy(&word, data.data() + i, 8);  // the model format is little-endian only
    h = (h ^ word) * 0x100000001b3ULL;
    h ^= h >> 29;
  }
  for (; i < data.size(); ++i) h = (h ^ static_cast<unsigned char>(data[i])) * 0x100000001b3ULL;
  return mix64(h ^ data.size());
}

std::string seal_model_file(std::string_view payload) {
  ByteWriter header;
  for (const char c : kModelMagic) header.u8(static_cast<std::uint8_t>(c));
  header.u32(kModelVersion);
  header.u64(payload.size());
  header.u64(checksum64(payload));
  std::string out = header.take();
  out.append(payload);
  return out;
}

Result<std::string_view> open_model_file(std::string_view file, const std::string& name) {
  if (file.size() < kHeaderSize || file.substr(0, kModelMagic.size()) != kModelMagic)
    return Status::InvalidInput(name + ": not a kg parser model");
  const auto version = static_cast<std::uint32_t>(read_le(file, 8, 4));
  if (version != kModelVersion) {
    return Status::InvalidInput(name + ": model format version " + std::to_string(version) +
                                ", this kg reads version " + std::to_string(kModelVersion));
  }
  const std::uint64_t size = read_le(file, 12, 8);
  const std::uint64_t sum = read_le(file, 20, 8);
  const std::string_view payload = file.substr(kHeaderSize);
  if (payload.size() < size) {
    return Status::InvalidInput(name + ": truncated model (" + std::to_string(payload.size()) +
                                " of " + std::to_string(size) + " payload bytes)");
  }
  if (payload.size() > size)
    return Status::InvalidInput(name + ": corrupt model (trailing bytes after the payload)");
  if (checksum64(payload) != sum)
    return Status::InvalidInput(name + ": corrupt model (checksum mismatch)");
  return payload;
}

}  // namespace kg::parse
