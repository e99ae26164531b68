// The UD parse of a sentence given as tokens, with the parser's margin for
// each arc and what a margin says of the arc's chance to be right: what the
// Open IE reader (open_ie.h) reads.
#pragma once

#include <string>
#include <vector>

#include "extract/parse/conllu.h"
#include "extract/parse/model.h"

namespace kg::extract {

// A sentence's parse: its words (FORM, LEMMA, UPOS, HEAD, DEPREL) and the
// parser's margin for each word's arc (Parser::parse).
struct UdParse {
  parse::Sentence tree;
  std::vector<int> margins;
};

// The parse of one sentence given as tokens, one word each: PTB escapes
// ("-LRB-", "``") are read as the characters they stand for. `upos`, when
// given, holds the part of speech known for some tokens (empty for the
// others; Model::annotate).
UdParse parse_tokens(const parse::Model& model, const std::vector<std::string>& tokens,
                     const std::vector<std::string>& upos = {});

// How likely an arc with this parser margin is right: a logistic curve
// fitted to the built-in model's labelled attachment on EWT dev by margin
// decile (README, "Confidence").
double arc_probability(int margin);

}  // namespace kg::extract
