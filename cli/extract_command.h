// `kg extract FILE|DIR... [--format jsonl|tsv]`: prints the triples of each
// input on stdout, in input order. Nothing is printed unless every input
// succeeds.
//   jsonl: one JSON object per triple, the DESIGN.md / kgscore format, with
//          "document" set to the input's file name.
//   tsv:   a header line (subject, predicate, object, qualifiers, confidence),
//          then one line per triple: qualifiers as k=v;k=v.
#pragma once

#include <string>
#include <vector>

namespace kg::cli {

// Output formats of `kg extract`: triples (format_triple) or, for carb, Open IE
// tuples of every line of the input read as one tokenised sentence.
enum class TripleFormat { kJsonl, kTsv, kCarb };

struct ExtractOptions {
  std::vector<std::string> inputs;
  TripleFormat format = TripleFormat::kJsonl;
  bool patterns_only = false;   // skip the clause reader over a parse
  double min_confidence = 0.0;  // relations below are dropped
  bool show_cleaning = false;   // print what the cleaner removes instead of triples
  unsigned threads = 0;         // documents (or CaRB lines) at once; 0 = one per core
  bool progress = false;        // --progress: report progress on stderr even when not a terminal
  bool quiet = false;           // --quiet: never report progress
};

// Runs `kg extract`; returns the exit code (errors printed as one line).
int run_extract(const ExtractOptions& options);

}  // namespace kg::cli
