#include "extract/openie/open_ie.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string_view>

#include "extract/lexicon/word_lists.h"
#include "extract/openie/open_ie_confidence.h"
#include "extract/openie/tree_view.h"

namespace kg::extract {
namespace {

constexpr int kFronted = std::numeric_limits<int>::max();

// How much the weakest argument arc's probability weighs in a clause's
// confidence. On CaRB dev a larger weight lowers the AUC (0.339 at 0.25,
// 0.323 at 1); on dev-news, keeping only clauses whose arcs pass 0.6 raises
// precision from 0.77 to 0.80 at a cost in recall: the margin ranks
// triples for --min-confidence without costing the Open IE ranking.
constexpr double kArcWeight = 0.25;

struct Arg {
  int position = 0;
  OpenIeSpan span;
};

class TreeReader : private TreeView {
 public:
  TreeReader(const std::vector<std::string>& tokens, const parse::Sentence& tree,
             const std::vector<int>& margins)
      : TreeView(tree, margins), t_(tokens) {
    folded_.assign(static_cast<std::size_t>(size()), false);
    for (int i = 0; i < size(); ++i) folded_[static_cast<std::size_t>(i)] = folds_into_head(i);
  }

  std::vector<OpenIeTuple> run() {
    std::vector<OpenIeTuple> out;
    for (int w = 0; w < size(); ++w) {
      if (folded_[static_cast<std::size_t>(w)]) continue;
      if (upos(w) == "VERB" && !is(w, "cop") && !is(w, "aux")) {
        clause(w, false, out);
      } else if (!child(w, "cop").empty()) {
        clause(w, true, out);
      }
      if (is(w, "appos")) apposition(head(w), w, out);
      if (label(w) == "nmod:poss") possessive(w, out);
    }
    for (OpenIeTuple& t : out) {
      const bool prep_subject = !t.spans.empty() && t.spans[0].first >= 0 &&
                                is(t.spans[0].first, "case") && head(t.spans[0].first) >= 0;
      t.confidence = shape_confidence(t, t_.size(), prep_subject);
    }
    return out;
  }

 private:
  // An open complement read as part of its head's verb group: "agreed to
  // elevate", "began working" (only when the head has no object: "asked him
  // to leave" keeps "to leave" as an argument).
  bool folds_into_head(int x) const {
    if (!is(x, "xcomp") || upos(x) != "VERB" || !child(x, "nsubj").empty()) return false;
    const int h = head(x);
    if (h < 0 || upos(h) != "VERB" || x < h) return false;
    return child(h, "obj").empty() && child(h, "iobj").empty();
  }

  // The words of the verb group of `v` (its auxiliaries, negation, particles
  // and inner adverbs), the verbs folded into it, and its last verb.
  void verb_group(int v, std::vector<int>& group, std::vector<int>& verbs) const {
    for (int x = v; x >= 0;) {
      verbs.push_back(x);
      group.push_back(x);
      const int first = group.front();
      for (int k : kids(x)) {
        const std::string_view u = relation(k);
        const bool inner_adverb = u == "advmod" && k > std::min(first, x) && k < x;
        if (u == "aux" || label(k) == "compound:prt" || inner_adverb ||
            (u == "advmod" && negation(k)) || (x != v && u == "mark" && k < x)) {
          group.push_back(k);
        }
      }
      int next = -1;
      for (int k : kids(x)) {
        if (folded_[static_cast<std::size_t>(k)]) next = k;
      }
      x = next;
    }
    // "agreed to open X , expand Y and launch Z": a verb coordinated with a
    // folded complement continues the words before it ("agreed to launch").
    int complement = v;  // the first conjunct of v's coordination
    while (is(complement, "conj") && head(complement) >= 0) complement = head(complement);
    if (complement != v && folded_[static_cast<std::size_t>(complement)]) {
      int top = head(complement);
      while (top >= 0 && folded_[static_cast<std::size_t>(top)]) top = head(top);
      if (top >= 0) {
        std::vector<int> chain, chain_verbs;
        verb_group(top, chain, chain_verbs);
        for (int w : chain) {
          if (w < complement && !(is(w, "mark") && head(w) == complement)) group.push_back(w);
        }
        for (int k : kids(complement)) {
          if (is(k, "mark") && k < complement) group.push_back(k);
        }
      }
    }
    std::sort(group.begin(), group.end());
  }

