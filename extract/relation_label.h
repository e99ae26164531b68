// Relation labels: the normalised predicate kept in triples and the short
// display label drawn on diagram edges ("comprehensive strategic partnership"
// with year 2024 -> "CSP(2024)").
#pragma once

#include <map>
#include <string>
#include <string_view>

#include "extract/lexicon.h"

namespace kg::extract {

// Lower case, single spaces, no leading/trailing punctuation or spaces.
std::string normalize_predicate(std::string_view predicate);

// A named relation of three or more words headed by a relation keyword becomes
// its initials; a year qualifier is appended in brackets. Other predicates are
// returned unchanged.
std::string display_label(const Lexicon& lexicon, const std::string& predicate,
                          const std::map<std::string, std::string>& qualifiers);

}  // namespace kg::extract
