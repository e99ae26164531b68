// ClauseScan: read-only views of one sentence for the clause patterns
// (pattern_clauses.h), found from the tokens, mentions and verb lexicon
// without a parse: verb groups ("has been signed", "agreed to elevate"), the
// entities in subject position between two tokens, a relative pronoun's
// antecedent, a name after premodifiers ("the former Acme pilot X"), time
// phrases ("in 2009"), affiliations and asides to skip, participles opening
// or trailing a clause, reporting verbs. It holds a reference to the
// SentenceView, which must outlive it.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/relations/sentence_view.h"

namespace kg::extract {

inline constexpr std::size_t kMaxPremodifier = 4;  // words before a coordinated name

// A verb group: its tokens and its words as one predicate.
struct VerbGroup {
  std::size_t begin;  // first token (auxiliaries included)
  std::size_t end;    // one past the last verb token
  std::string text;
};

class ClauseScan {
 public:
  explicit ClauseScan(const SentenceView& v) : v_(v), lex_(v.context().lexicon) {}

  // True when no comma or semicolon stands in tokens [a, b).
  bool no_comma_between(std::size_t a, std::size_t b) const;

  // The token after a bracketed aside starting at k ("(2018)"), or k.
  std::size_t after_brackets(std::size_t k) const;

  // A lower-case word that is no mention, verb form or function word ("lithium").
  bool plain_word(std::size_t i) const;

  // A lower-case verb form of the verb lexicon at token i that is no
  // mention and reads as a verb where it stands.
  bool is_verb_form(std::size_t i) const;

  // The verb group starting at token i: a verb form, or an auxiliary before
  // one ("has not signed"; "had" alone as a main verb), with the negation,
  // adverbs, verb forms and "to <verb>" chains after it; nullopt when none
  // starts there.
  std::optional<VerbGroup> verb_group(std::size_t i) const;

  // The entity a relative clause whose verb group starts at g is said of, or
  // -1: the name right before "who"/"which"/"that" or before ", who"; or the
  // name an apposition describes, "X, a Swedish group that ...", "X, 62, an
  // American chemist who ...".
  int relative_antecedent(std::size_t g) const;

  // Entities in subject position in [a, b) after any dateline: the first one
  // not in a prepositional phrase, plus one coordinated with it by "and"; "both sides" stands for
  // the document's main pair.
  std::vector<int> subjects_between(std::size_t a, std::size_t b) const;

  // A verb group in the passive: a form of "be" before a past participle.
  bool passive(const VerbGroup& g) const;

  // The index of `word` at k or after a time phrase from k ("in 2009 by",
  // "since 2021 by"), or size() when something else stands between.
  std::size_t word_after_time_phrase(std::size_t k, std::string_view word) const;

  // The resolved name starting at k after a determiner and up to
  // kMaxPremodifier modifiers ("the Spanish entrepreneur X", "the US firm X",
  // "Ana's former student X", "her father, X"), or nullptr.
  const Mention* name_after_premodifiers(std::size_t k, std::size_t max = kMaxPremodifier) const;

  // "purchase of X", "rotating presidency to X" from token k: up to two
  // lower-case words, "of" or "to" and a name; the name and the words with
  // the preposition, or nullopt.
  std::optional<std::pair<const Mention*, std::string>> owned_noun_of(std::size_t k) const;

  // The token after "of [the] X" at k when X names an organisation or a
  // country ("Ana Ruiz of the University of Lima"), or k.
  std::size_t after_affiliation(std::size_t k) const;

  // The token after a time phrase at k ("on Wednesday", "on 9 October",
  // "last week", "earlier"), or k: "was awarded on Wednesday to X".
  std::size_t after_time_phrase(std::size_t k) const;

  // The "-ing" participle at token i as a verb group in the past tense
  // ("succeeding" -> "succeeded"), with a particle after it ("turning
  // down"); not a reporting verb ("saying") nor a preposition ("including").
  std::optional<VerbGroup> trailing_participle(std::size_t i) const;

  // A verb group whose last verb is a reporting verb ("said", "has told").
  bool reporting(const VerbGroup& g) const;

  // The token after the comma that ends an opening participle phrase: the
  // first comma followed by a name ("Born in X, in Y's south, Ana Ruiz
  // played", "Opening the meeting in X, Ana Ruiz, the chair, said"); 0 when
  // the sentence opens otherwise.
  std::size_t opening_phrase_end() const;

  // An adverb at token k that may stand inside a clause: "now", "also",
  // "still", "already", "later" or a word in "-ly".
  bool adverb(std::size_t k) const;

 private:
  // Token i starts with a capital letter.
  bool starts_upper(std::size_t i) const;

  // A plain word of an apposition's noun phrase.
  bool apposition_word(std::size_t i) const;

  // A possessive or a name owning what follows ("the European Union 's law
  // enforcement agency").
  bool owner_at(std::size_t i) const;

  // True when token i is part of a mention other than a modifier ("Swedish").
  bool name_at(std::size_t i) const;

  // w without a final "s" when longer than three letters ("leaders" ->
  // "leader"), else w.
  static std::string singular(const std::string& w);

  // The resolved name mention that ends right before token `end`, or nullptr.
  const Mention* name_ending_at(std::size_t end) const;

  // A word of a time phrase that may stand between a passive verb and its
  // "by": "in 2009", "since 2021", "on Tuesday", "last year".
  bool time_phrase_at(std::size_t k) const;

  const SentenceView& v_;
  const Lexicon& lex_;
};

}  // namespace kg::extract
