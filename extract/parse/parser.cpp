#include "extract/parse/parser.h"

#include <algorithm>
#include <limits>
#include <string_view>

#include "extract/parse/projectivize.h"

namespace kg::parse {
namespace {

// Labels with the same universal relation share a group bit.
std::vector<int> label_groups_of(const std::vector<std::string>& labels) {
  std::vector<std::string_view> seen;
  std::vector<int> groups;
  for (const std::string& label : labels) {
    std::string_view base(label);
    base = base.substr(0, base.find_first_of(":^"));
    auto it = std::find(seen.begin(), seen.end(), base);
    if (it == seen.end()) {
      seen.push_back(base);
      it = seen.end() - 1;
    }
    groups.push_back(static_cast<int>(it - seen.begin()) % 64);
  }
  return groups;
}

}  // namespace

Parser::Parser(std::vector<std::string> labels, CompactWeights weights)
    : labels_(std::move(labels)), weights_(std::move(weights)) {
  groups_ = label_groups_of(labels_);
  const auto it = std::find(labels_.begin(), labels_.end(), "root");
  root_label_ = it == labels_.end() ? -1 : static_cast<int>(it - labels_.begin());
}

int Parser::best_allowed(const Configuration& c, const std::vector<std::int32_t>& scores,
                         int labels) {
  int best = -1;
  std::int32_t best_score = std::numeric_limits<std::int32_t>::min();
  const auto consider = [&](int action) {
    if (scores[action] > best_score || best < 0) {
      best_score = scores[action];
      best = action;
    }
  };
  if (c.can_shift()) consider(0);
  const int root = c.root_label();
  if (c.can_left()) {
    for (int l = 0; l < labels; ++l)
      if (l != root) consider(1 + 2 * l);
  }
  if (c.can_right()) {
    if (c.right_is_root()) {
      consider(2 + 2 * root);
    } else {
      for (int l = 0; l < labels; ++l)
        if (l != root) consider(2 + 2 * l);
    }
  }
  return best;
}

void Parser::parse(const ParserSentence& sentence, std::vector<int>& heads,
                   std::vector<int>& labels) const {
  const int n = static_cast<int>(sentence.word.size()) - 1;
  const int label_count = static_cast<int>(labels_.size());
  Configuration c(n, root_label_);
  c.set_label_groups(&groups_);
  std::vector<std::uint64_t> features;
  features.reserve(160);
  std::vector<std::int32_t> scores(static_cast<std::size_t>(action_count(label_count)));
  while (!c.terminal()) {
    features.clear();
    parser_features(sentence, c, features);
    std::fill(scores.begin(), scores.end(), 0);
    weights_.add_scores(features, scores.data());
    c.apply(action_at(best_allowed(c, scores, label_count)));
  }
  heads.assign(static_cast<std::size_t>(n) + 1, 0);
  labels.assign(static_cast<std::size_t>(n) + 1, 0);
  for (int w = 1; w <= n; ++w) {
    heads[w] = c.head(w);
    labels[w] = c.label(w);
  }
}

DependencyTree Parser::parse_tree(const ParserSentence& sentence) const {
  std::vector<int> heads;
  std::vector<int> label_ids;
  parse(sentence, heads, label_ids);
  DependencyTree tree;
  tree.heads = std::move(heads);
  tree.labels.resize(tree.heads.size());
  for (std::size_t w = 1; w < tree.heads.size(); ++w) tree.labels[w] = labels_[label_ids[w]];
  deprojectivize(tree.heads, tree.labels);
  return tree;
}

void Parser::write(ByteWriter& out) const {
  out.varint(labels_.size());
  for (const std::string& l : labels_) out.str(l);
  weights_.write(out);
}

Parser Parser::read(ByteReader& in) {
  std::vector<std::string> labels;
  const std::size_t n = in.count(1);
  for (std::size_t i = 0; i < n && !in.failed(); ++i) labels.emplace_back(in.str());
  CompactWeights weights = CompactWeights::read(in);
  Parser p(std::move(labels), std::move(weights));
  if (!in.failed() &&
      (p.root_label_ < 0 || p.weights_.classes() != action_count(static_cast<int>(n))))
    in.fail();
  return p;
}

}  // namespace kg::parse
