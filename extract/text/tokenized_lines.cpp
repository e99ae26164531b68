#include "kg/extract.h"

namespace kg::extract {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f'; }

}  // namespace

std::vector<TokenizedLine> tokenized_lines(std::string_view text) {
  std::vector<TokenizedLine> out;
  std::size_t start = 0;
  int line_number = 0;
  while (start < text.size()) {
    ++line_number;
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    start = end + 1;
    while (!line.empty() && is_space(line.front())) line.remove_prefix(1);
    while (!line.empty() && is_space(line.back())) line.remove_suffix(1);
    if (line.empty()) continue;
    TokenizedLine tl{std::string(line), {}, line_number};
    std::size_t k = 0;
    while (k < line.size()) {
      while (k < line.size() && is_space(line[k])) ++k;
      std::size_t b = k;
      while (k < line.size() && !is_space(line[k])) ++k;
      if (k > b) tl.tokens.emplace_back(line.substr(b, k - b));
    }
    out.push_back(std::move(tl));
  }
  return out;
}

}  // namespace kg::extract
