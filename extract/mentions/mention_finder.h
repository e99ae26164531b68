// MentionFinder: finds the typed mentions of one tokenised sentence
// (DESIGN.md pipeline step 4).
//
// Capitalised runs (with inner connectors such as "of", "the", "and") are cut
// into titles, honorifics, premodifiers and names using the lexicon:
//   "Malaysian Prime Minister Anwar Ibrahim" -> Person "Anwar Ibrahim" holding
//     the role "prime minister" of Country "Malaysia";
//   "Speaker of the House of Representatives Tan Sri Johari" -> Person "Johari"
//     holding "speaker" of Organization "House of Representatives".
// A run is typed by the lexicon, else by its head keyword ("... Airport" is a
// Place), else as a person name when it looks like one. Pronouns, role
// references ("the Party chief"), dates and money amounts are mentions too.
// The finder holds a reference to the lexicon, which must outlive it.
#pragma once

#include <vector>

#include "extract/lexicon/lexicon.h"
#include "extract/mentions/mention.h"
#include "extract/text/tokenizer.h"

namespace kg::extract {

class MentionFinder {
 public:
  explicit MentionFinder(const Lexicon& lexicon) : lex_(lexicon) {}

  // Mentions ordered by position; titles left pending by one run ("Deputy
  // Prime Minister, Minister of X, and ...") attach to the next person.
  std::vector<Mention> find(const std::vector<Token>& tokens) const;

  // Tokenises sentence `s` (number `index` in its document) and finds its
  // mentions, with the token -> mention map filled in.
  AnalysedSentence analyse(const Sentence& s, int index) const;

 private:
  const Lexicon& lex_;
};

}  // namespace kg::extract
