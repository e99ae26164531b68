// A document's DocumentExtraction as rows of the store's tables (schema.cpp):
// written in its own order, read back equal, deleted by document id.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "kg/graph.h"
#include "store/sqlite.h"

namespace kg::store {

// Inserts the rows of `extraction` for document `id` (the documents row
// itself is the caller's).
Status write_extraction_rows(Database& db, std::int64_t id, const DocumentExtraction& extraction);

// Deletes every row of document `id`, its text and its documents row.
Status delete_document(Database& db, std::int64_t id);

// Every stored extraction, ordered by document name (byte-wise); with
// `only`, just that document's (none if there is no such document). The
// entities' mention records are read only with `with_mention_records`.
Result<std::vector<DocumentExtraction>> read_extractions(Database& db,
                                                         std::optional<std::int64_t> only = {},
                                                         bool with_mention_records = false);

}  // namespace kg::store
