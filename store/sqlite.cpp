#include "store/sqlite.h"

#include <utility>

namespace kg::store {

Statement::Statement(Database& db, std::string_view sql) : db_(&db) {
  const int code =
      sqlite3_prepare_v2(db.handle(), sql.data(), static_cast<int>(sql.size()), &stmt_, nullptr);
  if (code != SQLITE_OK) status_ = db.error(code, "cannot prepare a query");
}

Statement::~Statement() { sqlite3_finalize(stmt_); }

Statement::Statement(Statement&& other) noexcept
    : db_(other.db_),
      stmt_(std::exchange(other.stmt_, nullptr)),
      status_(std::move(other.status_)) {}

Statement& Statement::operator=(Statement&& other) noexcept {
  if (this != &other) {
    sqlite3_finalize(stmt_);
    db_ = other.db_;
    stmt_ = std::exchange(other.stmt_, nullptr);
    status_ = std::move(other.status_);
  }
  return *this;
}

void Statement::bind(int index, std::string_view text) {
  if (stmt_ == nullptr) return;
  // An empty view may have a null data pointer, which SQLite would bind as NULL.
  const char* data = text.data() != nullptr ? text.data() : "";
  sqlite3_bind_text64(stmt_, index, data, text.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
}

void Statement::bind(int index, std::int64_t value) {
  if (stmt_ != nullptr) sqlite3_bind_int64(stmt_, index, value);
}

void Statement::bind(int index, double value) {
  if (stmt_ != nullptr) sqlite3_bind_double(stmt_, index, value);
}

void Statement::bind_null(int index) {
  if (stmt_ != nullptr) sqlite3_bind_null(stmt_, index);
}

bool Statement::step() {
  if (stmt_ == nullptr || !status_.ok()) return false;
  const int code = sqlite3_step(stmt_);
  if (code == SQLITE_ROW) return true;
  if (code != SQLITE_DONE) status_ = db_->error(code, "query failed");
  return false;
}

Status Statement::run() {
  while (step()) {
  }
  Status result = status_;
  reset();
  return result;
}

void Statement::reset() {
  if (stmt_ == nullptr) return;
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

std::string Statement::text(int column) const {
  const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, column));
  const int size = sqlite3_column_bytes(stmt_, column);
  return data == nullptr ? std::string() : std::string(data, static_cast<std::size_t>(size));
}

std::int64_t Statement::integer(int column) const { return sqlite3_column_int64(stmt_, column); }

double Statement::real(int column) const { return sqlite3_column_double(stmt_, column); }

bool Statement::is_null(int column) const {
  return sqlite3_column_type(stmt_, column) == SQLITE_NULL;
}

Database::~Database() { sqlite3_close_v2(db_); }

Database::Database(Database&& other) noexcept
    : db_(std::exchange(other.db_, nullptr)), path_(std::move(other.path_)) {}

Database& Database::operator=(Database&& other) noexcept {
  if (this != &other) {
    sqlite3_close_v2(db_);
    db_ = std::exchange(other.db_, nullptr);
    path_ = std::move(other.path_);
  }
  return *this;
}

Result<Database> Database::open(const std::string& path, int flags, int busy_timeout_ms) {
  Database db;
  db.path_ = path;
  const int code = sqlite3_open_v2(path.c_str(), &db.db_, flags | SQLITE_OPEN_NOMUTEX, nullptr);
  if (code != SQLITE_OK) return db.error(code, "cannot open");
  sqlite3_extended_result_codes(db.db_, 1);
  sqlite3_busy_timeout(db.db_, busy_timeout_ms);
  return db;
}

Status Database::exec(std::string_view sql) {
  const std::string statements(sql);
  const int code = sqlite3_exec(db_, statements.c_str(), nullptr, nullptr, nullptr);
  if (code != SQLITE_OK) return error(code, "query failed");
  return Status::Ok();
}

Result<std::int64_t> Database::query_integer(std::string_view sql) {
  Statement statement(*this, sql);
  if (!statement.step()) {
    if (!statement.status().ok()) return statement.status();
    return Status::Internal(path_ + ": no answer to " + std::string(sql));
  }
  return statement.integer(0);
}

Status Database::error(int code, std::string_view what) const {
  std::string detail = db_ != nullptr && sqlite3_errcode(db_) != SQLITE_OK ? sqlite3_errmsg(db_)
                                                                           : sqlite3_errstr(code);
  std::string message = path_ + ": " + std::string(what) + ": " + detail;
  switch (code & 0xff) {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      return Status::InvalidInput(path_ + ": corrupt store (" + detail + ")");
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return Status::ResourceLimit(path_ + ": the store stayed locked by another kg run (" +
                                   detail + ")");
    case SQLITE_READONLY:
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_IOERR:
    case SQLITE_FULL:
      return Status::IoError(std::move(message));
    default:
      return Status::Internal(std::move(message));
  }
}

Result<WriteTransaction> WriteTransaction::begin(Database& db) {
  if (Status status = db.exec("BEGIN IMMEDIATE"); !status.ok()) return status;
  return WriteTransaction(&db);
}

WriteTransaction::~WriteTransaction() {
  if (db_ != nullptr) sqlite3_exec(db_->handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

WriteTransaction::WriteTransaction(WriteTransaction&& other) noexcept
    : db_(std::exchange(other.db_, nullptr)) {}

Status WriteTransaction::commit() {
  Status status = db_->exec("COMMIT");
  if (status.ok()) db_ = nullptr;
  return status;
}

}  // namespace kg::store
