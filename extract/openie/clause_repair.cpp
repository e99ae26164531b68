#include "extract/openie/clause_repair.h"

#include <array>
#include <string_view>

#include "base/letters.h"
#include "extract/lexicon/word_lists.h"

namespace kg::extract {
namespace {

class Repair {
 public:
  explicit Repair(parse::Sentence& tree) : t_(tree), n_(static_cast<int>(tree.words.size())) {}

  int run() {
    int repaired = 0;
    for (int w = 2; w < n_; ++w) {
      if (form(w - 1) != ",") continue;
      const std::string pronoun = ascii_lower(form(w));
      if (pronoun == "whose" && repair_whose(w)) ++repaired;
      if ((pronoun == "who" || pronoun == "which") && repair_subject_relative(w)) ++repaired;
    }
    return repaired;
  }

 private:
  parse::Word& word(int w) { return t_.words[static_cast<std::size_t>(w)]; }
  const std::string& form(int w) { return word(w).form; }
  int head(int w) { return word(w).head - 1; }
  std::string_view universal(int w) {
    std::string_view d = word(w).deprel;
    return d.substr(0, d.find(':'));
  }
  void attach(int w, int h, std::string deprel) {
    word(w).head = h + 1;
    word(w).deprel = std::move(deprel);
  }
  bool has_child(int h, std::string_view rel) {
    for (int k = 0; k < n_; ++k) {
      if (head(k) == h && universal(k) == rel) return true;
    }
    return false;
  }
  // The first verb after `from` that follows a comma (adverbs between: ",
  // also shared") and has no subject or coordinator of its own: the verb
  // that resumes the sentence after the relative clause.
  int resumed_verb(int from) {
    for (int v = from + 1; v < n_; ++v) {
      if (word(v).upos != "VERB") continue;
      int k = v - 1;
      while (k > from && word(k).upos == "ADV") --k;
      if (form(k) != "," || has_child(v, "nsubj") || has_child(v, "cc")) return -1;
      return v;
    }
    return -1;
  }

  // The antecedent of the relative pronoun at `pronoun`: the phrase before
  // the comma (a closing quotation mark skipped), from its last word up its
  // name's flat arcs; -1 when there is none.
  int antecedent(int pronoun) {
    int a = pronoun - 2;
    while (a > 0 && (word(a).upos == "PUNCT") && form(a) != ",") --a;
    while (a >= 0 && universal(a) == "flat" && head(a) < a) a = head(a);
    return a < 0 || word(a).upos == "PUNCT" ? -1 : a;
  }

  // Makes M the main verb, with antecedent A as its subject and relative
  // verb R a clause of A: what hung from `old` (R or A) outside the clause
  // (the final stop, an opening adverbial) goes to M.
  void promote(int m, int a, int r, int old) {
    const std::string rel = word(old).deprel;
    const int up = head(old);
    for (int k = 0; k < n_; ++k) {
      // The antecedent keeps its own modifiers ("Greek and Roman pagans").
      const bool outside = k > m || (old != a && k < a);
      if (head(k) == old && k != a && k != r && outside) word(k).head = m + 1;
    }
    attach(m, up, rel);
    attach(a, m, "nsubj");
    attach(r, a, "acl:relcl");
  }

  // "X , who R ... , M ...": the parser made M a conjunct of R, with X the
  // root ("Rasoulof , who had been sentenced ... , fled the country").
  bool repair_subject_relative(int pronoun) {
    const int r = head(pronoun);
    const int a = antecedent(pronoun);
    if (r <= pronoun || a < 0 || universal(pronoun) != "nsubj" || word(r).upos != "VERB" ||
        head(r) != a || head(a) >= 0)
      return false;
    const int m = resumed_verb(r);
    if (m < 0 || head(m) != r || universal(m) != "conj") return false;
    promote(m, a, r, a);
    return true;
  }

