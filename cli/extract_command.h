// `kg extract FILE|DIR... [--format jsonl|tsv]`: prints the triples of each
// input on stdout, in input order. Nothing is printed unless every input
// succeeds.
//   jsonl: one JSON object per triple, the DESIGN.md / kgscore format, with
//          "document" set to the input's file name.
//   tsv:   subject, predicate, object, qualifiers (k=v;k=v), confidence.
#pragma once

#include "cli/command.h"

namespace kg::cli {

Command add_extract_command(CLI::App& app);

}  // namespace kg::cli
