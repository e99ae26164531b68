// Open IE tuples read from a Universal Dependencies tree (the parse of
// kg_parse): the clause reader of `kg extract --format carb` and of the
// relations of `kg build`.
//
// Every verb heads a clause, and so does every nominal or adjective with a
// copula ("X is the chairman of Y": ("X"; "is"; "the chairman of Y")):
//   - the relation is the verb group in sentence order: auxiliaries (aux,
//     aux:pass), negation, particles (compound:prt), adverbs inside the
//     group ("has already invested"), and open complements folded in
//     ("agreed to elevate", "began working") when the first verb has no object;
//   - the subject is nsubj / nsubj:pass / csubj; a verb without one takes it
//     from the verb it is coordinated with (conj), from the clause it
//     complements (xcomp: its object, else its subject), from the noun it
//     modifies (acl, acl:relcl; a relative pronoun subject stands for that
//     noun), or, for an adverbial clause with no subject of its own ("Born in
//     X, Ana grew up"), from the main clause; a personal pronoun subject stands
//     for the nearest earlier subject in the sentence that is not a pronoun;
//   - arguments, in sentence order: objects (obj, iobj, a non-verbal xcomp),
//     the antecedent of a relative clause whose object is missing or is the
//     relative pronoun ("the match which X lost"), prepositional phrases
//     (obl, with their case word; when the clause has no object the first
//     one's preposition joins the relation: "was signed by X"), "that" clauses
//     (the relation takes "that") and other clausal complements, and phrases
//     in front of the subject (placed last);
//   - an argument is the contiguous span of its head's subtree without
//     relative clauses, participle modifiers, appositions and parataxis,
//     never crossing the verb group; `heads` lists each conjunct's head.
// Nominal tuples are read too: appositions ("Smith , a lawyer" -> is) and,
// marked implicit, possessives ("Trek 's president" -> Trek ; has ; president).
#pragma once

#include <string>
#include <vector>

#include "extract/parse/conllu.h"
#include "extract/parse/model.h"
#include "kg/extract.h"

namespace kg::extract {

// A sentence's parse: its words (FORM, LEMMA, UPOS, HEAD, DEPREL) and the
// parser's margin for each word's arc (Parser::parse).
struct UdParse {
  parse::Sentence tree;
  std::vector<int> margins;
};

// The parse of one sentence given as tokens, one word each: PTB escapes
// ("-LRB-", "``") are read as the characters they stand for. `upos`, when
// given, holds the part of speech known for some tokens (empty for the
// others; Model::annotate).
UdParse parse_tokens(const parse::Model& model, const std::vector<std::string>& tokens,
                     const std::vector<std::string>& upos = {});

// How likely an arc with this parser margin is right: a logistic curve
// fitted to the built-in model's labelled attachment on EWT dev by margin
// decile (README, "Confidence").
double arc_probability(int margin);

// The tuples of one sentence: `parsed` holds its parsed words, one per token,
// and `tokens` the text each word is printed as (the same count; for PTB
// input, "-LRB-" where the tree has "("). A tuple's confidence combines the
// rule's weight, the arc probability of its weakest argument arc and its
// shape (shape_confidence).
std::vector<OpenIeTuple> read_ud_tuples(const std::vector<std::string>& tokens,
                                        const UdParse& parsed);

}  // namespace kg::extract
