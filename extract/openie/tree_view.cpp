#include "extract/openie/tree_view.h"

#include <algorithm>
#include <initializer_list>

#include "extract/openie/token_parse.h"

namespace kg::extract {
namespace {

// The universal part of a relation label ("nsubj" of "nsubj:pass").
std::string_view universal(std::string_view label) { return label.substr(0, label.find(':')); }

bool lower_equals(std::string_view word, std::string_view lower) {
  if (word.size() != lower.size()) return false;
  for (std::size_t i = 0; i < word.size(); ++i) {
    char c = word[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != lower[i]) return false;
  }
  return true;
}

bool any_of_words(std::string_view word, std::initializer_list<std::string_view> list) {
  return std::any_of(list.begin(), list.end(),
                     [&](std::string_view w) { return lower_equals(word, w); });
}

// Dependents that are not part of the noun phrase of their head: clauses
// modifying it, appositions, loosely attached material.
bool leaves_phrase(std::string_view label) {
  const std::string_view u = universal(label);
  return u == "acl" || u == "appos" || u == "parataxis" || u == "advcl" || u == "ccomp" ||
         u == "csubj" || u == "list" || u == "discourse" || u == "vocative" || u == "reparandum" ||
         u == "dep" || u == "orphan";
}

}  // namespace

TreeView::TreeView(const parse::Sentence& tree, const std::vector<int>& margins)
    : w_(tree.words), margins_(margins), n_(static_cast<int>(tree.words.size())) {
  kids_.resize(static_cast<std::size_t>(n_));
  for (int i = 0; i < n_; ++i) {
    const int h = head(i);
    if (h >= 0) kids_[static_cast<std::size_t>(h)].push_back(i);
  }
}

std::string_view TreeView::relation(int w) const { return universal(label(w)); }

bool TreeView::is(int w, std::string_view universal_label) const {
  return relation(w) == universal_label;
}

std::vector<int> TreeView::child(int w, std::string_view universal_label) const {
  std::vector<int> out;
  for (int k : kids(w)) {
    if (is(k, universal_label)) out.push_back(k);
  }
  return out;
}

double TreeView::arc(int w) const {
  return static_cast<std::size_t>(w) < margins_.size()
             ? arc_probability(margins_[static_cast<std::size_t>(w)])
             : 1.0;
}

bool TreeView::form_is(int w, std::string_view lower) const { return lower_equals(form(w), lower); }

bool TreeView::is_relative(int w) const {
  return any_of_words(form(w), {"who", "which", "that", "whom"});
}

bool TreeView::predicate(int w) const {
  return upos(w) == "VERB" || !child(w, "nsubj").empty() || !child(w, "cop").empty();
}

bool TreeView::negation(int w) const { return any_of_words(form(w), {"not", "n't", "never"}); }

void TreeView::collect(int w, const std::vector<int>& stop, std::vector<int>& out) const {
  out.push_back(w);
  for (int k : kids(w)) {
    // Punctuation is inside a phrase only between its words ("A , B and C").
    if (leaves_phrase(label(k)) || is_punct(k) || (is(k, "conj") && predicate(k)) ||
        std::find(stop.begin(), stop.end(), k) != stop.end())
      continue;
    collect(k, stop, out);
  }
}

std::pair<int, int> TreeView::phrase(int w, const std::vector<int>& stop, bool whole) const {
  std::vector<int> words;
  if (whole) {
    whole_subtree(w, stop, words);
  } else {
    collect(w, stop, words);
  }
  int lo = *std::min_element(words.begin(), words.end());
  int hi = *std::max_element(words.begin(), words.end());
  for (int s : stop) {
    if (s > w && s <= hi) hi = s - 1;
    if (s < w && s >= lo) lo = s + 1;
  }
  while (hi > lo && is_punct(hi)) --hi;
  while (lo < hi && is_punct(lo)) ++lo;
  return {lo, hi};
}

void TreeView::whole_subtree(int w, const std::vector<int>& stop, std::vector<int>& out) const {
  out.push_back(w);
  for (int k : kids(w)) {
    if (std::find(stop.begin(), stop.end(), k) == stop.end()) whole_subtree(k, stop, out);
  }
}

std::pair<int, int> TreeView::noun_phrase(int w, std::vector<int> stop) const {
  for (int k : kids(w)) {
    if (is(k, "case") && k < w) stop.push_back(k);  // "by the inspectors , who"
  }
  auto [lo, hi] = phrase(w, stop);
  while (hi > lo && (is_punct(hi) || is_relative(hi))) --hi;
  return {lo, hi};
}

std::vector<int> TreeView::conjuncts(int w) const {
  if (const int noun = antecedent_noun(w); noun >= 0) {
    std::vector<int> named = conjuncts(noun);
    if (upos(noun) == "NOUN") named.erase(std::find(named.begin(), named.end(), noun));
    if (!named.empty()) return named;
  }
  std::vector<int> out{w};
  for (std::size_t i = 0; i < out.size(); ++i) {
    for (int k : kids(out[i])) {
      if (is(k, "conj") && !verbal(k)) out.push_back(k);
    }
  }
  for (std::size_t i = 0, n = out.size(); i < n; ++i) {
    const int x = out[i];
    if (upos(x) != "NOUN") continue;
    // "X , the company he founded": the noun in apposition to a name is that name.
    if (is(x, "appos") && head(x) >= 0 && upos(head(x)) == "PROPN") out.push_back(head(x));
    for (int k : kids(x)) {
      // "ten provinces , including A , B and C": some of a plural noun's referents.
      const bool included = xpos(x) == "NNS" && is(k, "nmod") && case_word(k) >= 0 &&
                            form_is(case_word(k), "including");
      if (!included && !is(k, "appos") && !names_noun(x, k)) continue;
      out.push_back(k);
      // "four lead actresses , A , B and C": a plural noun's apposition
      // names each of them.
      if (xpos(x) != "NNS") continue;
      for (int c : kids(k)) {
        if (is(c, "conj") && !verbal(c)) out.push_back(c);
      }
    }
    if (const int name = loose_apposition(x); name >= 0) out.push_back(name);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

int TreeView::antecedent_noun(int w) const {
  if (upos(w) != "PRON" || !form_is(w, "they") || !is(w, "nsubj")) return -1;
  const int verb = head(w);
  if (verb < 0 || !(is(verb, "advcl") || is(verb, "conj") || is(verb, "ccomp"))) return -1;
  for (int k : kids(head(verb))) {
    if (k == w || !is(k, "nsubj")) continue;
    // "Six countries , A and B , ...", "Peru and Chile said ...".
    if ((upos(k) == "NOUN" && xpos(k) == "NNS") || !child(k, "conj").empty()) return k;
  }
  return -1;
}

int TreeView::loose_apposition(int x) const {
  if (x + 2 >= n_ || !is_punct(x + 1) || form(x + 1) != ",") return -1;
  for (int h = x + 2; h < n_; ++h) {
    if (upos(h) != "PROPN" || head(h) == x) continue;
    if (!is(h, "vocative") && !is(h, "dep") && !is(h, "list") && !is(h, "parataxis")) continue;
    std::vector<int> words;
    whole_subtree(h, {}, words);
    int first = h;
    for (int w : words) {
      if (!is_punct(w)) first = std::min(first, w);
    }
    if (first == x + 2) return h;
  }
  return -1;
}

bool TreeView::names_noun(int x, int k) const {
  if (upos(k) != "PROPN" || case_word(k) >= 0) return false;
  int first = k;
  for (int c : kids(k)) first = std::min(first, c);
  return first == x + 1 && (is(k, "nmod") || is(k, "compound") || is(k, "flat"));
}

int TreeView::case_word(int w) const {
  for (int k : kids(w)) {
    if (is(k, "case") && k < w) return k;
  }
  return -1;
}

}  // namespace kg::extract
