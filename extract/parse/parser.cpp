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
                         int labels, std::int32_t* runner_up) {
  int best = -1;
  std::int32_t best_score = std::numeric_limits<std::int32_t>::min();
  std::int32_t second = std::numeric_limits<std::int32_t>::min();
  bool has_second = false;
  const auto consider = [&](int action) {
    if (scores[action] > best_score || best < 0) {
      if (best >= 0) {
        second = best_score;
        has_second = true;
      }
      best_score = scores[action];
      best = action;
    } else if (!has_second || scores[action] > second) {
      second = scores[action];
      has_second = true;
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
  if (runner_up) *runner_up = has_second ? second : best_score;
  return best;
}

void Parser::parse(const ParserSentence& sentence, std::vector<int>& heads,
                   std::vector<int>& labels, std::vector<int>* margins) const {
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
    std::int32_t second = 0;
    const int best = best_allowed(c, scores, label_count, &second);
    if (margins && best != 0) {  // an arc: its dependent is the stack top
      const int dependent = c.stack(0);
      if (margins->empty()) margins->assign(static_cast<std::size_t>(n) + 1, 0);
      (*margins)[static_cast<std::size_t>(dependent)] =
          c.right_is_root()
              ? std::numeric_limits<int>::max()
              : static_cast<int>(std::min<std::int64_t>(
                    std::numeric_limits<int>::max(),
                    static_cast<std::int64_t>(scores[static_cast<std::size_t>(best)]) - second));
    }
    c.apply(action_at(best));
  }
  heads.assign(static_cast<std::size_t>(n) + 1, 0);
  labels.assign(static_cast<std::size_t>(n) + 1, 0);
  for (int w = 1; w <= n; ++w) {
    heads[w] = c.head(w);
    labels[w] = c.label(w);
  }
}

DependencyTree Parser::parse_tree(const ParserSentence& sentence, std::vector<int>* margins) const {
  std::vector<int> heads;
  std::vector<int> label_ids;
  if (margins) margins->clear();
  parse(sentence, heads, label_ids, margins);
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
