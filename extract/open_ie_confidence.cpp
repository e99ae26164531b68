#include "extract/open_ie_confidence.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace kg::extract {
namespace {

std::size_t word_count(std::string_view s) {
  std::size_t words = 0;
  bool in_word = false;
  for (char c : s) {
    const bool space = c == ' ';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

std::string_view first_word(std::string_view s) {
  const std::size_t start = s.find_first_not_of(' ');
  if (start == std::string_view::npos) return {};
  s.remove_prefix(start);
  return s.substr(0, s.find(' '));
}

bool is_preposition(std::string_view w) {
  static constexpr std::array<std::string_view, 20> kPrepositions = {
      "to", "in", "of", "on", "at", "by", "for", "with", "as", "from",
      "To", "In", "Of", "On", "At", "By", "For", "With", "As", "From"};
  return std::find(kPrepositions.begin(), kPrepositions.end(), w) != kPrepositions.end();
}

}  // namespace

double shape_confidence(const OpenIeTuple& tuple, std::size_t sentence_tokens) {
  double c = tuple.confidence;
  c += 0.04 * static_cast<double>(std::min<std::size_t>(word_count(tuple.relation), 4));
  c -= 0.003 * static_cast<double>(sentence_tokens);
  if (!tuple.args.empty()) {
    const std::string_view subject = first_word(tuple.args[0]);
    if (!subject.empty() && subject[0] >= 'a' && subject[0] <= 'z') c -= 0.05;
    if (is_preposition(subject)) c -= 0.2;
  }
  if (tuple.args.size() > 1 && word_count(tuple.args[1]) == 1) c -= 0.05;
  return std::clamp(c, 0.01, 0.99);
}

}  // namespace kg::extract
