#include "extract/openie/token_parse.h"

#include <cmath>
#include <string_view>
#include <utility>

#include "extract/openie/clause_repair.h"

namespace kg::extract {
namespace {

// The character a Penn Treebank escape stands for, or the token itself.
std::string_view unescaped(const std::string& token) {
  static constexpr std::pair<std::string_view, std::string_view> kEscapes[] = {
      {"-LRB-", "("}, {"-RRB-", ")"}, {"-LSB-", "["}, {"-RSB-", "]"},
      {"-LCB-", "{"}, {"-RCB-", "}"}, {"``", "\""},   {"''", "\""}};
  for (const auto& [escape, character] : kEscapes) {
    if (token == escape) return character;
  }
  return token;
}

}  // namespace

UdParse parse_tokens(const parse::Model& model, const std::vector<std::string>& tokens,
                     const std::vector<std::string>& upos) {
  UdParse out;
  out.tree.words.reserve(tokens.size());
  for (const std::string& t : tokens) {
    parse::Word w;
    w.form = unescaped(t);
    out.tree.words.push_back(std::move(w));
  }
  if (out.tree.words.empty()) return out;
  model.annotate(out.tree, upos, &out.margins);
  repair_relative_clauses(out.tree);
  repair_time_clauses(out.tree);
  repair_participle_clauses(out.tree);
  return out;
}

double arc_probability(int margin) {
  // LAS by margin decile on EWT dev: 0.47 below 83, 0.65 to 174, 0.79 to
  // 253, 0.86 to 315, 0.93 above 374; this curve gives 0.37, 0.73, 0.90, 0.97.
  constexpr double kMidpoint = 60.0;
  constexpr double kScale = 110.0;
  return 1.0 / (1.0 + std::exp(-(static_cast<double>(margin) - kMidpoint) / kScale));
}

}  // namespace kg::extract