  bool repair_whose(int whose) {
    const int noun = head(whose);
    const int a = antecedent(whose);
    if (noun <= whose || a < 0) return false;
    const int r = head(noun);
    if (r >= 0 && universal(noun) == "nsubj" && word(r).upos == "VERB") {
      // "X , whose N R ... , M": M hangs from R.
      const int m = resumed_verb(r);
      if (m < 0 || head(m) != r || head(a) != r) return false;
      promote(m, a, r, r);
      return true;
    }
    // "X , whose N , ... , V": N hangs from no verb.
    if (r >= 0 && word(r).upos == "VERB") return false;
    const int v = resumed_verb(noun);
    if (v < 0 || hangs_from(t_, a, v)) return false;
    attach(noun, v, "nsubj");
    attach(v, a, "acl:relcl");
    return true;
  }

  parse::Sentence& t_;
  int n_;
};

}  // namespace

bool hangs_from(const parse::Sentence& tree, int w, int top) {
  const int n = static_cast<int>(tree.words.size());
  for (int x = w, steps = 0; x >= 0 && steps <= n; ++steps) {
    if (x == top) return true;
    x = tree.words[static_cast<std::size_t>(x)].head - 1;
  }
  return false;
}

int repair_relative_clauses(parse::Sentence& tree) { return Repair(tree).run(); }

int repair_participle_clauses(parse::Sentence& tree) {
  auto& w = tree.words;
  const int n = static_cast<int>(w.size());
  auto at = [&](int k) -> parse::Word& { return w[static_cast<std::size_t>(k)]; };
  auto universal = [&](int k) {
    std::string_view d = at(k).deprel;
    return d.substr(0, d.find(':'));
  };
  int repaired = 0;
  for (int p = 1; p < n; ++p) {
    if (at(p).upos != "VERB" || at(p).xpos != "VBG" || universal(p) != "acl" ||
        at(p - 1).form != ",")
      continue;
    // The noun it hangs from must be in a prepositional phrase of a verb
    // before it ("left X by mutual agreement , turning down Y").
    const int noun = at(p).head - 1;
    if (noun < 0 || noun >= p || (universal(noun) != "obl" && universal(noun) != "nmod")) continue;
    int verb = noun;
    for (int steps = 0; verb >= 0 && at(verb).upos != "VERB" && steps < 4; ++steps)
      verb = at(verb).head - 1;
    if (verb < 0 || verb >= noun || at(verb).upos != "VERB") continue;
    at(p).head = verb + 1;
    at(p).deprel = "advcl";
    ++repaired;
  }
  return repaired;
}

int repair_time_clauses(parse::Sentence& tree) {
  static constexpr std::array<std::string_view, 4> kMarkers = {"after", "before", "since", "until"};
  auto& w = tree.words;
  const int n = static_cast<int>(w.size());
  auto at = [&](int k) -> parse::Word& { return w[static_cast<std::size_t>(k)]; };
  int repaired = 0;
  for (int unit = 0; unit < n; ++unit) {
    const int verb = at(unit).head - 1;
    if (verb <= unit || at(verb).upos != "VERB" || !at(unit).deprel.starts_with("nsubj") ||
        !words::contains(words::kTimeUnitNouns, ascii_lower(at(unit).form)))
      continue;
    // The subject of the clause: the unit's nmod between it and the verb,
    // with a marker for its case word.
    int subject = -1, marker = -1;
    for (int k = unit + 1; k < verb && subject < 0; ++k) {
      if (at(k).head - 1 != unit || !at(k).deprel.starts_with("nmod")) continue;
      for (int c = unit + 1; c < k; ++c) {
        if (at(c).head - 1 == k && at(c).deprel == "case" &&
            words::contains(kMarkers, ascii_lower(at(c).form))) {
          subject = k;
          marker = c;
        }
      }
    }
    if (subject < 0) continue;
    at(subject).head = verb + 1;
    at(subject).deprel = at(unit).deprel;
    at(marker).head = verb + 1;
    at(marker).deprel = "mark";
    const int above = at(verb).head - 1;
    at(unit).head = (above >= 0 ? above : verb) + 1;
    at(unit).deprel = "obl:unmarked";
    if (at(verb).deprel == "ccomp") at(verb).deprel = "advcl";
    ++repaired;
  }
  return repaired;
}

}  // namespace kg::extract
