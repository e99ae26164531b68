#pragma once

#include <vector>

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

}  // namespace kg::extract
