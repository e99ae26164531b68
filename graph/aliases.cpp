#include "kg/aliases.h"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <utility>
#include <vector>

#include "base/name_fold.h"

namespace kg {
namespace {

bool declared(const std::map<std::string, std::set<std::string>>& pairs, const std::string& a,
              const std::string& b) {
  auto it = pairs.find(a);
  return it != pairs.end() && it->second.count(b) > 0;
}

std::vector<std::string_view> split_tabs(std::string_view line) {
  std::vector<std::string_view> fields;
  std::size_t start = 0;
  while (true) {
    const std::size_t tab = line.find('\t', start);
    fields.push_back(line.substr(start, tab == std::string_view::npos ? tab : tab - start));
    if (tab == std::string_view::npos) return fields;
    start = tab + 1;
  }
}

bool blank_or_comment(std::string_view line) {
  const std::size_t first = line.find_first_not_of(" \t");
  return first == std::string_view::npos || line[first] == '#';
}

}  // namespace

bool AliasDecisions::forced(const std::string& a, const std::string& b) const {
  return declared(same, a, b);
}

bool AliasDecisions::apart(const std::string& a, const std::string& b) const {
  return declared(different, a, b);
}

Result<AliasDecisions> parse_aliases(std::string_view text, const std::string& source) {
  AliasDecisions decisions;
  if (text.find('\0') != std::string_view::npos)
    return Status::InvalidInput(source + ": not a text file (NUL byte)");
  decisions.text = std::string(text);
  std::size_t line_number = 0;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    start = end + 1;
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (blank_or_comment(line)) continue;
    auto error = [&](const std::string& cause) {
      return Status::InvalidInput(source + ": line " + std::to_string(line_number) + ": " + cause);
    };
    const std::vector<std::string_view> fields = split_tabs(line);
    if (fields.size() != 3)
      return error("expected 'same' or 'different' and two names, separated by tabs");
    const bool same = fields[0] == "same";
    if (!same && fields[0] != "different")
      return error("unknown decision '" + std::string(fields[0]) + "' (same or different)");
    const std::string a = fold_name(fields[1]);
    const std::string b = fold_name(fields[2]);
    if (a.empty() || b.empty()) return error("empty name");
    if (a == b) return error("the two names are the same name");
    if (same ? decisions.apart(a, b) : decisions.forced(a, b))
      return error("the pair is declared both same and different");
    auto& pairs = same ? decisions.same : decisions.different;
    pairs[a].insert(b);
    pairs[b].insert(a);
  }
  return decisions;
}

Result<AliasDecisions> load_aliases_file(const std::string& path) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec))
    return Status::InvalidInput(path + ": is a folder, not an aliases file");
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path + ": cannot read the aliases file");
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) return Status::IoError(path + ": cannot read the aliases file");
  return parse_aliases(text.str(), path);
}

}  // namespace kg
