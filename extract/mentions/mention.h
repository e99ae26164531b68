// Mentions: spans of a sentence's tokens that name (or refer to) an entity,
// with the titles and roles written around them, and the sentence they sit in.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "extract/text/sentence_splitter.h"
#include "extract/text/tokenizer.h"
#include "kg/graph.h"

namespace kg::extract {

enum class MentionKind {
  kName,          // a proper name: "Anwar Ibrahim", "Malaysia", "University of Malaya"
  kModifier,      // a demonym or name used as a modifier: "Malaysian", "ASEAN (member states)"
  kPronoun,       // he, she, his, her, its, their, they
  kRoleRef,       // "the Party chief", "the Vietnamese leader"
  kRelationNoun,  // a named relation, not an entity: "Comprehensive Strategic Partnership"
  kDate,          // "November 23", "2024", "September 2023"
  kMoney,         // "$18 billion", "18 billion USD"
  kWork,          // a quoted title of a work, not an entity: the film "Anora"
};

// A title held by a person mention: "prime minister" of "Malaysia".
// `of` is the index of the mention the title points at, or -1 when the text
// names none; `prep` is "of" or "to".
struct Role {
  std::string title;
  std::string prep = "of";
  int of = -1;
};

struct Mention {
  MentionKind kind = MentionKind::kName;
  std::size_t begin = 0;       // first token of the name itself (titles excluded)
  std::size_t end = 0;         // one past its last token
  std::size_t span_begin = 0;  // first token including titles and premodifiers
  std::string text;            // the name as written, titles and honorifics stripped
  std::string canonical;       // lexicon canonical name when known ("Malaysian" -> "Malaysia")
  EntityType type = EntityType::kOther;
  bool titled = false;  // preceded by a title or honorific: surely a person
  // The type comes from the shape of the name alone (two to five plain
  // capitalised words read as a person's name); evidence may change it.
  bool type_guessed = false;
  // The common noun the sentence describes the entity with, in the same noun
  // phrase or an apposition: "drugmaker" in "German drugmaker Brauer Pharma",
  // "group" in "Sigrun Bio, a Swedish biotech group"; empty if none.
  std::string descriptor;
  // The demonym or place mention modifying that noun ("German", "Swedish"), or -1.
  int descriptor_from = -1;
  std::vector<Role> roles;
  std::string acronym;  // "(UMNO)" written after the name
  int entity = -1;      // document entity, set by the resolver
  // Why the resolver tied the mention to `entity` (meaningful when >= 0).
  MentionRule rule = MentionRule::kFirstMention;
};

struct AnalysedSentence {
  Sentence sentence;
  int index = 0;  // position in the document
  std::vector<Token> tokens;
  std::vector<Mention> mentions;   // ordered by begin
  std::vector<int> token_mention;  // per token: index of the mention covering it, or -1

  // The mention covering token i (span including titles), or -1.
  int mention_at(std::size_t i) const { return i < token_mention.size() ? token_mention[i] : -1; }
};

}  // namespace kg::extract
