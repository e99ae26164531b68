// Confidence of an Open IE tuple from its shape: the reader's confidence
// (which knows the parse: complete or with null words, its cost, whether the
// clause has an object) adjusted by what the tuple looks like.
//
// The adjustments were measured on the CaRB dev split (precision credit of
// each extraction against its features) and are generic: tuples are more
// often right when their relation has several words ("was elected to"), when
// the sentence is short, and when the subject is a capitalised phrase; less
// often when the subject starts with a preposition (a misattached phrase) or
// the second argument is a single word (README, "Open IE mode", gives what
// they changed on CaRB dev).
#pragma once

#include <cstddef>

#include "extract/openie/open_ie.h"

namespace kg::extract {

// `tuple.confidence` adjusted for the tuple's shape, in [0.01, 0.99];
// `sentence_tokens` is the length of the sentence it came from, and
// `subject_starts_with_preposition` says whether the parse has the subject's
// first word take a prepositional object.
double shape_confidence(const OpenIeTuple& tuple, std::size_t sentence_tokens,
                        bool subject_starts_with_preposition);

}  // namespace kg::extract
