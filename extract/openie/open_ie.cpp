#include "extract/openie/open_ie.h"

#include <algorithm>
#include <array>
#include <limits>
#include <set>

#include "extract/openie/open_ie_confidence.h"

namespace kg::extract {

static_assert(kOpenIeMaxTokens <= LinkParser::kMaxWords);
namespace {

// Link types that stay inside a noun phrase: determiners, adjectives, noun
// modifiers, proper-name chains, possessives, numbers, post-nominal
// prepositional phrases and their objects, coordination of nouns.
constexpr std::array<std::string_view, 30> kPhraseLinks = {
    "D",  "DD", "DG", "DT", "A",  "AN", "AJ", "G",  "GN", "YS", "YP", "NM", "ND", "NN", "L",
    "TA", "TM", "TD", "TY", "EA", "Mp", "Mf", "Ma", "J",  "JG", "SJ", "MJ", "IN", "NI", "ON"};

// Penn Treebank splits hyphenated words ("fume - filled"); Link Grammar reads
// them better whole. A parse word covers input tokens [first, last].
struct Words {
  std::vector<std::string> text;
  std::vector<int> first;
  std::vector<int> last;
};

bool is_word_token(const std::string& t) {
  return !t.empty() && std::all_of(t.begin(), t.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           static_cast<unsigned char>(c) >= 0x80;
  });
}

Words join_hyphens(const std::vector<std::string>& tokens) {
  Words w;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (!w.text.empty() && tokens[i] == "-" && i + 1 < tokens.size() &&
        is_word_token(tokens[i + 1]) && is_word_token(tokens[i - 1]) &&
        w.last.back() == static_cast<int>(i) - 1) {
      w.text.back() += "-" + tokens[i + 1];
      w.last.back() = static_cast<int>(i) + 1;
      ++i;
      continue;
    }
    w.text.push_back(tokens[i]);
    w.first.push_back(static_cast<int>(i));
    w.last.push_back(static_cast<int>(i));
  }
  return w;
}

// Links from a preposition (left) down to its object (right).
bool is_object_link(std::string_view label) {
  return link_type_is(label, "J") || link_type_is(label, "JG") || link_type_is(label, "IN") ||
         link_type_is(label, "ON");
}

bool is_phrase_link(std::string_view label) {
  return std::any_of(kPhraseLinks.begin(), kPhraseLinks.end(),
                     [&](std::string_view p) { return link_type_is(label, p); });
}

class Reader {
 public:
  Reader(const std::vector<std::string>& tokens, const Words& words, const ParseResult& p)
      : t_(tokens), w_(words), p_(p) {}

  std::vector<OpenIeTuple> run() {
    std::vector<OpenIeTuple> out;
    for (const Link& l : p_.links) {
      if (l.left < 0 || l.right < 0) continue;
      bool subject_link =
          link_type_is(l.label, "S") || link_type_is(l.label, "SX") || link_type_is(l.label, "RS");
      if (!subject_link) continue;
      int subject = l.left;
      if (link_type_is(l.label, "RS") || is_relative(subject))
        subject = predicated(antecedent(l.left));
      if (subject < 0) continue;
      subject = antecedent_of_pronoun(subject);
      for (int verb : conjoined_verbs(l.right)) clause(subject, verb, out);
    }
    for (const Link& l : p_.links) {
      if (l.left < 0 || l.right < 0) continue;
      // "the men arrested yesterday", "the company , founded in 1990 ,": a
      // participle modifying a noun is a clause with the noun as subject.
      bool participle = link_type_is(l.label, "Mv") || link_type_is(l.label, "Mg") ||
                        (link_type_is(l.label, "MX") && is_verb(l.right));
      if (participle) {
        clause(l.left, l.right, out);
      } else if (link_type_is(l.label, "MX")) {
        apposition(l.left, l.right, out);
      } else if (link_type_is(l.label, "SI")) {
        quotation(l.right, l.left, out);
      } else if (link_type_is(l.label, "YS") || link_type_is(l.label, "YP")) {
        possessive(l.left, l.right, out);
      } else if (link_type_is(l.label, "GN")) {
        title(l.left, l.right, out);
      }
    }
    for (OpenIeTuple& t : out) {
      t.confidence =
          shape_confidence(t, t_.size(), !t.spans.empty() && starts_with_preposition(t.spans[0]));
    }
    return out;
  }

