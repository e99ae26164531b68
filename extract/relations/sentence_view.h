// SentenceView: read helpers over one analysed sentence shared by the relation
// extractors (token words, the entity a mention stands for, subjects,
// possessives). Holds references; the sentence and context must outlive it.
#pragma once

#include <algorithm>
#include <cctype>
#include <optional>
#include <string>
#include <utility>

#include "extract/relations/relation_extractor.h"

namespace kg::extract {

class SentenceView {
 public:
  SentenceView(const DocumentContext& ctx, const AnalysedSentence& s) : ctx_(ctx), s_(s) {}

  std::size_t size() const { return s_.tokens.size(); }
  // Lower-cased token i ("" past the end).
  std::string word(std::size_t i) const;
  const std::string& text(std::size_t i) const { return s_.tokens[i].text; }
  bool is(std::size_t i, std::string_view w) const { return word(i) == w; }

  // The mention whose span (titles included) starts at token i, or nullptr.
  const Mention* mention_starting(std::size_t i) const;
  // The mention covering token i, or nullptr.
  const Mention* mention_at(std::size_t i) const;
  // The entity a mention stands for (-1 if none; "#pair" references -> -1).
  int entity(const Mention& m) const { return m.entity; }
  EntityType type(int entity) const;
  bool is_entity_name(const Mention* m) const;  // resolved name, not a modifier/date

  // The name mentions (kName) that stand for an entity, in order.
  std::vector<const Mention*> names() const;
  // The token after a dateline that opens the sentence ("LIMA, May 2 -",
  // "QUITO (Reuters) -": a city in capitals, then capitalised words, numbers
  // and brackets up to a dash), or 0 when there is none.
  std::size_t dateline_end() const;
  // The two countries "both sides", "the two countries" and "bilateral" refer
  // to here: the two countries this sentence names before token `before`
  // (a pair's object comes after it: "both sides met Chile"), with those of
  // the nearest earlier sentence of its paragraph that names any when it
  // names fewer; {-1, -1} when that is not exactly two (never the document's
  // pair).
  std::pair<int, int> country_pair(std::size_t before = static_cast<std::size_t>(-1)) const;
  // The same for two entities of type `wanted` ("the two leaders": persons).
  std::pair<int, int> pair_of(EntityType wanted,
                              std::size_t before = static_cast<std::size_t>(-1)) const;
  // The first entity in subject position of this sentence (not inside a
  // prepositional phrase nor a dateline), resolving pronouns and role
  // references. Only mentions from token `from` and before token `limit`
  // are considered.
  int subject(std::size_t limit = static_cast<std::size_t>(-1), std::size_t from = 0) const;
  // The organisation or country a name is "of" when token k is that "of":
  // "of [the] [up to two lower-case words] X" ("of the left-wing Broad
  // Front", "of Portugal"), not an owner ("of Chile 's ministry") but the
  // organisation it owns ("of Lacalle Pou 's National Party"); or nullptr.
  const Mention* affiliation_at(std::size_t k) const;
  // The document's country entity of that canonical name ("Japan"), or -1.
  int country_entity(const std::string& name) const;
  // The entity possessing the noun phrase that starts at token i ("his", "X 's").
  int possessor_before(std::size_t i) const;
  // Skips determiners and adjectives-like words (up to `max`), returning the index
  // of the first token that starts a named mention, or nullopt.
  std::optional<std::size_t> entity_after(std::size_t i, std::size_t max = 3) const;
  // A word written in capitals ("LIMA"), as datelines write their city.
  static bool is_capitals(std::string_view w);
  // Prepositions, conjunctions, complementisers.
  static bool is_function_word(std::string_view w);
  // True for a noun that names a person by a role: a title word, a role noun,
  // a kinship noun, or an occupation or team descriptor ("director", "aide",
  // "wife", "chemist", "striker").
  bool is_person_noun(std::string_view word) const;
  // True when the mention is written as a demonym ("Chilean"), not as a name.
  bool is_demonym(const Mention& m) const;
  // True when the name is used as a modifier of the common noun after it.
  bool modifies_noun(const Mention& m) const;
  // Date qualifiers of a date mention: year and ISO date (year-month[-day]) when known.
  void date_qualifiers(const Mention& m, std::map<std::string, std::string>& q) const;

  // Appends `subject predicate object` stated in this sentence to `out`
  // (append_relation: not when an end is missing or both ends are one entity).
  void add(std::vector<RawRelation>& out, int subject, std::string predicate, int object,
           double confidence) const;

  const AnalysedSentence& sentence() const { return s_; }
  const DocumentContext& context() const { return ctx_; }

 private:
  bool starts_with_upper_ascii(std::size_t k) const;
  const DocumentContext& ctx_;
  const AnalysedSentence& s_;
};

}  // namespace kg::extract
