// Access to the fixtures in tests/data/ through the KG_TEST_DATA environment
// variable that kg_add_test sets.
#pragma once

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

namespace kg::test {

// Contents of tests/data/<name>; empty when the file or variable is missing.
inline std::string read_test_data(const std::string& name) {
  const char* dir = std::getenv("KG_TEST_DATA");
  if (dir == nullptr) return {};
  std::ifstream in(std::string(dir) + "/" + name, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace kg::test
