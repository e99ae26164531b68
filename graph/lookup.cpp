#include "kg/lookup.h"

#include <algorithm>
#include <string>
#include <tuple>

#include "base/name_fold.h"

namespace kg {
namespace {

// Levenshtein distance over bytes (folded names are mostly ASCII).
std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

std::vector<std::string_view> words_of(std::string_view folded) {
  std::vector<std::string_view> words;
  std::size_t start = 0;
  while (start < folded.size()) {
    std::size_t end = folded.find(' ', start);
    if (end == std::string_view::npos) end = folded.size();
    if (end > start) words.push_back(folded.substr(start, end - start));
    start = end + 1;
  }
  return words;
}

// How far folded `query` is from folded `name`: as a whole, or word by word.
std::size_t name_distance(std::string_view query, const std::vector<std::string_view>& query_words,
                          std::string_view name) {
  std::size_t best = edit_distance(query, name);
  const std::vector<std::string_view> name_words = words_of(name);
  if (name_words.empty()) return best;
  std::size_t by_words = 0;
  for (const std::string_view word : query_words) {
    std::size_t closest = word.size();
    for (const std::string_view other : name_words)
      closest = std::min(closest, edit_distance(word, other));
    by_words += closest;
  }
  return std::min(best, by_words);
}

// The folded canonical name and aliases of v.
std::vector<std::string> folded_names(const EntityNode& entity) {
  std::vector<std::string> names{fold_name(entity.name)};
  for (const std::string& alias : entity.aliases) names.push_back(fold_name(alias));
  return names;
}

}  // namespace

std::size_t relation_degree(const KnowledgeGraph& g, Vertex v) {
  if (v >= g.entity_count()) return 0;
  return boost::out_degree(v, g.graph()) + boost::in_degree(v, g.graph());
}

EntityLookup lookup_entity(const KnowledgeGraph& g, std::string_view name,
                           std::size_t max_suggestions) {
  EntityLookup out;
  out.matches = g.find_all(name);
  const auto by_degree_then_name = [&g](Vertex a, Vertex b) {
    return std::make_tuple(relation_degree(g, b), g.entity(a).name, a) <
           std::make_tuple(relation_degree(g, a), g.entity(b).name, b);
  };
  if (!out.matches.empty()) {
    std::sort(out.matches.begin(), out.matches.end(), by_degree_then_name);
    return out;
  }
  const std::string query = fold_name(name);
  if (query.empty() || max_suggestions == 0) return out;
  const std::vector<std::string_view> query_words = words_of(query);
  const std::size_t limit = std::max<std::size_t>(1, query.size() / 3);
  std::vector<std::pair<std::size_t, Vertex>> close;
  for (Vertex v = 0; v < g.entity_count(); ++v) {
    std::size_t best = limit + 1;
    for (const std::string& folded : folded_names(g.entity(v)))
      best = std::min(best, name_distance(query, query_words, folded));
    if (best <= limit) close.emplace_back(best, v);
  }
  std::sort(close.begin(), close.end(), [&](const auto& a, const auto& b) {
    if (a.first != b.first) return a.first < b.first;
    return by_degree_then_name(a.second, b.second);
  });
  for (std::size_t k = 0; k < close.size() && k < max_suggestions; ++k)
    out.suggestions.push_back(close[k].second);
  return out;
}

std::vector<Vertex> search_entities(const KnowledgeGraph& g, std::string_view text) {
  const std::string query = fold_name(text);
  if (query.empty()) return {};
  std::vector<std::tuple<int, Vertex>> found;
  for (Vertex v = 0; v < g.entity_count(); ++v) {
    const std::vector<std::string> names = folded_names(g.entity(v));
    if (std::none_of(names.begin(), names.end(),
                     [&](const std::string& n) { return n.find(query) != std::string::npos; })) {
      continue;
    }
    const int rank = names.front() == query ? 0 : names.front().starts_with(query) ? 1 : 2;
    found.emplace_back(rank, v);
  }
  std::sort(found.begin(), found.end(), [&g](const auto& a, const auto& b) {
    const Vertex x = std::get<1>(a);
    const Vertex y = std::get<1>(b);
    return std::make_tuple(std::get<0>(a), relation_degree(g, y), g.entity(x).name, x) <
           std::make_tuple(std::get<0>(b), relation_degree(g, x), g.entity(y).name, y);
  });
  std::vector<Vertex> out;
  for (const auto& [rank, v] : found) out.push_back(v);
  return out;
}

}  // namespace kg
