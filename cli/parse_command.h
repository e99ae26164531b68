// `kg parse FILE|DIR|-... [--format auto|text|conllu] [--tokenized] [--model PATH]`:
// tags, lemmatises and parses text into Universal Dependencies, printed as
// CoNLL-U on stdout (kg::parse::UdParser::parse_files says how each format is
// read). Inputs are collected as by the other commands (collect_input_files:
// folders searched recursively for text files, or for .conllu files with
// --format conllu; a file given twice is read once); "-" is standard input.
// The model is the one built into kg unless --model names a model file
// (kg train-parser writes them). Nothing is printed unless every input and
// the model can be read.
#pragma once

#include <string>
#include <vector>

#include "kg/parse.h"

namespace kg::cli {

struct ParseCommandOptions {
  std::vector<std::string> inputs;
  std::string model;               // empty: the built-in model
  parse::ParseFilesOptions parse;  // format, --tokenized, threads
  bool progress = false;           // --progress: report progress even when not a terminal
  bool quiet = false;              // --quiet: never report progress
};

// Runs `kg parse`; returns the exit code (errors printed as one line).
int run_parse(const ParseCommandOptions& options);

}  // namespace kg::cli
