// Repairs of where the parser hung the items of a coordination or a list,
// guided by the types of the entities the words name.
#pragma once

#include <vector>

#include "extract/lexicon/lexicon.h"
#include "extract/parse/conllu.h"
#include "kg/graph.h"

namespace kg::extract {

// Moves a conjunct the parser hung on the wrong noun of a coordination of
// modified names: in "to A of Org1 and B of Org2", B is often attached as
// the conjunct of Org1, the nearest noun. When a conjunct names an entity of
// one type and its head one of another, and the head's phrase hangs (through
// nmod, appos, flat or compound arcs) from a word that names an entity of the
// conjunct's type, the conjunct goes to that word: B becomes A's conjunct.
//
// `types[w]` is the type of the entity word w names, or EntityType::kOther
// when it names none. Heads are CoNLL-U's (1-based, 0 the root); the tree
// stays a tree (the new head is an ancestor of the old one).
// Returns the number of conjuncts moved.
int repair_conjuncts(parse::Sentence& tree, const std::vector<EntityType>& types);

// Moves a list introduced by "including" to the plural noun it elaborates:
// the parser hangs "ten provinces hit by earthquakes that struck the south
// , including A , B and C" from the nearest verb. The list's first item
// names an entity of some type; its new head is the nearest plural common
// noun before "including" that counts things of that type ("provinces",
// "cities" for places, "countries" for countries, "companies" for
// organisations, "ministers" for people), with relation nmod. A list that
// already hangs from such a noun, or that no such noun precedes, stays.
// Returns the number of lists moved.
int repair_including_lists(parse::Sentence& tree, const std::vector<EntityType>& types,
                           const Lexicon& lex);

// The same for a list after a colon, which the parser hangs (appos) from
// the noun just before it: "Six countries remain suspended after military
// takeovers: A (2021), B (2022) and C": the list goes to "countries", as its
// apposition; and each later item of a list that runs to the end of the
// sentence (names of the first item's type, numbers, brackets, commas,
// "and") becomes a conjunct of the first, however the parser hung it.
// Returns 1 when the list changed, else 0.
int repair_colon_lists(parse::Sentence& tree, const std::vector<EntityType>& types,
                       const Lexicon& lex);

}  // namespace kg::extract
