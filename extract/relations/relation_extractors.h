// The factory of the relation extractors: which extractors a document is read
// by, in which order. Extractor (extract/extractor.h) runs them over every
// sentence and merges what they find.
#pragma once

#include <memory>
#include <vector>

#include "extract/relations/relation_extractor.h"
#include "extract/relations/ud_clauses.h"
#include "kg/status.h"

namespace kg::extract {

struct RelationExtractors {
  // Run in this order on each sentence: titles, appositions, descriptor
  // nouns, possessive roles, locations, nominal relations, lists,
  // affiliations, clause patterns, then (with a parse) the clauses of the
  // UD parse.
  std::vector<std::shared_ptr<const RelationExtractor>> all;
  std::shared_ptr<const UdClauses> parsed;  // one of `all`, or null
};

// With `parse_clauses`, the clauses of each sentence's UD parse are read
// beside the patterns (which keep what a wrong parse loses). Fails when the
// built-in parser model cannot be loaded.
Result<RelationExtractors> make_relation_extractors(bool parse_clauses);

}  // namespace kg::extract
