// The factory of the relation extractors: which extractors a document is read
// by, in which order. Extractor (extract/extractor.h) runs them over every
// sentence and merges what they find.
#pragma once

#include <memory>
#include <vector>

#include "extract/relations/parsed_clauses.h"
#include "extract/relations/relation_extractor.h"
#include "kg/extract.h"
#include "kg/status.h"

namespace kg::extract {

struct RelationExtractors {
  // Run in this order on each sentence: titles, appositions, descriptor
  // nouns, possessive roles, locations, nominal relations, lists, clause patterns, then (with a
  // parse) parsed clauses.
  std::vector<std::shared_ptr<const RelationExtractor>> all;
  std::shared_ptr<const ParsedClauses> parsed;  // one of `all`, or null
};

// With `parse_clauses`, the parsed clauses read complete linkages only (on the
// sample articles, relations from linkages with null words were all wrong)
// and sentences without one are read by the patterns alone. Fails when the
// parser's dictionary cannot be loaded.
Result<RelationExtractors> make_relation_extractors(bool parse_clauses,
                                                    ClauseParser parser);

}  // namespace kg::extract
