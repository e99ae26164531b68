// EntityResolver: joins the mentions of one document into entities (DESIGN.md
// pipeline step 5) and sets Mention::entity.
//
// Names join by canonical form; a shorter person name joins the fuller one
// that contains its words ("Anwar" -> "Anwar Ibrahim", "Lam" -> "To Lam") and
// the fuller name becomes canonical; acronyms join the name they follow
// ("(UMNO)") or whose initials they spell. Pronouns and role references
// ("the Party chief", "the Vietnamese leader") join the most salient person,
// preferring recent sentence subjects, agreeing in country when the
// reference names one and in gender with the pronouns seen before (a
// paragraph that opens on "he" or "she" goes back to the person named most);
// organisation references ("the company") join the organisation described by
// that noun, named earlier in their own sentence, or named last. "Both sides" / "the two
// countries" stay unresolved here: the relation extractors bind them to the
// pair of their sentence or paragraph (SentenceView::country_pair).
#pragma once

#include <set>
#include <string>
#include <utility>
#include <vector>

#include "extract/lexicon/lexicon.h"
#include "extract/mentions/entity_table.h"
#include "extract/mentions/mention.h"
#include "kg/graph.h"

namespace kg::extract {

struct ResolvedDocument {
  std::vector<DocumentEntity> entities;
};

class EntityResolver {
 public:
  explicit EntityResolver(const Lexicon& lexicon) : lex_(lexicon) {}
  ResolvedDocument resolve(std::vector<AnalysedSentence>& sentences) const;

 private:
  const Lexicon& lex_;
};

// True when the token before position i is a preposition, i.e. a mention
// starting at i sits in a prepositional phrase rather than a subject slot.
bool after_preposition(const AnalysedSentence& s, std::size_t i);

}  // namespace kg::extract
