// Relation labels: the normalised predicate kept in triples and the short
// display label drawn on diagram edges ("comprehensive strategic partnership"
// with year 2024 -> "CSP(2024)").
#pragma once

#include <map>
#include <string>
#include <string_view>

#include "extract/lexicon/lexicon.h"  // ascii_lower

namespace kg::extract {

// Lower case, single spaces, no leading/trailing punctuation or spaces.
std::string normalize_predicate(std::string_view predicate);

// A named relation of three or more words becomes its initials, with a year
// qualifier appended in brackets ("CSP(2024)"). Other predicates are returned
// unchanged.
std::string display_label(const std::string& predicate, bool named,
                          const std::map<std::string, std::string>& qualifiers);

}  // namespace kg::extract
