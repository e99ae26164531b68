#include "extract/parse/projectivize.h"

#include <cstdlib>
#include <deque>
#include <string_view>

namespace kg::parse {
namespace {

// Whether `ancestor` dominates `word` (a word dominates itself).
bool dominates(const std::vector<int>& heads, int ancestor, int word) {
  std::size_t steps = 0;
  while (word != 0 && word != ancestor && steps++ < heads.size()) word = heads[word];
  return word == ancestor;
}

bool arc_is_projective(const std::vector<int>& heads, int dependent) {
  const int head = heads[dependent];
  const int lo = std::min(head, dependent);
  const int hi = std::max(head, dependent);
  for (int w = lo + 1; w < hi; ++w)
    if (!dominates(heads, head, w)) return false;
  return true;
}

std::string_view base_relation(std::string_view label) { return label.substr(0, label.find(':')); }

}  // namespace

bool is_projective(const std::vector<int>& heads) {
  for (std::size_t d = 1; d < heads.size(); ++d)
    if (!arc_is_projective(heads, static_cast<int>(d))) return false;
  return true;
}

int projectivize(std::vector<int>& heads, std::vector<std::string>& labels) {
  const int n = static_cast<int>(heads.size()) - 1;
  std::vector<bool> lifted(heads.size(), false);
  int lifts = 0;
  while (true) {
    int smallest = 0;
    int smallest_span = n + 1;
    for (int d = 1; d <= n; ++d) {
      if (heads[d] == 0 || arc_is_projective(heads, d)) continue;
      const int span = std::abs(heads[d] - d);
      if (span < smallest_span) {
        smallest_span = span;
        smallest = d;
      }
    }
    if (smallest == 0) return lifts;
    const int head = heads[smallest];
    if (!lifted[smallest]) {
      labels[smallest] += kLiftMark;
      labels[smallest] += base_relation(labels[head]);
      lifted[smallest] = true;
    }
    heads[smallest] = heads[head];
    ++lifts;
  }
}

void deprojectivize(std::vector<int>& heads, std::vector<std::string>& labels) {
  const int n = static_cast<int>(heads.size()) - 1;
  // Visit words top-down so that a lifted word's head is settled first.
  std::vector<std::vector<int>> children(heads.size());
  for (int d = 1; d <= n; ++d) children[heads[d]].push_back(d);
  std::vector<int> order;
  std::deque<int> queue = {0};
  while (!queue.empty()) {
    const int w = queue.front();
    queue.pop_front();
    if (w != 0) order.push_back(w);
    for (const int c : children[w]) queue.push_back(c);
  }
  for (const int d : order) {
    const std::size_t mark = labels[d].find(kLiftMark);
    if (mark == std::string::npos) continue;
    const std::string wanted = labels[d].substr(mark + 1);
    labels[d].resize(mark);
    // Breadth-first below the current head, skipping d's own subtree.
    std::deque<int> search;
    for (const int c : children[heads[d]])
      if (c != d) search.push_back(c);
    int found = 0;
    while (!search.empty() && found == 0) {
      const int w = search.front();
      search.pop_front();
      if (base_relation(labels[w]) == wanted && labels[w].find(kLiftMark) == std::string::npos) {
        found = w;
        break;
      }
      for (const int c : children[w]) search.push_back(c);
    }
    if (found == 0) continue;
    auto& siblings = children[heads[d]];
    std::erase(siblings, d);
    heads[d] = found;
    children[found].push_back(d);
  }
}

}  // namespace kg::parse
