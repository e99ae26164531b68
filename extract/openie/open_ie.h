// Open IE: relation tuples for every clause of a sentence, read from its Link
// Grammar parse (the `kg extract --format carb` mode, scored on CaRB).
//
// For each finite verb (the right end of a subject link, or each verb of a
// coordination) the extractor reads the verb group (auxiliaries, negation,
// passive and perfect participles, "agreed to elevate" chains, particles), the
// subject phrase (a relative pronoun stands for its antecedent), the object
// phrase and the prepositional phrases attached to the verb, and a "that"
// clause as a whole. Phrases are contiguous spans of the input tokens, so
// every tuple reuses the sentence's own tokens verbatim. Copulas give
// ("X"; "is"; "Y").
//
// An OpenIeExtractor owns one LinkParser: use one per thread.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "extract/linkgrammar/link_parser.h"
#include "kg/extract.h"
#include "kg/status.h"

namespace kg::extract {

// True for the forms of "be" ("is", "was", "been" ...), lower case.
bool is_form_of_be(std::string_view word);

class OpenIeExtractor {
 public:
  static Result<OpenIeExtractor> create();
  explicit OpenIeExtractor(LinkParser parser) : parser_(std::move(parser)) {}

  // Tuples for one sentence given as tokens (Penn Treebank style is fine).
  // A sentence of more than kOpenIeMaxTokens tokens is not parsed and has none.
  std::vector<OpenIeTuple> extract(const std::vector<std::string>& tokens) const;

  // The same, from an existing parse of `tokens`.
  static std::vector<OpenIeTuple> from_parse(const std::vector<std::string>& tokens,
                                             const ParseResult& parse);

 private:
  LinkParser parser_;
};

}  // namespace kg::extract