  // The subject of the clause of `v`, or -1; `inherited` says it was not v's own.
  int subject(int v, bool& inherited, int depth = 0) const {
    if (depth > 8) return -1;
    // Of two subjects (a dateline read as one), the one nearest before the verb.
    int own = -1;
    for (int k : kids(v)) {
      if (!is(k, "nsubj") && !is(k, "csubj")) continue;
      if (own < 0 || (k < v && (own > v || k > own))) own = k;
    }
    if (own >= 0) return own;
    inherited = true;
    const int h = head(v);
    if (h < 0) return -1;
    if (is(v, "conj")) return subject(h, inherited, depth + 1);
    if (is(v, "xcomp")) {
      const std::vector<int> objects = child(h, "obj");
      return objects.empty() ? subject(h, inherited, depth + 1) : objects.front();
    }
    if (is(v, "acl")) return h;
    // "GAA , which ... , already owns": a verb the parser hung from a
    // sentence's root noun has it for subject.
    if ((is(v, "parataxis") || is(v, "conj")) && head(h) < 0 &&
        (upos(h) == "PROPN" || upos(h) == "NOUN")) {
      return h;
    }
    if (is(v, "advcl") && upos(v) == "VERB" && child(v, "mark").empty()) {
      return subject(h, inherited, depth + 1);
    }
    return -1;
  }

  // A relative pronoun stands for the noun its clause modifies (-1 when
  // there is none); other words stand for themselves. Personal pronouns are
  // left as written: in kg build the resolver reads them.
  int stand_in(int w, int v) const {
    if (!is_relative(w)) return w;
    const int parsed = antecedent(w, v);
    // ", who ...": a person is named right before the comma; when the parser
    // hung the clause on a common noun instead ("the club spent on X , who
    // arrived"), the name stands for the pronoun.
    if ((form_is(w, "who") || form_is(w, "whom")) && w > 0 && form_is(w - 1, ",") &&
        (parsed < 0 || upos(parsed) != "PROPN")) {
      const int named = noun_before(w);
      if (named >= 0 && upos(named) == "PROPN") return named;
    }
    return parsed;
  }

  // The noun the relative clause of `v` modifies, by the parse, or -1.
  int antecedent(int w, int v) const {
    for (int x = v; x >= 0; x = head(x)) {
      if (label(x) == "advcl:relcl") return noun_before(w);
      if (!is(x, "acl")) continue;
      // "X is a singer who recorded ...": a clause on a copula's
      // complement describes the copula's subject.
      const int noun = head(x);
      const std::vector<int> subjects = child(noun, "nsubj");
      return !child(noun, "cop").empty() && !subjects.empty() ? subjects.front() : noun;
    }
    return -1;
  }

  // "the trial , which enrolled ...", parsed as a relative clause on the
  // verb of the sentence: the pronoun stands for the noun right before it
  // (the head of that noun's name), or for nothing.
  int noun_before(int w) const {
    int k = w - 1;
    while (k >= 0 && is_punct(k)) --k;
    if (k < 0 || (upos(k) != "NOUN" && upos(k) != "PROPN")) return -1;
    while ((is(k, "flat") || is(k, "compound")) && head(k) >= 0) k = head(k);
    return k;
  }

  std::string text(int lo, int hi) const {
    std::string s;
    for (int k = lo; k <= hi; ++k) {
      if (k > lo) s += ' ';
      s += t_[static_cast<std::size_t>(k)];
    }
    return s;
  }

