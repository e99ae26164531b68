// Pseudo-projective parsing (Nivre and Nilsson 2005, "Head" encoding): the
// parser only builds projective trees, so training trees are made projective
// by lifting each non-projective arc to the head's head until none is left,
// and a lifted word's label records the relation of the head it left
// ("obl" under an "advcl" head becomes "obl^advcl", the head's relation
// without subtype). After parsing, deprojectivize moves every word labelled
// "l^m" below the first word with relation m found breadth-first in its head's
// subtree (not in its own), and gives it label l.
//
// Trees are heads[w] and labels[w] for words 1..n (index 0 unused, head 0 is
// the root).
#pragma once

#include <string>
#include <vector>

namespace kg::parse {

inline constexpr char kLiftMark = '^';

// Whether no arc crosses another or spans a word its head does not dominate.
bool is_projective(const std::vector<int>& heads);

// Lifts arcs in place until the tree is projective; returns how many lifts
// were made. The smallest non-projective arc (fewest words spanned) is lifted
// first.
int projectivize(std::vector<int>& heads, std::vector<std::string>& labels);

// Undoes the encoding in place: every "l^m" label becomes l, its word moved
// below a word with relation m when one is found.
void deprojectivize(std::vector<int>& heads, std::vector<std::string>& labels);

}  // namespace kg::parse
