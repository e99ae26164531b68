// Clause tuples to relations: reads the Open IE tuples of a parsed sentence
// (open_ie.h) into relations between the entities their
// arguments are headed by. Shared by the clause extractors over a parse.
//
// A tuple gives a relation when its subject's head stands for an entity (a
// pronoun or a role reference counts through the resolver) and
//   - an argument's head stands for an entity: "visited X", "met with A , B
//     and C" (each conjunct), "was elected by X" (a passive with a by-agent is
//     turned around);
//   - or a short object of plain words is followed by a prepositional
//     argument headed by an entity: "held talks with X", "paid a visit to X";
//   - or the object phrase starts with plain words and a preposition whose
//     object is an entity: "expressed support for X";
//   - the partners "with" a verb of creation made its object too: "A
//     co-founded X with B" gives B co-founded X (not "A co-founded with B").
// Coordinated subjects are not related to each other here ("A and B agreed
// to protect fisheries": on dev-news that reading added only wrong facts;
// the joint-action rule keeps "A and B signed the X Accord").
// Tuples that are implicit, or whose relation words name an entity, give none.
// Year and date qualifiers come from dates inside the tuple's arguments.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "extract/relations/relation_extractor.h"
#include "kg/extract.h"

namespace kg::extract {

// The words a parse was made of, with what each stands for in the sentence.
struct ClauseWords {
  std::vector<std::string> words;
  std::vector<int> mention;        // the mention the word stands for, or -1
  std::vector<std::size_t> token;  // the sentence token the word starts at
  std::vector<bool> name;          // the word is (part of) a name or a named relation
  std::vector<bool> prep_object;   // the word is the object of the preposition before it
};

// One word per token of `s`: a name's, role reference's or pronoun's
// tokens stand for its mention, and names and named relations are marked;
// prep_object is all false (the parse fills it).
ClauseWords sentence_words(const AnalysedSentence& s);

// Appends the relations the tuples of sentence `s` state.
void read_clause_tuples(const DocumentContext& ctx, const AnalysedSentence& s,
                        const ClauseWords& words, const std::vector<OpenIeTuple>& tuples,
                        std::vector<RawRelation>& out);

// The number of mentions in `s` that can end a relation: resolved entities,
// pronouns and role references included, dates, amounts and named relations
// not; "both sides" counts two. Clause extractors parse only sentences with
// two or more, as no relation can come out of the others.
int relation_ends(const DocumentContext& ctx, const AnalysedSentence& s);

}  // namespace kg::extract
