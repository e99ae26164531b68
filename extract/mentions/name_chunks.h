// Name chunks: where a capitalised name starts and ends in a tokenised
// sentence, and the pieces it is made of (countries, demonyms, lexicon
// names, titles, honorifics, connectors, plain words, numbers, acronyms in
// brackets), read with the lexicon:
//   "Malaysian Prime Minister Anwar Ibrahim" -> Demonym, Title, Word, Word;
//   "Sohar Ventures of Oman" -> a company's name, "of", a country.
// The mention finder turns the pieces into mentions. A NameChunks holds
// references to the lexicon and the tokens, which must outlive it.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "extract/lexicon/lexicon.h"
#include "extract/text/tokenizer.h"

namespace kg::extract {

// What a piece of a name chunk is.
enum class PieceKind {
  kCountry,
  kDemonym,
  kNamed,
  kHonorific,
  kTitle,
  kConnector,
  kWord,
  kNumber,
  kAcronym
};

struct Piece {
  PieceKind kind;
  std::size_t begin;
  std::size_t end;
  std::string canonical;
  EntityType type = EntityType::kOther;
  std::optional<EntityType> keyword;  // for words: the type a head noun gives
};

inline Piece make_piece(PieceKind kind, std::size_t begin, std::size_t end, std::string canonical,
                        EntityType type = EntityType::kOther,
                        std::optional<EntityType> keyword = std::nullopt) {
  return Piece{kind, begin, end, std::move(canonical), type, keyword};
}

class NameChunks {
 public:
  NameChunks(const Lexicon& lex, const std::vector<Token>& tokens) : lex_(lex), t_(tokens) {}

  // Whether token i opens the sentence or a quotation, bracket or clause
  // after ":" or ";" (where a capital says nothing of a name).
  bool sentence_initial(std::size_t i) const;

  // Whether a name chunk starts at token i: a capitalised word (not a verb
  // form or stop word opening the sentence), a lexicon name, an ordinal
  // before a capital, or a lower-case title before a capitalised word.
  bool starts_chunk(std::size_t i) const;

  // One past the last token of the chunk starting at i: capitalised words,
  // lexicon phrases, particles ("von der"), connectors between capitalised
  // words ("of", "and", "for"), an acronym in brackets inside a name and a
  // prize's field ("Nobel Prize in Chemistry"); at least i + 1.
  std::size_t extend_chunk(std::size_t i) const;

  // "EU Leaders Charles Michel": a capitalised plural of a role noun right
  // before a name is a headline's or caption's word, not part of the name.
  bool plural_role_before_name(std::size_t j) const;

  // "leaders", "ministers", "justices": the plural of a role noun or of a
  // one-word title.
  bool is_plural_role_noun(const std::string& w) const;

  // The one-word title whose plural is w ("justices" -> "justice"), or "".
  std::string singular_title(const std::string& w) const;

  // True when the capitalised run starting at token k ends in a possessive.
  bool owner_run_after(std::size_t k) const;

  // The pieces of tokens [a, b), longest lexicon match first.
  std::vector<Piece> pieces(std::size_t a, std::size_t b) const;

  // A country, demonym or lexicon name: a piece that is an entity by itself.
  static bool is_entity_piece(const Piece& p);

  // Cuts a chunk's pieces at "and" between two complete names ("Vietnam and
  // Malaysia", "To Lam and Anwar Ibrahim") but not inside an of-complement
  // ("Ministry of Science and Technology").
  std::vector<std::pair<std::size_t, std::size_t>> units(const std::vector<Piece>& ps) const;

  // Where a title's complement ends: after the last keyword head ("... Central
  // Committee") with its of-phrase, or after one lexicon name ("to Malaysia"),
  // before honorifics, titles and the person's name.
  std::size_t complement_end(const std::vector<Piece>& ps, std::size_t k) const;

  // Where pieces [a, b) are a person's name of two to four plain words, then
  // "of" and an organisation or a country ("Miguel Gomes of Portugal"): the
  // index of the "of" piece; b otherwise. A name whose words head an
  // organisation ("Central Bank of Nigeria") is not a person's.
  std::size_t of_complement(const std::vector<Piece>& ps, std::size_t a, std::size_t b) const;

  // Where pieces [a, b) are a company's name ending in a company word after
  // a word of its own ("Sohar Ventures", not "Holdings"), then "of" and one
  // country: the index of the "of" piece; b otherwise. ("Bank of Oman" and
  // "Ministry of Oman" end in no company word.)
  std::size_t company_of_country(const std::vector<Piece>& ps, std::size_t a, std::size_t b) const;

  // True when pieces [a, b), after a leading "the", are one country or named
  // organisation, or a run with an organisation keyword.
  static bool names_organisation_or_country(const std::vector<Piece>& ps, std::size_t a,
                                            std::size_t b);

 private:
  // A one-word title that is also an honorific ("Sheikh") between a plain
  // capitalised word and a name word belongs to the name.
  bool inside_name(const std::vector<Piece>& before, std::size_t p, std::size_t b) const;

  // True when pieces [start, and_at) are plain words with no organisation
  // keyword ("Markets" may head a place, not this name) and the
  // words after the "and" at and_at, up to the run's end (and an acronym in
  // brackets), are plain words whose last is an organisation keyword.
  static bool one_organisation(const std::vector<Piece>& ps, std::size_t start, std::size_t and_at);

  std::string lower(std::size_t i) const;

  const Lexicon& lex_;
  const std::vector<Token>& t_;
};

}  // namespace kg::extract