  // "Colombian President Virgilio Barco": (Virgilio Barco ; is ; Colombian President).
  void title(int title, int name, std::vector<OpenIeTuple>& out) const {
    // The title is a common noun of the dictionary ("president.n", "chairman.t"),
    // not a word of a longer name ("the Communist Party").
    std::string_view sub = p_.subscript(title);
    if (name <= title || !nominal(title) || sub.empty() || (sub[0] != 'n' && sub[0] != 't')) return;
    for (int w = title + 1; w < name; ++w) {
      if (!has("G", w, -1)) return;  // the words between are the name's own ("Franklin D.")
    }
    while (name + 1 < static_cast<int>(w_.text.size()) && has("G", name, name + 1)) ++name;
    auto [tlo, thi] = phrase(title, {name});
    thi = title;
    if (tlo > thi) return;
    out.push_back({"is",
                   {text(title + 1, name), text(tlo, thi)},
                   {span(title + 1, name, -1, {name}), span(tlo, thi, -1, {title})},
                   p_.complete ? 0.3 : 0.2,
                   true,
                   true,
                   false,
                   {}});
  }

  // "Trek 's president": (Trek ; has ; president).
  void possessive(int owner, int marker, std::vector<OpenIeTuple>& out) const {
    auto owned = right_of(marker, "D");
    if (owned.empty() || !nominal(owner) || !nominal(owned.front())) return;
    auto [olo, ohi] = phrase(owner, {marker});
    auto [plo, phi] = phrase(owned.front(), {marker, owner});
    if (olo > ohi || plo > phi || plo <= marker) return;
    out.push_back({"has",
                   {text(olo, ohi), text(plo, phi)},
                   {span(olo, ohi, -1, {owner}), span(plo, phi, -1, {owned.front()})},
                   p_.complete ? 0.17 : 0.12,
                   true,
                   true,
                   false,
                   {}});
  }

  // "`` We will win , '' said the coach": (the coach ; said ; We will win).
  void quotation(int subject, int verb, std::vector<OpenIeTuple>& out) const {
    auto opened = left_of(verb, "CP");
    if (opened.empty() || !nominal(subject)) return;
    int lo = 0, hi = opened.front();
    while (lo < hi && is_punct(lo)) ++lo;
    while (hi > lo && is_punct(hi)) --hi;
    auto [slo, shi] = phrase(subject, {verb});
    if (lo > hi || slo > shi) return;
    out.push_back({text(verb, verb),
                   {text(slo, shi), text(lo, hi)},
                   {span(slo, shi, -1, {subject}), span(lo, hi, -1, {})},
                   p_.complete ? 0.7 : 0.5,
                   false,
                   true,
                   false,
                   {w_.first[static_cast<std::size_t>(verb)]}});
  }

 private:
  std::string_view base(int w) const { return p_.base(w); }
  bool has(std::string_view pattern, int left, int right) const {
    return p_.find(pattern, left, right) != nullptr;
  }

  // True when the parse word that starts span `s` heads a prepositional object.
  bool starts_with_preposition(const OpenIeSpan& s) const {
    auto it = std::find(w_.first.begin(), w_.first.end(), s.first);
    return it != w_.first.end() && prep_object(static_cast<int>(it - w_.first.begin())) >= 0;
  }

  // Words linked to w by a link of type `pattern` with w on the given side.
  std::vector<int> right_of(int w, std::string_view pattern) const {
    std::vector<int> out;
    for (const Link& l : p_.links) {
      if (l.left == w && l.right >= 0 && link_type_is(l.label, pattern)) out.push_back(l.right);
    }
    return out;
  }
  std::vector<int> left_of(int w, std::string_view pattern) const {
    std::vector<int> out;
    for (const Link& l : p_.links) {
      if (l.right == w && l.left >= 0 && link_type_is(l.label, pattern)) out.push_back(l.left);
    }
    return out;
  }