  OpenIeSpan span(int lo, int hi, int prep, std::vector<int> heads) const {
    return {lo, hi, prep, std::move(heads)};
  }

  // The prepositional phrases (nmod with a case word) right after a short
  // common-noun object: "talks with X", "a pact with X on Y".
  std::vector<int> light_object_phrases(int o) const {
    constexpr int kMaxLightObjectWords = 4;
    std::vector<int> out;
    if (upos(o) != "NOUN") return out;
    int first = o;
    for (int k : kids(o)) first = std::min(first, k);
    for (int k : kids(o)) {
      const int c = is(k, "nmod") ? case_word(k) : -1;
      if (c > o && c - first <= kMaxLightObjectWords && (out.empty() || k > out.back()))
        out.push_back(k);
    }
    return out;
  }

  void clause(int v, bool copula, std::vector<OpenIeTuple>& out) const {
    std::vector<int> group, verbs;
    int last = v;
    if (copula) {
      for (int k : kids(v)) {
        const std::string_view u = relation(k);
        if (u == "cop" || u == "aux" || (u == "advmod" && negation(k))) group.push_back(k);
      }
      std::sort(group.begin(), group.end());
      verbs.push_back(v);
    } else {
      verb_group(v, group, verbs);
      last = verbs.back();
    }
    if (group.empty()) return;
    bool inherited = false;
    int subj = subject(v, inherited);
    if (subj < 0) return;
    int stood = stand_in(subj, v);
    if (stood < 0 || is_punct(stood)) return;
    const bool relative_subject = stood != subj && is_relative(subj);
    subj = stood;

    std::vector<int> stop = group;
    stop.push_back(v);
    auto [slo, shi] = noun_phrase(subj, stop);
    if (is(subj, "acl") || slo > shi) return;
    stop.push_back(subj);

    OpenIeTuple tuple;
    std::vector<Arg> args;
    bool has_object = false;
    bool that_clause = false;  // the relation takes "that": "said that X"
    std::vector<int> preps;
    if (copula) {
      // "X is the chairman of Y"; "X is in Y": the case word joins the relation.
      const int c = case_word(v);
      std::vector<int> pstop = stop;
      if (c >= 0) pstop.push_back(c);
      auto [lo, hi] = phrase(v, pstop);
      if (lo > hi) return;
      if (c >= 0) group.push_back(c);
      args.push_back({lo, span(lo, hi, -1, conjuncts(v))});
      has_object = true;
      for (int k : kids(v)) {
        if (is(k, "obl") && k > v) preps.push_back(k);
      }
    } else {
      const bool aux_pass =
          std::any_of(group.begin(), group.end(), [&](int g) { return label(g) == "aux:pass"; });
      for (int x : verbs) {
        for (int k : kids(x)) {
          const std::string_view u = relation(k);
          if (u == "obj" || u == "iobj" ||
              (u == "xcomp" && !folded_[static_cast<std::size_t>(k)])) {
            const int o = is_relative(k) ? stand_in(k, x) : k;
            if (o < 0) continue;
            // "signed a pact with X": the phrase after a short object is
            // the clause's, however the parser attached it.
            std::vector<int> attached =
                o == k && u == "obj" ? light_object_phrases(o) : std::vector<int>{};
            // "was elected Taoiseach by the Dáil": a passive's by-phrase
            // the parser hung on its object is the clause's agent.
            std::vector<int> ostop = stop;
            if (o == k && aux_pass) {
              for (int n : child(o, "nmod")) {
                const int c = case_word(n);
                if (c <= o || !form_is(c, "by")) continue;
                attached.push_back(n);
                ostop.push_back(c);  // the object ends before "by"
              }
            }
            ostop.insert(ostop.end(), attached.begin(), attached.end());
            auto [lo, hi] = noun_phrase(o, ostop);
            if (lo > hi) continue;
            args.push_back({o == k ? lo : kFronted - 1, span(lo, hi, -1, conjuncts(o))});
            has_object = true;
            preps.insert(preps.end(), attached.begin(), attached.end());
          } else if (u == "obl") {
            preps.push_back(k);
          } else if (u == "ccomp") {
            that_clause = clausal(k, stop, args) || that_clause;
          }
        }
      }
      // "the match which X lost", "the book X wrote": the modified noun is the object.
      if (!has_object && !relative_subject && label(v) == "acl:relcl" && !inherited &&
          child(v, "obl").empty() && head(v) < v) {
        const int noun = head(v);
        auto [lo, hi] = noun_phrase(noun, stop);
        if (lo <= hi) {
          args.push_back({kFronted - 1, span(lo, hi, -1, conjuncts(noun))});
          has_object = true;
        }
      }
    }
    std::sort(preps.begin(), preps.end());
    // A passive's agent ("was elected Taoiseach by the Dáil") comes first
    // and its "by" joins the relation, whatever else the clause has.
    int agent = -1;
    const bool passive =
        std::any_of(group.begin(), group.end(), [&](int g) { return label(g) == "aux:pass"; }) ||
        ((is(v, "acl") || (is(v, "advcl") && inherited)) &&
         xpos(v) == "VBN");  // "a school founded by", "Founded by X, the"
    if (passive) {
      for (int p : preps) {
        const int c = case_word(p);
        if (agent < 0 && c > last && form_is(c, "by")) agent = p;
      }
    }
    for (int p : preps) {
      if (agent < 0 && label(p) == "obl:agent" && case_word(p) > last) agent = p;
    }
    bool first_prep = agent < 0;
    for (int p : preps) {
      const int c = case_word(p);
      std::vector<int> pstop = stop;
      if (c >= 0) pstop.push_back(c);
      auto [lo, hi] = phrase(p, pstop);
      if (lo > hi) continue;
      if (p == agent) {
        group.push_back(c);
        args.push_back({-1, span(lo, hi, -1, conjuncts(p))});
        continue;
      }
      const bool fronted = p < std::min(subj, group.front());
      if (fronted) {  // a phrase before the subject: said of the whole clause
        args.push_back({kFronted, span(c >= 0 ? c : lo, hi, -1, {})});
      } else if (c < 0) {
        args.push_back({lo, span(lo, hi, -1, conjuncts(p))});
      } else if (!has_object && first_prep && c > last) {
        // "became President of Chile", the title hung on the name: words
        // before the preposition go with it into the relation.
        for (int w = phrase(p, stop).first; w < c; ++w) group.push_back(w);
        group.push_back(c);
        args.push_back({lo, span(lo, hi, -1, conjuncts(p))});
      } else {
        args.push_back({c, span(c, hi, c, conjuncts(p))});
      }
      if (!fronted && c >= 0) first_prep = false;
    }
    if (args.empty()) return;
    std::sort(group.begin(), group.end());
    group.erase(std::unique(group.begin(), group.end()), group.end());
    for (int g : group) {
      if (!tuple.relation.empty()) tuple.relation += ' ';
      tuple.relation += t_[static_cast<std::size_t>(g)];
      tuple.relation_tokens.push_back(g);
    }
    if (that_clause) tuple.relation += " that";
    tuple.args.push_back(text(slo, shi));
    tuple.spans.push_back(span(slo, shi, -1, conjuncts(subj)));
    std::stable_sort(args.begin(), args.end(),
                     [](const Arg& a, const Arg& b) { return a.position < b.position; });
    for (Arg& a : args) {
      tuple.args.push_back(text(a.span.first, a.span.last));
      tuple.spans.push_back(std::move(a.span));
    }
    // The weakest arc among the arguments' (a borrowed subject's arc is
    // another clause's).
    double arcs = 1.0;
    for (std::size_t k = inherited ? 1 : 0; k < tuple.spans.size(); ++k) {
      for (int h : tuple.spans[k].heads) arcs = std::min(arcs, arc(h));
    }
    tuple.confidence = (0.8 + (has_object ? 0.1 : 0.0) - (inherited ? 0.1 : 0.0)) *
                       (1.0 - kArcWeight + kArcWeight * arcs);
    tuple.own_subject = !inherited;
    tuple.asserted = asserted(v);
    tuple.passive = agent >= 0;
    out.push_back(std::move(tuple));
  }

