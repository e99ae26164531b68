// Event nouns read from a sentence's UD tree: relations stated by a noun and
// the phrases that hang from it rather than by a verb.
//   "a meeting between X and Y", "X's talks with Y", "the meeting of X with
//   Y"                                         -> X met Y (symmetric)
//   "the acquisition of X by Y", "Y's purchase of X", "X's takeover by Y"
//                                              -> Y acquired X
// The nouns are the lexicon's kMeetingNouns and kTakeoverNouns; a phrase's
// referents are its head's conjuncts and the names its common nouns are
// given (TreeView::conjuncts: "Kōyō's president, Hiroshi Tanabe").
#pragma once

#include <vector>

#include "extract/openie/tree_view.h"
#include "extract/relations/clause_tuples.h"
#include "extract/relations/relation_extractor.h"

namespace kg::extract {

// Appends the relations of the event nouns of sentence `s`, whose tokens
// from `offset` on were parsed into `tree` (words[i] of ClauseWords is token i).
void read_event_nouns(const AnalysedSentence& s, const ClauseWords& words, const TreeView& tree,
                      int offset, std::vector<RawRelation>& out);

}  // namespace kg::extract
