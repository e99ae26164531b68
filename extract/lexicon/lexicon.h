// Lexicon: the generic world knowledge the extractor reads (countries and
// their aliases, demonyms, international organisations, places, titles,
// honorifics, type keywords, stop words, role nouns, verbs). It is built from
// the files in extract/lexicon/data/, embedded in the binary at build time, and
// from Debian's iso-codes country list. Immutable after loading; safe to share
// between threads.
//
// Phrases are matched on token sequences (see tokenizer.h), longest first.
// Proper-name entries (countries, organisations, places, demonyms) match only
// when the text is capitalised as in the lexicon's first letter; titles,
// honorifics and keywords match case-insensitively.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "base/letters.h"
#include "extract/lexicon/cities.h"
#include "extract/text/tokenizer.h"
#include "kg/graph.h"
#include "kg/status.h"

namespace kg::extract {

enum class LexKind {
  kCountry,      // canonical country name; type Country
  kDemonym,      // "Malaysian" -> Malaysia
  kNamedEntity,  // international organisation or well-known place, typed
  kTitle,        // "prime minister", "general secretary"
  kHonorific,    // "Dato' Seri", "Dr."
  kMonth,
};

// What a common noun written before or beside a name says the name is
// (descriptor_nouns.tsv): "drugmaker" an organisation, "chemist" a person's
// trade, "goalkeeper" a member of a team, "port" a place.
enum class DescriptorKind { kOrganisation, kOccupation, kPlayer, kPlace, kParty };

struct LexMatch {
  LexKind kind;
  std::size_t length = 0;  // tokens consumed
  std::string canonical;   // canonical name (country, organisation, place) or the phrase
  EntityType type = EntityType::kOther;
};

class Lexicon {
 public:
  // Loads the embedded lexicon files. Fails only on a malformed file.
  static Result<Lexicon> load_builtin();

  // Builds a lexicon from named file contents ("countries.tsv" -> text). The
  // iso-codes JSON, if present under "iso_3166-1.json", adds every country.
  static Result<Lexicon> from_files(
      const std::vector<std::pair<std::string_view, std::string_view>>& files);

  // Longest match of `kind` starting at tokens[i]; nullopt if none.
  std::optional<LexMatch> match(const std::vector<Token>& tokens, std::size_t i,
                                LexKind kind) const;

  // Longest match of any kind at tokens[i], proper names before titles.
  std::optional<LexMatch> match_any(const std::vector<Token>& tokens, std::size_t i) const;

  // The type a head noun gives a capitalised phrase ("Ministry" -> Organization).
  std::optional<EntityType> keyword_type(std::string_view word) const;
  bool is_stopword(std::string_view word) const;   // case-insensitive
  bool is_role_noun(std::string_view word) const;  // "leader", "chief", "chemist"
  // A descriptor noun of kind kOrganisation: "drugmaker", "club", "carrier".
  bool is_org_noun(std::string_view word) const;
  // A word of company names besides the distinctive part: "Pharma", "Holdings".
  bool is_company_word(std::string_view word) const;
  bool is_kinship(std::string_view word) const;  // "spouse", "wife", "son"
  // The kind of entity a descriptor noun describes ("drugmaker" ->
  // kOrganisation), any case; nullopt for other words.
  std::optional<DescriptorKind> descriptor_kind(std::string_view noun) const;
  // Words whose relations read the same both ways ("met", "talks", "partnership").
  bool is_symmetric_word(std::string_view word) const;
  bool is_title_word(std::string_view word) const;  // any word of a title phrase
  // Verb forms: "met" -> "meet"; nullopt when the word is not a known verb form.
  std::optional<std::string> verb_lemma(std::string_view word) const;
  bool is_past_form(std::string_view word) const;  // "met", "visited"
  // Past tense of a lemma ("meet" -> "met"); empty when unknown.
  std::string past_of(std::string_view lemma) const;
  // The American spelling of a British -ise verb form or -isation noun
  // whose verb the verb list spells both ways ("organised" -> "organized",
  // "Organisation" -> "Organization", first letter's case kept); empty
  // otherwise. The tagger learnt American English.
  std::string american_spelling(std::string_view word) const;
  // 1 to 12 for a month's name or its abbreviation ("March", "Mar.", "sept"),
  // any case; 0 otherwise.
  int month_number(std::string_view word) const;
  // Country canonical name for a country name, alias or demonym; nullopt otherwise.
  std::optional<std::string> country_of(std::string_view phrase) const;
  // The country a lexicon place lies in, by the place's canonical name
  // ("Kuala Lumpur" -> "Malaysia"), any case; nullopt for other names.
  std::optional<std::string> country_of_place(std::string_view place) const;
  // The nouns a definite description of a lexicon organisation uses, by its
  // canonical name ("NATO" -> "alliance", "European Union" -> "bloc",
  // "union"); empty for other names.
  const std::vector<std::string>& descriptions_of(std::string_view canonical) const;
  // The world city of that name (cities.h), its country under the lexicon's
  // canonical name; nullopt when no city has the name or its country is
  // unknown. load_builtin reads the cities; from_files has none.
  std::optional<City> city(std::string_view name) const;

 private:
  struct Entry {
    LexKind kind;
    std::string canonical;
    EntityType type;
    bool case_sensitive;
  };
  void add_phrase(std::string_view phrase, Entry entry);
  Status load_file(std::string_view name, std::string_view text);
  Status load_iso_countries(std::string_view json);
  Status load_descriptors(std::string_view text);

  std::unordered_multimap<std::string, Entry> phrases_;  // token-joined, lower case
  std::size_t max_phrase_tokens_ = 1;
  std::unordered_map<std::string, EntityType> keywords_;
  std::unordered_set<std::string> stopwords_;
  std::unordered_set<std::string> role_nouns_;
  std::unordered_set<std::string> company_words_;
  std::unordered_set<std::string> kinship_;
  std::unordered_map<std::string, DescriptorKind> descriptors_;
  std::unordered_set<std::string> symmetric_;
  std::unordered_set<std::string> title_words_;
  std::vector<std::string> month_names_;  // lower case, January first
  std::unordered_map<std::string, std::string> verb_lemmas_;
  std::unordered_set<std::string> past_forms_;
  std::unordered_map<std::string, std::string> past_of_;          // lemma -> past tense
  std::unordered_map<std::string, std::string> place_countries_;  // lower place -> country
  // organisation's canonical name -> the nouns that describe it
  std::unordered_map<std::string, std::vector<std::string>> org_descriptions_;
  std::unordered_map<std::string, std::string> countries_;  // lower name/alias/demonym -> canonical
  Cities cities_;
};

}  // namespace kg::extract
