#include "extract/text/front_matter.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <string>

namespace kg::extract {
namespace {

constexpr std::size_t kMaxKeyBytes = 20;
constexpr std::size_t kMaxTimeLineWords = 10;

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

std::size_t count_of(std::string_view s, std::string_view separator) {
  std::size_t n = 0;
  for (std::size_t at = s.find(separator); at != std::string_view::npos;
       at = s.find(separator, at + separator.size())) {
    ++n;
  }
  return n;
}

std::size_t words(std::string_view s) {
  std::size_t n = 0;
  bool in_word = false;
  for (const char c : s) {
    const bool blank = c == ' ' || c == '\t';
    if (!blank && !in_word) ++n;
    in_word = !blank;
  }
  return n;
}

bool is_menu(std::string_view s) { return count_of(s, " | ") >= 2 || count_of(s, " > ") >= 2; }

bool is_url(std::string_view s) {
  const std::string l = lower(s);
  const bool scheme =
      l.starts_with("http://") || l.starts_with("https://") || l.starts_with("www.");
  return scheme && s.find(' ') == std::string_view::npos;
}

// "key: value" (or "key:" alone) with a one-word key, lower case or known.
bool is_key_value(std::string_view s) {
  const std::size_t colon = s.find(':');
  if (colon == 0 || colon == std::string_view::npos || colon > kMaxKeyBytes) return false;
  if (colon + 1 < s.size() && s[colon + 1] != ' ') return false;  // "10:30", "https:"
  const std::string_view key = s.substr(0, colon);
  const bool word = std::all_of(key.begin(), key.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-' || c == '_';
  });
  if (!word) return false;
  if (std::none_of(key.begin(), key.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
    return true;
  static constexpr std::array<std::string_view, 24> kKeys = {
      "source", "url",      "link",    "date",     "dateline",  "author",   "authors",   "by",
      "byline", "writer",   "credit",  "credits",  "published", "updated",  "posted",    "tags",
      "tag",    "category", "section", "keywords", "language",  "location", "copyright", "via"};
  const std::string l = lower(key);
  return std::find(kKeys.begin(), kKeys.end(), l) != kKeys.end();
}

bool is_time_line(std::string_view s) {
  const std::string l = lower(s);
  const bool opens = l.starts_with("published ") || l.starts_with("updated ") ||
                     l.starts_with("posted ") || l.starts_with("last updated ");
  return opens && words(s) <= kMaxTimeLineWords;
}

}  // namespace

std::string_view front_matter_kind(std::string_view line) {
  if (line.empty()) return {};
  if (is_menu(line)) return "navigation menu";
  if (is_url(line) || is_key_value(line) || is_time_line(line)) return "metadata line";
  return {};
}

}  // namespace kg::extract
