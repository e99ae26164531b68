// Feature templates of the parser: Zhang and Nivre (2011)'s rich
// non-local features, adapted to the arc-hybrid system, where the two arcs
// in question are s0 <- b0 (LEFT) and s1 -> s0 (RIGHT). For the stack words
// s0..s2, the buffer words b0..b2 and the dependents of s0, s1 and b0 so far
// (leftmost, second leftmost, rightmost, second rightmost), features combine
// word forms, tags (the tagger's UPOS+XPOS pair, and the UPOS alone), lemmas,
// the labels of dependents, distances, valencies (dependent counts) and label
// sets, up to third-order combinations.
#pragma once

#include <cstdint>
#include <vector>

#include "extract/parse/transition.h"

namespace kg::parse {

// What the parser knows about each word; index 0 is the root.
struct ParserSentence {
  std::vector<std::uint64_t> word;    // lower-cased form hash
  std::vector<std::uint64_t> tag;     // tag index
  std::vector<std::uint64_t> coarse;  // hash of the tag's UPOS
  std::vector<std::uint64_t> lemma;   // lemma hash
};

// Appends the feature keys of configuration `c`.
void parser_features(const ParserSentence& s, const Configuration& c,
                     std::vector<std::uint64_t>& out);

}  // namespace kg::parse