  // The object of a preposition: "in the house" (J), "in 1990" (IN).
  int prep_object(int p) const {
    for (std::string_view l : {"J", "IN", "ON", "TI"}) {
      auto r = right_of(p, l);
      if (!r.empty()) return r.front();
    }
    return -1;
  }

  // True when word w lies inside one of the spans.
  static bool inside(const std::vector<std::pair<int, int>>& spans, int w) {
    return std::any_of(spans.begin(), spans.end(),
                       [w](const auto& s) { return w >= s.first && w <= s.second; });
  }

  bool is_relative(int w) const {
    std::string_view b = base(w);
    return b == "which" || b == "who" || b == "whom" || b == "that";
  }

  // A word that can head a noun phrase: not a preposition, relative pronoun or punctuation.
  bool nominal(int w) const {
    return !is_relative(w) && !is_punct(w) && prep_object(w) < 0 &&
           is_word_token(w_.text[static_cast<std::size_t>(w)].substr(0, 1));
  }

  bool is_verb(int w) const {
    std::string_view s = p_.subscript(w);
    return !s.empty() && s[0] == 'v';
  }

  // The noun a relative pronoun stands for: its R link, else the word before
  // the comma that opens a non-restrictive clause (", which").
  int antecedent(int relative) const {
    auto r = left_of(relative, "R");
    if (!r.empty()) return r.front();
    if (relative >= 2 && w_.text[static_cast<std::size_t>(relative - 1)] == ",")
      return relative - 2;
    return -1;
  }

  // "Rodan taught there until he left": a personal pronoun subject stands for
  // the nearest subject before it in the sentence that is not a pronoun.
  int antecedent_of_pronoun(int w) const {
    auto personal = [&](int x) {
      std::string_view b = base(x);
      return b == "he" || b == "she" || b == "they" || b == "He" || b == "She" || b == "They";
    };
    if (!personal(w)) return w;
    int best = -1;
    for (const Link& l : p_.links) {
      bool subject_link = link_type_is(l.label, "S") || link_type_is(l.label, "SX");
      if (subject_link && l.left >= 0 && l.left < w && !personal(l.left) && nominal(l.left) &&
          !is_relative(l.left)) {
        best = std::max(best, l.left);
      }
    }
    return best >= 0 ? best : w;
  }

  // "X is a footballer who plays ...": a relative clause on the complement
  // of a copula describes the copula's subject, X. Other words are returned as they are.
  int predicated(int noun) const {
    if (noun < 0) return noun;
    for (int verb : left_of(noun, "O")) {
      if (!is_form_of_be(base(verb))) continue;  // only finite forms have an S link
      auto subject = left_of(verb, "S");
      if (!subject.empty()) return subject.front();
    }
    return noun;
  }

  // "Smith , a lawyer from Boston ,": (Smith ; is ; a lawyer from Boston).
  void apposition(int noun, int appositive, std::vector<OpenIeTuple>& out) const {
    if (!nominal(noun) || !nominal(appositive)) return;
    auto [slo, shi] = phrase(noun, {appositive});
    auto [alo, ahi] = phrase(appositive, {noun});
    if (slo > shi || alo > ahi || alo <= shi) return;
    out.push_back({"is",
                   {text(slo, shi), text(alo, ahi)},
                   {span(slo, shi, -1, {noun}), span(alo, ahi, -1, {appositive})},
                   p_.complete ? 0.6 : 0.4,
                   false,
                   true,
                   false,
                   {}});
  }

  // "served ... and became": a subject link to a conjunction reaches each verb.
  std::vector<int> conjoined_verbs(int w) const {
    auto l = right_of(w, "VJ");
    auto lw = left_of(w, "VJ");
    if (lw.empty() && l.empty()) return {w};
    std::vector<int> out = lw;
    out.insert(out.end(), l.begin(), l.end());
    return out;
  }

