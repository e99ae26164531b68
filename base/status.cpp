#include "kg/status.h"

#include <algorithm>

#include "base/utf8.h"

namespace kg {

std::string one_line(std::string_view text) {
  std::string line = repair_utf8(text);
  std::replace_if(
      line.begin(), line.end(), [](char c) { return (c >= 0 && c < 0x20) || c == 0x7F; }, ' ');
  return line;
}

}  // namespace kg
