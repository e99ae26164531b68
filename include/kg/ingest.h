// Articles into a kg store (kg/store.h): what `kg add` does to a store, and
// what `kg build` does to the fresh store (FreshStore) its outputs are read
// from.
//
// Each input file is read and its content hash compared with the store's: a
// file whose text the store holds under its name is left as it is; one whose
// text the store holds under another name (a copy, a moved file) gets that
// document's extraction, renamed; any other is extracted (kg/extract.h), and
// must still hold the text that was hashed once extracted. Then every
// document is put in the store in one transaction (Store::put), so a failing
// input leaves the store as it was. Stored extractions are only merged with
// extractions made the same way: the extractor options are recorded by a
// store's first add, and another add must give the same.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "kg/status.h"
#include "kg/store.h"

namespace kg {

struct IngestOptions {
  bool patterns_only = false;   // the extractor's options (kg/extract.h)
  double min_confidence = 0.0;  // relations below are dropped
  unsigned threads = 0;         // extraction workers; 0 = one per core
  // The text of an aliases file (kg/aliases.h; parse_aliases has accepted
  // it) to record in the store with the documents; nullopt keeps the one
  // recorded.
  std::optional<std::string> aliases;
  // Called with (files extracted, files to extract, sentences read) once
  // before the first file is extracted, then after each file; never when
  // nothing is to be extracted.
  std::function<void(std::size_t, std::size_t, std::uint64_t)> on_progress;
};

// What an add did, in documents (and sentences parsed).
struct IngestReport {
  std::size_t added = 0;      // new to the store
  std::size_t replaced = 0;   // stored under that name with another text
  std::size_t unchanged = 0;  // stored as they are: not written
  std::size_t extracted = 0;  // inputs extracted
  std::size_t reused = 0;     // inputs given the extraction of a stored copy of their text
  std::uint64_t parsed = 0;   // sentences the extraction parsed
  StoreInfo store;            // the store afterwards
};

// Adds `files` (the paths collect_input_files lists) to `store`.
Result<IngestReport> add_files(Store& store, const std::vector<std::string>& files,
                               const IngestOptions& options);

// Adds `files` to the store at `db`, which is created (Store::Mode::kCreate)
// only once every file has been read and extracted.
Result<IngestReport> add_files(const std::string& db, const std::vector<std::string>& files,
                               const IngestOptions& options);

}  // namespace kg
