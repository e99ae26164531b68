// `kg add FILE|DIR... [--db PATH]`: puts articles into a kg store (kg/store.h),
// created if missing, as kg/ingest.h describes: a file whose content hash the
// store holds under its name is left as it is; one whose text the store holds
// under another name (a copy, a move) gets that document's extraction; any
// other is extracted. A changed file replaces its document.
// Every input is read and validated, and every new one extracted, before the
// store is written, in one transaction: a failing input leaves the store (or
// its absence) as it was. The store's extractor options (--patterns-only,
// --min-confidence) are those of its first add; another add must use the same.
// --aliases FILE (kg/aliases.h) records the file's text in the store, in the
// same transaction, replacing the text recorded before; every read of the
// store's graph (query, render, export, diff, explain) applies it. An add
// without --aliases keeps what is recorded; an empty file clears it.
#pragma once

#include <string>
#include <vector>

#include "cli/progress.h"
#include "kg/ingest.h"
#include "kg/status.h"

namespace kg::cli {

struct AddOptions {
  std::vector<std::string> inputs;
  std::string db = "out/kg.db";
  bool patterns_only = false;
  double min_confidence = 0.0;
  unsigned threads = 0;      // extraction workers; 0 = one per core
  std::string aliases_file;  // empty: keep the recorded decisions
  bool progress = false;     // --progress: report progress on stderr even when not a terminal
  bool quiet = false;        // --quiet: never report progress
};

// What kg add and kg build give add_files (kg/ingest.h): the input files and
// the options, the aliases file read and checked (its error comes first,
// before any input is looked at) and extraction progress drawn by `progress`.
struct AddRequest {
  std::vector<std::string> files;
  IngestOptions ingest;
};
Result<AddRequest> prepare_add(const AddOptions& options, LateProgressBar& progress);

// Runs `kg add`; returns the exit code (errors printed as one line).
int run_add(const AddOptions& options);

}  // namespace kg::cli
