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

// The keys of the meta table that name the kg which created the store and
// the kg of its last change, and this kg's name for them ("kg 0.1.0").
inline constexpr const char* kCreatedByKey = "created_by";
inline constexpr const char* kWrittenByKey = "written_by";
extern const char* const kWriter;

// Opens the store at `path` as described for kg::Store::open.
Result<Database> open_database(const std::string& path, Store::Mode mode);

// OK when `path` names a file that begins as a kg store does (the SQLite
// header and kg's application id), whatever its schema version or the state
// of its pages; else the one-line InvalidInput (IoError for a folder or an
// unreadable file) that says what it is.
Status check_kg_file(const std::string& path);

// OK when a new store may be put at `path`, which names nothing: refused
// when SQLite's write-ahead log of a store of that name is there without the
// store (it may hold changes; a new store would take them as its own).
Status check_no_orphan_log(const std::string& path);

// A new, complete, empty store under a hidden temporary name in the folder
// of `path` (which must exist); returns the temporary file's path.
Result<std::string> create_temporary_store(const std::string& path);

}  // namespace kg::store