  // The verb group from a finite word: auxiliaries, participles, infinitives.
  std::vector<int> chain(int finite) const {
    std::vector<int> words{finite};
    int w = finite;
    for (int guard = 0; guard < 8; ++guard) {
      int next = -1;
      for (std::string_view p : {"PP", "Pv", "Pg", "I", "IV"}) {
        auto r = right_of(w, p);
        if (!r.empty()) {
          next = r.front();
          // "continue to work": IV links the two verbs, TO brings the "to".
          if (p == "IV") {
            for (int to : right_of(w, "TO")) words.push_back(to);
          }
          break;
        }
      }
      if (next < 0) {
        // "agreed to elevate" (TO), "are understood to contribute" (MVi).
        auto to = right_of(w, "TO");
        if (to.empty()) to = right_of(w, "MVi");
        if (!to.empty()) {
          auto inf = right_of(to.front(), "I");
          if (!inf.empty()) {
            words.push_back(to.front());
            next = inf.front();
          }
        }
      }
      if (next < 0) break;
      words.push_back(next);
      w = next;
    }
    for (int c : std::vector<int>(words)) {
      for (int n : right_of(c, "N")) words.push_back(n);
    }
    for (int k : right_of(w, "K")) words.push_back(k);
    std::sort(words.begin(), words.end());
    return words;
  }

  // The contiguous span covering `head` and its phrase-internal dependents.
  std::pair<int, int> phrase(int head, const std::set<int>& stop) const {
    std::set<int> seen{head};
    std::vector<int> todo{head};
    while (!todo.empty()) {
      int w = todo.back();
      todo.pop_back();
      for (const Link& l : p_.links) {
        int other = l.left == w ? l.right : l.right == w ? l.left : -1;
        if (other < 0 || seen.count(other) || stop.count(other) || !is_phrase_link(l.label))
          continue;
        if (other == l.left && is_object_link(l.label))
          continue;  // from an object up to its preposition
        seen.insert(other);
        todo.push_back(other);
      }
    }
    int lo = *seen.begin(), hi = *seen.rbegin();
    for (int s : stop) {  // never let a phrase swallow the verb
      if (s > head && s <= hi) hi = s - 1;
      if (s < head && s >= lo) lo = s + 1;
    }
    while (hi > lo && is_punct(hi)) --hi;
    while (lo < hi && is_punct(lo)) ++lo;
    return {lo, hi};
  }

  bool is_punct(int w) const {
    const std::string& s = w_.text[static_cast<std::size_t>(w)];
    return s == "," || s == "." || s == ";" || s == ":" || s == "``" || s == "''" || s == "-LRB-" ||
           s == "-RRB-";
  }

  // The span of parse words lo..hi in input tokens; `prep` and `heads` are parse words.
  OpenIeSpan span(int lo, int hi, int prep, const std::vector<int>& heads) const {
    OpenIeSpan s{w_.first[static_cast<std::size_t>(lo)],
                 w_.last[static_cast<std::size_t>(hi)],
                 prep < 0 ? -1 : w_.first[static_cast<std::size_t>(prep)],
                 {}};
    for (int h : heads) s.heads.push_back(w_.first[static_cast<std::size_t>(h)]);
    return s;
  }

  // The heads of a coordination ("A , B and C", where the conjunction heads the
  // phrase and links to its conjuncts by SJ links), else {w}.
  std::vector<int> conjuncts(int w) const {
    std::vector<int> out;
    std::vector<int> todo{w};
    std::set<int> seen{w};
    while (!todo.empty()) {
      int x = todo.back();
      todo.pop_back();
      std::vector<int> parts = left_of(x, "SJl");
      for (int r : right_of(x, "SJr")) parts.push_back(r);
      if (parts.empty()) out.push_back(x);
      for (int part : parts) {
        if (seen.insert(part).second) todo.push_back(part);
      }
    }
    std::sort(out.begin(), out.end());
    return out;
  }

  // The input tokens covered by parse words lo..hi.
  std::string text(int lo, int hi) const {
    std::string s;
    int a = w_.first[static_cast<std::size_t>(lo)], b = w_.last[static_cast<std::size_t>(hi)];
    for (int k = a; k <= b; ++k) {
      if (k > a) s += ' ';
      s += t_[static_cast<std::size_t>(k)];
    }
    return s;
  }

