#include "extract/relations/relation_label.h"

#include <sstream>
#include <vector>

namespace kg::extract {

std::string normalize_predicate(std::string_view predicate) {
  std::string lower = ascii_lower(predicate);
  std::istringstream in(lower);
  std::string out;
  for (std::string w; in >> w;) {
    if (!out.empty()) out += ' ';
    out += w;
  }
  auto junk = [](char c) {
    return c == ',' || c == '.' || c == ';' || c == ':' || c == '"' || c == '\'';
  };
  while (!out.empty() && junk(out.back())) out.pop_back();
  while (!out.empty() && junk(out.front())) out.erase(out.begin());
  return out;
}

std::string display_label(const std::string& predicate, bool named,
                          const std::map<std::string, std::string>& qualifiers) {
  std::istringstream in(predicate);
  std::vector<std::string> words;
  for (std::string w; in >> w;) words.push_back(w);
  std::string label = predicate;
  if (named && words.size() >= 3) {
    label.clear();
    for (const std::string& w : words) {
      if (w != "of" && w != "and" && w != "the")
        label += static_cast<char>(std::toupper(static_cast<unsigned char>(w[0])));
    }
  }
  if (auto year = qualifiers.find("year"); year != qualifiers.end() && label != predicate) {
    label += "(" + year->second + ")";
  }
  return label;
}

}  // namespace kg::extract
