// `kg train-parser --train A.conllu [B.conllu...] --dev D.conllu -o MODEL
// [--seed N] [--epochs N] [--tagger-epochs N] [-j N]`: trains the tagger,
// lemmatiser and parser of `kg parse` on Universal Dependencies treebanks
// and writes the model file (atomically). Progress and the dev scores of
// every epoch go to stderr; the best dev epochs are kept. The same files,
// options and seed give the same model bytes, whatever -j. Every sentence
// must be a tree with a relation on every word; anything else is a one-line
// error naming the file and line.
#pragma once

#include "cli/command.h"

namespace kg::cli {

Command add_train_parser_command(CLI::App& app);

}  // namespace kg::cli
