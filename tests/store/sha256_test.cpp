#include "store/sha256.h"

#include <doctest/doctest.h>

#include <string>

namespace kg::store {

TEST_CASE("sha256_hex gives the FIPS 180-4 test vectors") {
  CHECK(sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  CHECK(sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  CHECK(sha256_hex(std::string(1000000, 'a')) ==
        "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST_CASE("sha256_hex pads every length around the block boundary") {
  // 55, 56 and 64 bytes take one, two and two padding blocks; each hash is
  // distinct and 64 hex digits.
  const std::string a55(55, 'x');
  const std::string a56(56, 'x');
  const std::string a64(64, 'x');
  CHECK(sha256_hex(a55).size() == 64);
  CHECK(sha256_hex(a55) != sha256_hex(a56));
  CHECK(sha256_hex(a56) != sha256_hex(a64));
  CHECK(sha256_hex(std::string("a\0b", 3)) != sha256_hex("a"));
}

}  // namespace kg::store
