#include "extract/relations/predicate_policy.h"

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

#include "base/letters.h"
#include "extract/lexicon/word_lists.h"

namespace kg::extract {
namespace {

std::vector<std::string> split_words(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(ascii_lower(text));
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

// Words a relation's predicate never ends with: it was cut in the middle of a
// phrase ("had held the second", "had made an offer but", "is whose").
constexpr std::array<std::string_view, 13> kBadLastWords = {
    "the", "a", "an", "and", "or", "but", "that", "which", "who", "whose", "whom", "its", "their"};

bool has_letters(const std::string& text) {
  int letters = 0;
  for (const char c : text) letters += (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ? 1 : 0;
  return letters >= 2 ||
         (letters == 1 && text.size() > 1 && static_cast<unsigned char>(text[0]) >= 0x80);
}

bool negated(const std::vector<std::string>& w) {
  for (const std::string& x : w) {
    if (words::contains(words::kNegations, x) || x.ends_with("n't")) return true;
  }
  return false;
}

// A word of a time phrase: "on", "tuesday", "last", "week".
bool time_phrase_word(const std::string& w) {
  if (words::contains(words::kPrepositions, w) || words::contains(words::kTimeWords, w))
    return true;
  std::string capitalised = w;
  if (!capitalised.empty()) capitalised[0] = static_cast<char>(capitalised[0] - 'a' + 'A');
  return !w.empty() && w[0] >= 'a' && w[0] <= 'z' && words::contains(words::kWeekdays, capitalised);
}

// "is known as", "also known as", "is now known as": the second name is
// another name of the first, not an entity related to it.
bool naming(const std::vector<std::string>& w) {
  std::size_t k = 0;
  while (k < w.size() &&
         (words::contains(words::kFormsOfBe, w[k]) || words::contains(words::kAuxiliaries, w[k]) ||
          words::contains(words::kVerbGroupAdverbs, w[k])))
    ++k;
  return w.size() - k == 2 && w[k] == "known" && w[k + 1] == "as";
}

// "said", "told", "said in", "has said", "would tell", "said on Tuesday in":
// a reporting verb with at most auxiliaries before it and prepositions and
// time words after it.
bool reporting(const Lexicon& lex, const std::vector<std::string>& w) {
  std::size_t k = 0;
  while (k < w.size() && words::contains(words::kAuxiliaries, w[k])) ++k;
  if (k >= w.size()) return false;
  auto lemma = lex.verb_lemma(w[k]);
  if (!lemma || !words::contains(words::kReportingVerbs, *lemma)) return false;
  // "said damage to roads leading to X": what follows "say" is the
  // reported clause, never a relation.
  if (*lemma == "say") return true;
  // "X told Reuters", "X admitted Finland": a verb whose direct object is
  // the one addressed or the thing reported on relates the two; "said Peru"
  // never does.
  if (k + 1 == w.size() && words::contains(words::kObjectReportingVerbs, *lemma)) return false;
  return std::all_of(w.begin() + static_cast<std::ptrdiff_t>(k) + 1, w.end(), time_phrase_word);
}

// "was appointed by", "hosted by", "was founded in by", "was also defeated
// by", "is held every two years by", "has to be ratified by": the participle before "by" (skipping
// a frequency phrase and one preposition of a time or place phrase that was cut out), or nullopt
// when the predicate is not such a passive.
std::optional<std::string> passive_participle(const Lexicon& lex,
                                              const std::vector<std::string>& w) {
  if (w.size() < 2 || w.back() != "by") return std::nullopt;
  std::size_t k = w.size() - 2;
  // "is organised every two years by"
  while (k > 0 && (words::contains(words::kDurationWords, w[k]) ||
                   words::contains(words::kTimeUnitNouns, w[k])))
    --k;
  if (k > 0 && (w[k] == "in" || w[k] == "on" || w[k] == "at")) --k;
  const auto lemma = lex.verb_lemma(w[k]);
  if (!lex.is_past_form(w[k]) || !lemma) return std::nullopt;
  // Without a form of "be" ("hosted by") the participle must not be a verb
  // whose "by" is a particle ("stood by").
  bool be = false;
  for (std::size_t q = 0; q < k; ++q) be = be || words::contains(words::kFormsOfBe, w[q]);
  if (!be && words::contains(words::kByParticleVerbs, *lemma)) return std::nullopt;
  for (std::size_t q = 0; q < k; ++q) {
    // "has to be ratified by", "is expected to be signed by"
    const bool to_be = w[q] == "to" && w[q + 1] == "be";
    const bool before_to =
        q + 1 < k && w[q + 1] == "to" && words::contains(words::kPassiveLeadIns, w[q]);
    if (!words::contains(words::kFormsOfBe, w[q]) && !words::contains(words::kAuxiliaries, w[q]) &&
        !words::contains(words::kVerbGroupAdverbs, w[q]) && !w[q].ends_with("ly") && !to_be &&
        !before_to)
      return std::nullopt;  // more than auxiliaries and adverbs before the participle
  }
  const std::string past = lex.past_of(*lemma);
  return past.empty() ? w[k] : past;
}

// "was awarded to", "was given on Wednesday to", "has been handed to": a
// passive of a verb of giving whose "to" names the recipient; returns what
// the recipient was ("was awarded"), or nullopt.
std::optional<std::string> recipient_passive(const Lexicon& lex,
                                             const std::vector<std::string>& w) {
  if (w.size() < 3 || w.back() != "to") return std::nullopt;
  std::size_t k = w.size() - 2;
  while (k > 0 && time_phrase_word(w[k]) && !lex.is_past_form(w[k])) --k;
  const auto lemma = lex.verb_lemma(w[k]);
  if (k == 0 || !lemma || !lex.is_past_form(w[k]) || !words::contains(words::kGivingVerbs, *lemma))
    return std::nullopt;
  std::string be;
  for (std::size_t q = 0; q < k; ++q) {
    if (words::contains(words::kFormsOfBe, w[q])) {
      be = w[q];
    } else if (!words::contains(words::kAuxiliaries, w[q]) && !w[q].ends_with("ly")) {
      return std::nullopt;
    }
  }
  if (be.empty()) return std::nullopt;
  return be + " " + w[k];
}

}  // namespace

std::optional<RawRelation> apply_predicate_policy(const Lexicon& lexicon, RawRelation r) {
  const std::vector<std::string> w = split_words(r.predicate);
  if (w.empty() || !has_letters(r.predicate)) return std::nullopt;
  if (r.named) return r;  // a named relation ("Strategic Partnership") is a noun phrase
  if (words::contains(kBadLastWords, w.back())) return std::nullopt;
  // A bare form of "be" ("X is Y") names no relation: what links the two is
  // the noun it was read over ("Kingston is Jamaica's capital").
  if (std::all_of(w.begin(), w.end(), [](const std::string& x) {
        return words::contains(words::kFormsOfBe, x) || words::contains(words::kAuxiliaries, x);
      }))
    return std::nullopt;
  if (negated(w) || reporting(lexicon, w) || naming(w)) return std::nullopt;
  if (auto active = passive_participle(lexicon, w)) {
    std::swap(r.subject, r.object);
    r.predicate = *active;
  } else if (auto received = recipient_passive(lexicon, w)) {
    std::swap(r.subject, r.object);
    r.predicate = *received;
  }
  return r;
}

}  // namespace kg::extract
