#include "extract/text/word_shape.h"

#include <algorithm>

namespace kg::extract {

bool is_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool is_number(std::string_view s) {
  return !s.empty() && s[0] >= '0' && s[0] <= '9' && std::all_of(s.begin(), s.end(), [](char c) {
    return (c >= '0' && c <= '9') || c == ',' || c == '.';
  });
}

bool is_year(std::string_view s) {
  return s.size() == 4 && is_digits(s) && (s[0] == '1' || s[0] == '2');
}

bool is_ordinal(std::string_view s) {
  if (s.size() < 3 || s[0] < '0' || s[0] > '9') return false;
  std::string_view suffix = s.substr(s.size() - 2);
  return suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th";
}

bool is_acronym(std::string_view s) {
  int upper = 0;
  for (char c : s) {
    if (c >= 'A' && c <= 'Z') {
      ++upper;
    } else if (c != '.' && c != '&' && !(c >= '0' && c <= '9')) {
      return false;
    }
  }
  return upper >= 2;
}

std::string singular_noun(std::string_view w) {
  if (w.size() <= 3 || w.back() != 's' || w[w.size() - 2] == 's') return {};
  if (w.ends_with("ies")) return std::string(w.substr(0, w.size() - 3)) + "y";
  return std::string(w.substr(0, w.size() - 1));
}

}  // namespace kg::extract
