// The words of a tokenised test sentence ("Ana met Tom ." -> Ana, met, Tom, .),
// as the Open IE mode receives them.
#pragma once

#include <sstream>
#include <string>
#include <vector>

namespace kg::test {

inline std::vector<std::string> words(const std::string& s) {
  std::istringstream in(s);
  std::vector<std::string> out;
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

}  // namespace kg::test
