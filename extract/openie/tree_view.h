// TreeView: the questions the Open IE reader (open_ie.h) asks of a UD tree:
// each word's head, relation, part of speech and dependents, the arc
// probability of its attachment (token_parse.h), and the spans of phrases
// (a head's subtree without clauses, appositions and loose material) and of
// the heads that stand for a phrase's referents (its conjuncts, the name a
// common noun is given).
//
// Words are numbered from 0; a head of -1 is the root.
#pragma once

#include <string_view>
#include <utility>
#include <vector>

#include "extract/parse/conllu.h"

namespace kg::extract {

class TreeView {
 public:
  // `tree` and `margins` (one per word, or empty) must outlive the view.
  TreeView(const parse::Sentence& tree, const std::vector<int>& margins);

  int size() const { return n_; }
  int head(int w) const { return w_[static_cast<std::size_t>(w)].head - 1; }
  std::string_view label(int w) const { return w_[static_cast<std::size_t>(w)].deprel; }
  std::string_view upos(int w) const { return w_[static_cast<std::size_t>(w)].upos; }
  std::string_view form(int w) const { return w_[static_cast<std::size_t>(w)].form; }
  std::string_view xpos(int w) const { return w_[static_cast<std::size_t>(w)].xpos; }
  std::string_view lemma(int w) const { return w_[static_cast<std::size_t>(w)].lemma; }
  // The universal part of w's relation ("nsubj" of "nsubj:pass").
  std::string_view relation(int w) const;
  // Whether w's relation is `universal_label`, subtypes ignored ("nsubj" for nsubj:pass).
  bool is(int w, std::string_view universal_label) const;
  const std::vector<int>& kids(int w) const { return kids_[static_cast<std::size_t>(w)]; }

  // w's dependents with relation `universal_label`, in order.
  std::vector<int> child(int w, std::string_view universal_label) const;

  bool is_punct(int w) const { return upos(w) == "PUNCT"; }
  // Whether w's form is `lower` in any case.
  bool form_is(int w, std::string_view lower) const;
  // The probability that w's arc is right (1 without margins).
  double arc(int w) const;
  bool is_relative(int w) const;  // who, which, that, whom
  bool verbal(int w) const { return upos(w) == "VERB" || upos(w) == "AUX"; }
  // A word heading a clause of its own: a verb, or a word with a subject or copula.
  bool predicate(int w) const;
  bool negation(int w) const;  // not, n't, never

  // The contiguous span of w's phrase, never reaching over a stop word.
  std::pair<int, int> phrase(int w, const std::vector<int>& stop, bool whole = false) const;
  // The span of noun w's phrase, without its own preposition; a noun that a
  // clause of the stop words modifies ends before its relative pronoun.
  std::pair<int, int> noun_phrase(int w, std::vector<int> stop) const;
  // The head of each conjunct of w ("A , B and C"), and of each name that
  // says who a common noun is: an apposition ("his counterpart , Lars
  // Holm"), a name right after its descriptor ("the investment firm
  // Atlântida Capital", however the parser attached it), the name the noun
  // is itself in apposition to ("X , the company he founded"); of a plural
  // noun, each conjunct of its apposition ("two ministers , A and B") and of
  // its "including" phrase ("ten provinces , including A and B").
  // A subject "they" of a clause that hangs from a clause whose subject is
  // a plural noun with names ("Six countries , A , B and C , were barred
  // because they remain suspended") or coordinated names ("Peru and Chile
  // said they would sign") stands for those names.
  std::vector<int> conjuncts(int w) const;
  // The first case word of w ("in", "according to" gives "according").
  int case_word(int w) const;

 private:
  // The words of w's phrase: its subtree without the dependents that leave
  // the phrase, `stop` words and what hangs from them.
  void collect(int w, const std::vector<int>& stop, std::vector<int>& out) const;
  void whole_subtree(int w, const std::vector<int>& stop, std::vector<int>& out) const;
  // "his counterpart , Lars Holm .": a proper name after a comma that follows
  // noun x, which the parser hung elsewhere with a loose relation (vocative,
  // dep, list, parataxis), is x's apposition; -1 when there is none.
  int loose_apposition(int x) const;
  // The plural noun subject of the clause above that subject "they" w
  // stands for, or -1.
  int antecedent_noun(int w) const;
  // A proper noun k right after common noun x, with no case word of its own.
  bool names_noun(int x, int k) const;

  const std::vector<parse::Word>& w_;
  const std::vector<int>& margins_;
  int n_;
  std::vector<std::vector<int>> kids_;
};

}  // namespace kg::extract
