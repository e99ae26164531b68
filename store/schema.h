// The store's file: recognising it (SQLite header, kg's application id,
// schema version), creating a new one complete under a temporary name, and
// opening one with every check done before anything can be written.
#pragma once

#include <string>

#include "kg/store.h"
#include "store/sqlite.h"

namespace kg::store {

// The first 16 bytes of every SQLite database file (with the final NUL).
inline constexpr char kSqliteMagic[] = "SQLite format 3";

// PRAGMA application_id of a kg store ("kgst").
inline constexpr std::int64_t kApplicationId = 0x6B677374;

// How long a connection waits for another's lock before giving up.
inline constexpr int kBusyTimeoutMs = 60000;

// The SQL that creates the tables of schema version kStoreSchemaVersion.
extern const char* const kSchemaSql;

// Opens the store at `path` as described for kg::Store::open.
Result<Database> open_database(const std::string& path, Store::Mode mode);

}  // namespace kg::store
