// `kg parse FILE|DIR|-... [--format conllu|text] [--tokenized] [--model PATH]`:
// tags, lemmatises and parses text into Universal Dependencies, printed as
// CoNLL-U on stdout.
//   text (default, except for .conllu files): raw text; paragraphs, sentences
//        (the extraction pipeline's normaliser and sentence splitter) and UD
//        English tokens; FORMs are the input's own characters, with
//        "# newdoc id", "# newpar", "# sent_id", "# text" and SpaceAfter=No.
//        With --tokenized: one sentence a line, words separated by spaces.
//   conllu: the words of a CoNLL-U file, as given (its comments, multiword
//        tokens and empty nodes are kept); LEMMA, UPOS, XPOS, HEAD and DEPREL
//        are replaced.
// The model is the one built into kg unless --model names a model file
// (kg train-parser writes them). Nothing is printed unless every input and
// the model can be read.
#pragma once

#include "cli/command.h"

namespace kg::cli {

Command add_parse_command(CLI::App& app);

}  // namespace kg::cli
