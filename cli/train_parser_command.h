// `kg train-parser --train A.conllu [B.conllu...] --dev D.conllu -o MODEL
// [--seed N] [--epochs N] [--tagger-epochs N] [-j N]`: trains the tagger,
// lemmatiser and parser of `kg parse` on Universal Dependencies treebanks
// (kg::parse::train_model_file) and writes the model file (atomically).
// Progress and the dev scores of every epoch go to stderr; the best dev
// epochs are kept. The same files, options and seed give the same model
// bytes, whatever -j.
#pragma once

#include <string>

#include "kg/parse.h"

namespace kg::cli {

struct TrainParserOptions {
  parse::ModelTrainingOptions training;  // treebanks, seed, epochs, threads
  std::string output;                    // the model file to write
};

// Runs `kg train-parser`; returns the exit code (errors printed as one line).
int run_train_parser(const TrainParserOptions& options);

}  // namespace kg::cli
