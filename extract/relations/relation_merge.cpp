#include "extract/relations/relation_merge.h"

#include <algorithm>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <tuple>

#include "extract/lexicon/word_lists.h"
#include "extract/relations/predicate_policy.h"
#include "extract/relations/relation_label.h"

namespace kg::extract {
namespace {

// The lemma of the first verb of a predicate that is no auxiliary or form
// of "be" ("has already invested in" -> "invest"), or "" when it has none.
std::string main_verb(const Lexicon& lex, const std::string& predicate) {
  std::istringstream words(predicate);
  for (std::string w; words >> w;) {
    if (words::contains(words::kAuxiliaries, w) || words::contains(words::kFormsOfBe, w)) continue;
    if (auto lemma = lex.verb_lemma(w)) return *lemma;
  }
  return {};
}

void absorb(RawRelation& kept, const RawRelation& r) {
  kept.confidence = std::max(kept.confidence, r.confidence);
  kept.named = kept.named || r.named;
  kept.qualifiers.insert(r.qualifiers.begin(), r.qualifiers.end());
}

// Keeps, of the relations with the same ends, sentence and main verb, the
// surest (the first read of equals).
std::vector<RawRelation> merge_paraphrases(const Lexicon& lex, std::vector<RawRelation> in) {
  std::map<std::tuple<int, int, int, std::string>, std::size_t> seen;
  std::vector<RawRelation> out;
  for (RawRelation& r : in) {
    const std::string verb = main_verb(lex, r.predicate);
    if (!verb.empty()) {
      auto [it, added] =
          seen.emplace(std::make_tuple(r.subject, r.object, r.sentence, verb), out.size());
      if (!added) {
        RawRelation& kept = out[it->second];
        if (r.confidence > kept.confidence) std::swap(kept, r);
        absorb(kept, r);
        continue;
      }
    }
    out.push_back(std::move(r));
  }
  return out;
}

}  // namespace

std::vector<RawRelation> merge_relations(const Lexicon& lex, std::vector<RawRelation> raw) {
  std::map<std::tuple<int, std::string, int>, std::size_t> seen;
  std::vector<RawRelation> out;
  for (RawRelation& read : raw) {
    read.predicate = normalize_predicate(read.predicate);
    std::optional<RawRelation> policed = apply_predicate_policy(lex, std::move(read));
    if (!policed) continue;
    RawRelation& r = *policed;
    std::istringstream words(r.predicate);
    for (std::string w; !r.symmetric && words >> w;) r.symmetric = lex.is_symmetric_word(w);
    if (r.predicate.empty() || r.subject < 0 || r.object < 0 || r.subject == r.object) continue;
    int a = r.subject, b = r.object;
    if (r.symmetric && b < a) std::swap(a, b);
    auto key = std::make_tuple(a, r.predicate, b);
    auto it = seen.find(key);
    if (it == seen.end()) {
      seen.emplace(key, out.size());
      out.push_back(std::move(r));
      continue;
    }
    absorb(out[it->second], r);
  }
  return merge_paraphrases(lex, std::move(out));
}

}  // namespace kg::extract
