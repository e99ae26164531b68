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

#include "base/status.h"
#include "extract/parse/link_parser.h"

namespace kg::extract {

// Where an argument sits in the input tokens.
struct OpenIeSpan {
  int first = -1;          // first input token of the argument
  int last = -1;           // last input token
  int prep = -1;           // the preposition the argument starts with, or -1
  std::vector<int> heads;  // the head token, or each conjunct's head ("A , B and C")
};

struct OpenIeTuple {
  std::string relation;
  std::vector<std::string> args;  // arg1 (subject), arg2 ...
  std::vector<OpenIeSpan> spans;  // parallel to args
  double confidence = 0.0;
  // True when no word of the sentence states the relation ("Trek 's
  // president" -> has): CaRB counts these, the entity graph does not.
  bool implicit = false;
};

// True for the forms of "be" ("is", "was", "been" ...), lower case.
bool is_form_of_be(std::string_view word);

class OpenIeExtractor {
 public:
  static Result<OpenIeExtractor> create();
  explicit OpenIeExtractor(LinkParser parser) : parser_(std::move(parser)) {}

  // Tuples for one sentence given as tokens (Penn Treebank style is fine).
  // A sentence of more than LinkParser::kMaxWords tokens is not parsed and
  // has none (see too_long).
  std::vector<OpenIeTuple> extract(const std::vector<std::string>& tokens) const;
  static bool too_long(const std::vector<std::string>& tokens) {
    return tokens.size() > LinkParser::kMaxWords;
  }

  // The same, from an existing parse of `tokens`.
  static std::vector<OpenIeTuple> from_parse(const std::vector<std::string>& tokens,
                                             const ParseResult& parse);

 private:
  LinkParser parser_;
};

}  // namespace kg::extract
