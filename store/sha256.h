// SHA-256 (FIPS 180-4) of a byte string, as 64 lower-case hex digits, by
// OpenSSL's libcrypto: the content hash by which the store recognises a
// document it already holds. Empty only if OpenSSL cannot allocate.
#pragma once

#include <string>
#include <string_view>

namespace kg::store {

std::string sha256_hex(std::string_view bytes);

}  // namespace kg::store
