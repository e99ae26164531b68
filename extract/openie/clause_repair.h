// Repairs of subordinate clauses the parser reads as the main clause or as
// a noun's modifier.
//
// repair_relative_clauses: the parse of a relative clause set off by commas
// ("X, whose N ..., V ...", "X, who ..., V ..."), which the parser reads as
// the sentence's main clause:
//   - "Ana, who was born in Lima, fled the country": with X the root, the
//     main verb ("fled") was made a conjunct of the relative verb; it takes
//     X's place, with X as its subject;
//   - "The Greens, whose rules required a majority, backed it": the
//     relative clause's verb ("required") was made the root and the main verb
//     ("backed") its conjunct or parataxis; the main verb takes its place,
//     with X as its subject, and the relative clause hangs from X (acl:relcl);
//   - "a film, whose lead actresses, A and B, also shared the award": the
//     noun after "whose" hangs from no verb of its own and the verb after the
//     next comma from elsewhere; the noun becomes that verb's subject and the
//     verb a relative clause of the antecedent.
// A repair is made only when the main verb has no subject of its own and
// the antecedent is the relative verb's subject (first case) or outside the
// verb's subtree (second), so the tree stays a tree. Heads are CoNLL-U's
// (1-based, 0 the root). Returns the number of clauses repaired.
#pragma once

#include "extract/parse/conllu.h"

namespace kg::extract {

int repair_relative_clauses(parse::Sentence& tree);

// repair_time_clauses: "The award came a day after the prize was given to
// X": the parser makes the unit of time ("day") the verb's subject and the
// real subject ("the prize") its nmod with case "after". The nmod becomes
// the verb's subject, "after" (before, since, until) the verb's marker,
// the unit of time a modifier of the clause above (obl:unmarked) and the
// verb, if a ccomp, an adverbial clause. Returns the number of clauses
// repaired.
int repair_time_clauses(parse::Sentence& tree);

// repair_participle_clauses: "X left Y by mutual agreement , turning down
// an offer from Z": the parser hangs the participle ("turning", after a
// comma) on the noun of the prepositional phrase before it (acl); it is an
// adverbial clause of the verb that phrase belongs to, whose subject did the
// turning down. Returns the number of participles moved.
int repair_participle_clauses(parse::Sentence& tree);

// Whether word w (0-based) hangs, at any depth, from word `top`; a word
// hangs from itself. The repairs check it before moving an arc, so that the
// tree stays a tree.
bool hangs_from(const parse::Sentence& tree, int w, int top);

}  // namespace kg::extract