  // Whether the clause of v is stated: no verb it is embedded under (through
  // complements and the nouns whose content they give, "denied reports that
  // ...", up to a coordination or a relative clause) is negated or a verb of
  // denial. A relative clause states its own fact ("Baker, who is an
  // investigator at X, did not use Y").
  bool asserted(int v) const {
    for (int x = head(v), from = v; x >= 0; from = x, x = head(x)) {
      if (is(from, "conj") || is(from, "parataxis")) return true;
      if (label(from) == "acl:relcl" || label(from) == "advcl:relcl") return true;
      if (upos(x) != "VERB") continue;
      const std::string_view lemma = this->lemma(x);
      if (words::contains(words::kDenialVerbs, lemma)) return false;
      for (int k : kids(x)) {
        if (is(k, "advmod") && negation(k)) return false;
      }
    }
    return true;
  }

  // A clausal complement: "said that X would come", "said X would come",
  // "asked whether ...". Returns whether the relation takes its "that".
  bool clausal(int c, const std::vector<int>& stop, std::vector<Arg>& args) const {
    auto [lo, hi] = phrase(c, stop, true);
    bool that = false;
    for (int k : kids(c)) {
      if (is(k, "mark") && k == lo && form_is(k, "that")) that = true;
    }
    if (that) ++lo;
    if (lo > hi) return false;
    args.push_back({c < stop.front() ? kFronted : lo, span(lo, hi, -1, {})});
    return that;
  }

