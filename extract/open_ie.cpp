#include "extract/open_ie.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <set>
#include <thread>

namespace kg::extract {
namespace {

// Link types that stay inside a noun phrase: determiners, adjectives, noun
// modifiers, proper-name chains, possessives, numbers, post-nominal
// prepositional phrases and their objects, coordination of nouns.
constexpr std::array<std::string_view, 28> kPhraseLinks = {
    "D", "DD", "DG", "DT", "A", "AN", "AJ", "G", "GN", "YS", "YP", "NM", "ND", "NN", "L",
    "TA", "TM", "TD", "TY", "EA", "Mp", "Mf", "Ma", "J", "JG", "SJ", "MJ", "IN"};

bool is_phrase_link(std::string_view label) {
  return std::any_of(kPhraseLinks.begin(), kPhraseLinks.end(),
                     [&](std::string_view p) { return link_type_is(label, p); });
}

class Reader {
 public:
  Reader(const std::vector<std::string>& tokens, const ParseResult& p) : t_(tokens), p_(p) {}

  std::vector<OpenIeTuple> run() {
    std::vector<OpenIeTuple> out;
    for (const Link& l : p_.links) {
      if (l.left < 0 || l.right < 0) continue;
      bool subject_link = link_type_is(l.label, "S") || link_type_is(l.label, "SX") || link_type_is(l.label, "RS");
      if (!subject_link) continue;
      int subject = l.left;
      if (link_type_is(l.label, "RS")) subject = antecedent(l.left);
      if (subject < 0) continue;
      for (int verb : conjoined_verbs(l.right)) clause(subject, verb, out);
    }
    return out;
  }

 private:
  std::string_view base(int w) const { return p_.base(w); }
  bool has(std::string_view pattern, int left, int right) const { return p_.find(pattern, left, right) != nullptr; }

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

  int antecedent(int relative) const {
    auto r = left_of(relative, "R");
    return r.empty() ? -1 : r.front();
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
          break;
        }
      }
      if (next < 0) {
        auto to = right_of(w, "TO");
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
        if (other < 0 || seen.count(other) || stop.count(other) || !is_phrase_link(l.label)) continue;
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
    const std::string& s = t_[static_cast<std::size_t>(w)];
    return s == "," || s == "." || s == ";" || s == ":" || s == "``" || s == "''" || s == "-LRB-" || s == "-RRB-";
  }

  std::string text(int lo, int hi) const {
    std::string s;
    for (int k = lo; k <= hi; ++k) {
      if (k > lo) s += ' ';
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
    for (std::size_t k = 0; k < verb.size(); ++k) tuple.relation += (k ? " " : "") + t_[static_cast<std::size_t>(verb[k])];
    tuple.args.push_back(text(slo, shi));

    std::vector<std::pair<int, std::string>> args;  // position, text
    std::vector<int> objects = right_of(main, "O");
    for (int finite_word : verb) {
      for (int o : right_of(finite_word, "O")) {
        if (std::find(objects.begin(), objects.end(), o) == objects.end()) objects.push_back(o);
      }
    }
    for (std::string_view p : {"Pa", "Pp"}) {
      for (int o : right_of(main, p)) objects.push_back(o);
    }
    bool has_object = !objects.empty();
    for (int o : objects) {
      auto [lo, hi] = phrase(o, stop);
      if (lo <= hi) args.emplace_back(lo, text(lo, hi));
    }
    std::vector<int> preps;
    for (int w : verb) {
      for (int p : right_of(w, "MV")) {
        if (!right_of(p, "J").empty() && p > main) preps.push_back(p);
      }
    }
    std::sort(preps.begin(), preps.end());
    for (std::size_t k = 0; k < preps.size(); ++k) {
      int p = preps[k];
      int obj = right_of(p, "J").front();
      std::set<int> pp_stop = stop;
      pp_stop.insert(p);  // the preposition heads the argument, it is not inside the noun phrase
      auto [lo, hi] = phrase(obj, pp_stop);
      if (lo > hi) continue;
      if (!has_object && k == 0) {
        tuple.relation += " " + t_[static_cast<std::size_t>(p)];
        args.emplace_back(lo, text(lo, hi));
      } else {
        args.emplace_back(p, text(p, hi));
      }
    }
    for (int that : right_of(main, "TH")) {
      auto [lo, hi] = clause_span(that);
      if (lo <= hi) {
        tuple.relation += " that";
        args.emplace_back(lo, text(lo, hi));
      }
    }
    for (int ce : right_of(main, "C")) {
      auto [lo, hi] = clause_span(ce - 1);
      if (lo <= hi) args.emplace_back(lo, text(lo, hi));
    }
    if (args.empty()) return;
    std::stable_sort(args.begin(), args.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (auto& a : args) tuple.args.push_back(std::move(a.second));
    double confidence = 0.6 + (p_.complete ? 0.2 : 0.0) + (has_object ? 0.1 : 0.0) - 0.05 * p_.null_count -
                        0.02 * std::max(0.0, p_.cost) - (p_.violation ? 0.1 : 0.0);
    tuple.confidence = std::clamp(confidence, 0.05, 0.99);
    out.push_back(std::move(tuple));
  }

  const std::vector<std::string>& t_;
  const ParseResult& p_;
};

}  // namespace

Result<OpenIeExtractor> OpenIeExtractor::create() {
  auto parser = LinkParser::create();
  if (!parser.ok()) return parser.status();
  return OpenIeExtractor(std::move(parser).value());
}

std::vector<OpenIeTuple> OpenIeExtractor::extract(const std::vector<std::string>& tokens) const {
  if (tokens.empty()) return {};
  ParseResult parse = parser_.parse(tokens);
  if (!parse.parsed()) return {};
  return from_parse(tokens, parse);
}

Result<std::vector<std::vector<OpenIeTuple>>> extract_open_ie(
    const std::vector<std::vector<std::string>>& sentences, unsigned threads) {
  threads = std::max(1u, std::min<unsigned>(threads, static_cast<unsigned>(sentences.size())));
  std::vector<OpenIeExtractor> workers;
  for (unsigned k = 0; k < threads; ++k) {
    auto x = OpenIeExtractor::create();
    if (!x.ok()) return x.status();
    workers.push_back(std::move(x).value());
  }
  std::vector<std::vector<OpenIeTuple>> out(sentences.size());
  std::atomic<std::size_t> next{0};
  auto work = [&](const OpenIeExtractor& x) {
    for (std::size_t i = next++; i < sentences.size(); i = next++) out[i] = x.extract(sentences[i]);
  };
  std::vector<std::thread> pool;
  for (unsigned k = 1; k < threads; ++k) pool.emplace_back(work, std::cref(workers[k]));
  work(workers[0]);
  for (std::thread& t : pool) t.join();
  return out;
}

std::vector<OpenIeTuple> OpenIeExtractor::from_parse(const std::vector<std::string>& tokens,
                                                     const ParseResult& parse) {
  return Reader(tokens, parse).run();
}

}  // namespace kg::extract
