#include "extract/openie/relative_repair.h"

#include <string_view>

#include "base/letters.h"

namespace kg::extract {
namespace {

class Repair {
 public:
  explicit Repair(parse::Sentence& tree) : t_(tree), n_(static_cast<int>(tree.words.size())) {}

  int run() {
    int repaired = 0;
    for (int w = 2; w < n_; ++w) {
      if (ascii_lower(form(w)) == "whose" && form(w - 1) == "," && repair(w)) ++repaired;
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
  bool dominates(int top, int w) {
    for (int x = w, steps = 0; x >= 0 && steps <= n_; x = head(x), ++steps) {
      if (x == top) return true;
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

  bool repair(int whose) {
    const int noun = head(whose);
    if (noun <= whose) return false;
    // The antecedent: the phrase before the comma (a closing quotation mark
    // skipped), from its last word up its name's flat arcs.
    int a = whose - 2;
    while (a > 0 && (word(a).upos == "PUNCT") && form(a) != ",") --a;
    while (a >= 0 && universal(a) == "flat" && head(a) < a) a = head(a);
    if (a < 0 || word(a).upos == "PUNCT") return false;
    const int r = head(noun);
    if (r >= 0 && universal(noun) == "nsubj" && word(r).upos == "VERB") {
      // "X , whose N R ... , M": M hangs from R.
      const int m = resumed_verb(r);
      if (m < 0 || head(m) != r || head(a) != r) return false;
      const std::string rel = word(r).deprel;
      const int up = head(r);
      for (int k = 0; k < n_; ++k) {
        // What hangs from R outside the clause (the final stop, an opening
        // adverbial) belongs to the main clause.
        if (head(k) == r && k != a && (k < a || k > m)) word(k).head = m + 1;
      }
      attach(m, up, rel);
      attach(a, m, "nsubj");
      attach(r, a, "acl:relcl");
      return true;
    }
    // "X , whose N , ... , V": N hangs from no verb.
    if (r >= 0 && word(r).upos == "VERB") return false;
    const int v = resumed_verb(noun);
    if (v < 0 || dominates(v, a)) return false;
    attach(noun, v, "nsubj");
    attach(v, a, "acl:relcl");
    return true;
  }

  parse::Sentence& t_;
  int n_;
};

}  // namespace

int repair_whose_clauses(parse::Sentence& tree) { return Repair(tree).run(); }

}  // namespace kg::extract