  // "Smith , a lawyer from Boston ,": (Smith ; is ; a lawyer from Boston).
  void apposition(int noun, int appositive, std::vector<OpenIeTuple>& out) const {
    if (noun < 0 || appositive <= noun || is_punct(noun)) return;
    auto [slo, shi] = noun_phrase(noun, {appositive});
    auto [alo, ahi] = noun_phrase(appositive, {noun});
    if (slo > shi || alo > ahi || alo <= shi) return;
    OpenIeTuple t;
    t.relation = "is";
    t.args = {text(slo, shi), text(alo, ahi)};
    t.spans = {span(slo, shi, -1, {noun}), span(alo, ahi, -1, {appositive})};
    t.confidence = 0.6;
    out.push_back(std::move(t));
  }

  // "Trek 's president": (Trek ; has ; president).
  void possessive(int owner, std::vector<OpenIeTuple>& out) const {
    const int owned = head(owner);
    if (owned < 0 || owned < owner || upos(owner) == "PRON") return;
    int marker = -1;
    for (int k : kids(owner)) {
      if (is(k, "case") && k > owner) marker = k;
    }
    if (marker < 0) return;
    auto [olo, ohi] = phrase(owner, {marker});
    auto [plo, phi] = phrase(owned, {owner, marker});
    plo = std::max(plo, marker + 1);
    if (olo > ohi || plo > phi) return;
    OpenIeTuple t;
    t.relation = "has";
    t.args = {text(olo, ohi), text(plo, phi)};
    t.spans = {span(olo, ohi, -1, {owner}), span(plo, phi, -1, {owned})};
    t.confidence = 0.17;
    t.implicit = true;
    out.push_back(std::move(t));
  }

  const std::vector<std::string>& t_;
  std::vector<bool> folded_;
};

}  // namespace

std::vector<OpenIeTuple> read_ud_tuples(const std::vector<std::string>& tokens,
                                        const UdParse& parsed) {
  if (tokens.size() != parsed.tree.words.size() || tokens.empty()) return {};
  return TreeReader(tokens, parsed.tree, parsed.margins).run();
}

}  // namespace kg::extract
