#include "extract/openie/open_ie_confidence.h"

#include <algorithm>
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

}  // namespace

double shape_confidence(const OpenIeTuple& tuple, std::size_t sentence_tokens,
                        bool subject_starts_with_preposition) {
  double c = tuple.confidence;
  c += 0.04 * static_cast<double>(std::min<std::size_t>(word_count(tuple.relation), 4));
  c -= 0.003 * static_cast<double>(sentence_tokens);
  if (!tuple.args.empty()) {
    const std::string_view subject = first_word(tuple.args[0]);
    if (!subject.empty() && subject[0] >= 'a' && subject[0] <= 'z') c -= 0.05;
  }
  if (subject_starts_with_preposition) c -= 0.2;
  if (tuple.args.size() > 1 && word_count(tuple.args[1]) == 1) c -= 0.05;
  return std::clamp(c, 0.01, 0.99);
}

}  // namespace kg::extract
