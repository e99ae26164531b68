// Open IE: relation tuples for every clause of a sentence, read from its
// Universal Dependencies parse (kg_parse's tagger and parser): the
// `kg extract --format carb` mode, scored on CaRB, and the clause reader of
// the relations of `kg build` (relations/ud_clauses.h).
//
// Every verb heads a clause, and so does every nominal or adjective with a
// copula ("X is the chairman of Y": ("X"; "is"; "the chairman of Y")):
//   - the relation is the verb group in sentence order: auxiliaries (aux,
//     aux:pass), negation, particles (compound:prt), adverbs inside the
//     group ("has already invested"), and open complements folded in
//     ("agreed to elevate", "began working") when the first verb has no object;
//   - the subject is nsubj / nsubj:pass / csubj (of two, the one nearest
//     before the verb: a dateline read as a subject loses); a verb without one
//     takes it from the verb it is coordinated with (conj), from the clause it
//     complements (xcomp: its object, else its subject), from the noun it
//     modifies (acl, acl:relcl; a relative pronoun subject stands for that
//     noun), from a sentence's root noun it hangs from (a misparse of "X , which
//     ... , owns"), or, for an adverbial clause with no subject or marker of
//     its own ("Born in X , Ana grew up"), from the main clause; personal
//     pronouns stay as written (kg build's resolver reads them);
//   - arguments, in sentence order: objects (obj, iobj, a non-verbal xcomp),
//     the antecedent of a relative clause whose object is missing or is the
//     relative pronoun ("the match which X lost"), prepositional phrases
//     (obl, with their case word; a passive's by-agent comes first and its
//     "by" joins the relation; otherwise, when the clause has no object, the
//     first phrase's preposition does: "moved to X"), "that" clauses (the
//     relation takes "that") and other clausal complements, and phrases in
//     front of the subject (placed last, with no head: they are said of the
//     whole clause);
//   - an argument is the contiguous span of its head's subtree without
//     relative clauses, participle modifiers, appositions, parataxis and
//     coordinated clauses, never crossing the verb group; `heads` lists each
//     conjunct's head and, for a common noun, the name that says who it is
//     (an apposition, or a proper noun right after it: "the investment firm
//     Atlântida Capital").
// Nominal tuples are read too: appositions ("Smith , a lawyer" -> is) and,
// marked implicit, possessives ("Trek 's president" -> Trek ; has ; president).
//
// A tuple's confidence is the rule's weight (an object, a subject of its
// own), the probability of its weakest argument arc from the parser's
// margins, and its shape (open_ie_confidence.h).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "extract/openie/token_parse.h"
#include "kg/extract.h"

namespace kg::extract {

// The tuples of one sentence: `parsed` holds its parsed words, one per token,
// and `tokens` the text each word is printed as (the same count; for PTB
// input, "-LRB-" where the tree has "("). Arguments are spans of `tokens`.
std::vector<OpenIeTuple> read_ud_tuples(const std::vector<std::string>& tokens,
                                        const UdParse& parsed);

}  // namespace kg::extract
