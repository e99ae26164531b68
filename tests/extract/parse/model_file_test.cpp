#include "extract/parse/model_file.h"

#include <doctest/doctest.h>

using namespace kg::parse;

TEST_CASE("ByteWriter and ByteReader round trip") {
  ByteWriter out;
  out.u8(7);
  out.u16(0xbeef);
  out.u32(0xdeadbeef);
  out.u64(0x0123456789abcdefULL);
  out.varint(0);
  out.varint(300);
  out.varint(~0ULL);
  out.svarint(-5);
  out.svarint(1234567);
  out.str("héllo");
  ByteReader in(out.bytes());
  CHECK(in.u8() == 7);
  CHECK(in.u16() == 0xbeef);
  CHECK(in.u32() == 0xdeadbeef);
  CHECK(in.u64() == 0x0123456789abcdefULL);
  CHECK(in.varint() == 0);
  CHECK(in.varint() == 300);
  CHECK(in.varint() == ~0ULL);
  CHECK(in.svarint() == -5);
  CHECK(in.svarint() == 1234567);
  CHECK(in.str() == "héllo");
  CHECK(in.at_end());
  CHECK_FALSE(in.failed());
}

TEST_CASE("reading past the end fails instead of reading garbage") {
  ByteWriter out;
  out.u16(1);
  ByteReader in(out.bytes());
  CHECK(in.u32() == 0);
  CHECK(in.failed());
  ByteReader counts("\x7f");  // a count of 127 with nothing after it
  CHECK(counts.count(1) == 0);
  CHECK(counts.failed());
  const std::string ones(11, '\xff');
  ByteReader overlong(ones);
  overlong.varint();
  CHECK(overlong.failed());
}

TEST_CASE("sealed files are checked: magic, version, size, checksum") {
  const std::string file = seal_model_file("payload bytes");
  CHECK(file.starts_with(kModelMagic));
  auto payload = open_model_file(file, "f");
  REQUIRE(payload.ok());
  CHECK(*payload == "payload bytes");
  CHECK(open_model_file(file.substr(0, 10), "f").status().message() == "f: not a kg parser model");
  CHECK(open_model_file(file.substr(0, file.size() - 3), "f").status().message() ==
        "f: truncated model (10 of 13 payload bytes)");
  std::string flipped = file;
  flipped.back() ^= 1;
  CHECK(open_model_file(flipped, "f").status().message() == "f: corrupt model (checksum mismatch)");
}

TEST_CASE("the checksum sees every byte and the length") {
  const std::string a(100, 'a');
  std::string b = a;
  b[37] = 'b';
  CHECK(checksum64(a) != checksum64(b));
  CHECK(checksum64(a) != checksum64(a + std::string(1, '\0')));
  CHECK(checksum64(a) == checksum64(std::string(100, 'a')));
}