  // The span of a "that" clause: every word reachable from its complementiser
  // through links that stay to its right.
  std::pair<int, int> clause_span(int that) const {
    std::set<int> seen{that};
    std::vector<int> todo{that};
    while (!todo.empty()) {
      int w = todo.back();
      todo.pop_back();
      for (const Link& l : p_.links) {
        int other = l.left == w ? l.right : l.right == w ? l.left : -1;
        if (other <= that || seen.count(other)) continue;
        seen.insert(other);
        todo.push_back(other);
      }
    }
    int hi = *seen.rbegin();
    while (hi > that && is_punct(hi)) --hi;
    return {that + 1, hi};
  }

  void clause(int subject, int finite, std::vector<OpenIeTuple>& out) const {
    if (!nominal(subject) || is_punct(finite)) return;
    std::vector<int> verb = chain(finite);
    int main = verb.back();
    for (int w : verb) {
      if (!right_of(w, "N").empty() || base(w) == "not") continue;
    }
    // The main verb is the last word of the chain that is not a particle or "not".
    for (auto it = verb.rbegin(); it != verb.rend(); ++it) {
      if (base(*it) != "not" && left_of(*it, "K").empty()) {
        main = *it;
        break;
      }
    }
    std::set<int> stop(verb.begin(), verb.end());
    stop.insert(subject);
    auto [slo, shi] = phrase(subject, std::set<int>(verb.begin(), verb.end()));
    if (slo > shi) return;
    OpenIeTuple tuple;
    for (int e : left_of(main, "E")) {
      // "is first mentioned": an adverb inside the verb group.
      if (e > verb.front() && std::find(verb.begin(), verb.end(), e) == verb.end())
        verb.push_back(e);
    }
    std::sort(verb.begin(), verb.end());
    for (std::size_t k = 0; k < verb.size(); ++k) {
      tuple.relation += (k ? " " : "") + text(verb[k], verb[k]);
      tuple.relation_tokens.push_back(w_.first[static_cast<std::size_t>(verb[k])]);
    }
    tuple.args.push_back(text(slo, shi));
    tuple.spans.push_back(span(slo, shi, -1, conjuncts(subject)));

    struct Arg {
      int position;
      std::string text;
      OpenIeSpan span;
    };
    std::vector<Arg> args;
    std::vector<int> objects = right_of(main, "O");
    for (int finite_word : verb) {
      for (int o : right_of(finite_word, "O")) {
        if (std::find(objects.begin(), objects.end(), o) == objects.end()) objects.push_back(o);
      }
    }
    for (std::string_view p : {"Pa", "Pp"}) {
      for (int o : right_of(main, p)) objects.push_back(o);
    }
    if (objects.empty()) {
      // "the match which X lost", "the book X wrote": the noun the relative
      // clause modifies is the object of its verb (a B link).
      for (int b : left_of(main, "B")) {
        auto pronouns = right_of(b, "R");
        bool introduced = is_relative(b) || std::any_of(pronouns.begin(), pronouns.end(),
                                                        [&](int r) { return is_relative(r); });
        int noun = is_relative(b) ? antecedent(b) : b;
        if (introduced && noun >= 0 && noun != subject && noun < subject && nominal(noun))
          objects.push_back(noun);
      }
    }
    bool has_object = !objects.empty();
    std::vector<std::pair<int, int>> spans;
    for (int o : objects) {
      auto [lo, hi] = phrase(o, stop);
      if (lo <= hi) {
        args.push_back({lo, text(lo, hi), span(lo, hi, -1, conjuncts(o))});
        spans.emplace_back(lo, hi);
      }
    }
    std::vector<int> preps;
    for (int w : verb) {
      auto attached = right_of(w, "MV");
      auto of = right_of(w, "OF");  // "consisted of", "thought of"
      attached.insert(attached.end(), of.begin(), of.end());
      for (int p : attached) {
        if (p > main && prep_object(p) >= 0 &&
            std::find(preps.begin(), preps.end(), p) == preps.end()) {
          preps.push_back(p);
        }
      }
    }
    std::sort(preps.begin(), preps.end());
    for (std::size_t k = 0; k < preps.size(); ++k) {
      int p = preps[k];
      if (inside(spans, p)) continue;  // already part of an object or prepositional phrase
      int obj = prep_object(p);
      std::set<int> pp_stop = stop;
      pp_stop.insert(p);  // the preposition heads the argument, it is not inside the noun phrase
      auto [lo, hi] = phrase(obj, pp_stop);
      if (lo > hi) continue;
      spans.emplace_back(p, hi);  // a later preposition inside this phrase is not another argument
      if (!has_object && k == 0) {
        tuple.relation += " " + text(p, p);
        tuple.relation_tokens.push_back(w_.first[static_cast<std::size_t>(p)]);
        args.push_back({lo, text(lo, hi),
                        span(lo, hi, -1, conjuncts(obj))});  // the preposition went to the relation
      } else {
        args.push_back({p, text(p, hi), span(p, hi, p, conjuncts(obj))});
      }
    }
    for (int that : right_of(main, "TH")) {
      auto [lo, hi] = clause_span(that);
      if (lo <= hi) {
        tuple.relation += " that";
        args.push_back({lo, text(lo, hi), span(lo, hi, -1, {})});
      }
    }
    for (int wh : right_of(main, "QI")) {  // "defined when companies may defend themselves"
      auto [lo, hi] = clause_span(wh - 1);
      if (lo <= hi) args.push_back({lo, text(lo, hi), span(lo, hi, -1, {})});
    }
    for (int ce : right_of(main, "C")) {
      auto [lo, hi] = clause_span(ce - 1);
      if (lo <= hi) args.push_back({lo, text(lo, hi), span(lo, hi, -1, {})});
    }
    // A fronted phrase ("On 12 July 2006 , X launched ...") belongs to the
    // clause, and may be its only argument ("By noon , the results were found").
    for (int co : left_of(subject, "CO")) {
      auto [lo, hi] = phrase(co, stop);
      if (lo <= hi && lo == co) {
        args.push_back({std::numeric_limits<int>::max(), text(lo, hi), span(lo, hi, -1, {})});
      }
    }
    if (args.empty()) return;
    std::stable_sort(args.begin(), args.end(),
                     [](const Arg& a, const Arg& b) { return a.position < b.position; });
    for (Arg& a : args) {
      tuple.args.push_back(std::move(a.text));
      tuple.spans.push_back(std::move(a.span));
    }
    double confidence = 0.6 + (p_.complete ? 0.2 : 0.0) + (has_object ? 0.1 : 0.0) -
                        0.05 * p_.null_count - 0.02 * std::max(0.0, p_.cost) -
                        (p_.violation ? 0.1 : 0.0);
    tuple.confidence = std::clamp(confidence, 0.05, 0.99);
    out.push_back(std::move(tuple));
  }

  const std::vector<std::string>& t_;
  const Words& w_;
  const ParseResult& p_;
};

}  // namespace

bool is_form_of_be(std::string_view w) {
  return w == "is" || w == "was" || w == "are" || w == "were" || w == "be" || w == "been" ||
         w == "being";
}

Result<OpenIeExtractor> OpenIeExtractor::create() {
  auto parser = LinkParser::create();
  if (!parser.ok()) return parser.status();
  return OpenIeExtractor(std::move(parser).value());
}

std::vector<OpenIeTuple> OpenIeExtractor::extract(const std::vector<std::string>& tokens) const {
  if (tokens.empty() || tokens.size() > kOpenIeMaxTokens) return {};
  Words words = join_hyphens(tokens);
  ParseResult parse = parser_.parse(words.text);
  if (!parse.parsed()) return {};
  return Reader(tokens, words, parse).run();
}

std::vector<OpenIeTuple> OpenIeExtractor::from_parse(const std::vector<std::string>& tokens,
                                                     const ParseResult& parse) {
  Words words;
  words.text = tokens;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    words.first.push_back(static_cast<int>(i));
    words.last.push_back(static_cast<int>(i));
  }
  return Reader(tokens, words, parse).run();
}

}  // namespace kg::extract
