// A thin RAII layer over the SQLite C API for kg_store: a connection, a
// prepared statement with typed binds and columns, and SQLite result codes
// turned into kg Status values whose one-line message names the store file.
// Text is bound and read with explicit lengths, so bytes are kept exactly
// (NUL and invalid UTF-8 included).
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "kg/status.h"

namespace kg::store {

class Database;

// A prepared statement. step() returns true while a row is available;
// errors are reported through status() (and make step() return false).
class Statement {
 public:
  Statement() = default;
  Statement(Database& db, std::string_view sql);
  ~Statement();
  Statement(Statement&& other) noexcept;
  Statement& operator=(Statement&& other) noexcept;
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  // Binds parameter `index` (1-based).
  void bind(int index, std::string_view text);
  void bind(int index, std::int64_t value);
  void bind(int index, double value);
  void bind_null(int index);

  // Runs one step: true when a row is available, false when done or failed.
  bool step();
  // Runs the statement to completion (for writes) and resets it for reuse.
  Status run();
  // Resets for new binds; keeps the first error.
  void reset();

  std::string text(int column) const;
  std::int64_t integer(int column) const;
  double real(int column) const;
  bool is_null(int column) const;

  // The first error met by prepare or step, or OK.
  const Status& status() const { return status_; }

 private:
  Database* db_ = nullptr;
  sqlite3_stmt* stmt_ = nullptr;
  Status status_;
};

// One connection to a database file.
class Database {
 public:
  Database() = default;
  ~Database();
  Database(Database&& other) noexcept;
  Database& operator=(Database&& other) noexcept;
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  // Opens `path` with SQLite open flags (SQLITE_OPEN_READONLY, ...), waiting
  // up to `busy_timeout_ms` for another connection's lock.
  static Result<Database> open(const std::string& path, int flags, int busy_timeout_ms);

  // Runs one or more statements that return no rows of interest.
  Status exec(std::string_view sql);
  // The integer of a one-row, one-column query ("PRAGMA user_version").
  Result<std::int64_t> query_integer(std::string_view sql);

  // The Status for SQLite result code `code`: "<path>: <what>: <sqlite message>",
  // InvalidInput for a database that is corrupt or not a database, ResourceLimit
  // for a lock not obtained in time, IoError for the rest.
  Status error(int code, std::string_view what) const;

  sqlite3* handle() const { return db_; }
  const std::string& path() const { return path_; }

 private:
  sqlite3* db_ = nullptr;
  std::string path_;
};

// A transaction taken at once for writing (BEGIN IMMEDIATE: a second writer
// waits for the busy timeout instead of failing at its first write), rolled
// back on destruction unless commit() succeeded.
class WriteTransaction {
 public:
  static Result<WriteTransaction> begin(Database& db);
  ~WriteTransaction();
  WriteTransaction(WriteTransaction&& other) noexcept;
  WriteTransaction& operator=(WriteTransaction&&) = delete;
  WriteTransaction(const WriteTransaction&) = delete;
  WriteTransaction& operator=(const WriteTransaction&) = delete;

  Status commit();

 private:
  explicit WriteTransaction(Database* db) : db_(db) {}
  Database* db_ = nullptr;
};

}  // namespace kg::store
