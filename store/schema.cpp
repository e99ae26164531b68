#include "store/schema.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <system_error>

namespace kg::store {

// Each document's extraction in its own rows, keyed by the document's id and
// the position in the extraction's lists (kg/store.h explains why).
const char* const kSchemaSql = R"sql(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE documents(
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  content_hash TEXT NOT NULL,
  date TEXT,
  title TEXT NOT NULL,
  sentences INTEGER NOT NULL);
CREATE INDEX documents_by_hash ON documents(content_hash);
CREATE TABLE document_texts(document INTEGER PRIMARY KEY, text TEXT NOT NULL);
CREATE TABLE entities(
  document INTEGER NOT NULL, position INTEGER NOT NULL,
  name TEXT NOT NULL, type TEXT NOT NULL, mentions INTEGER NOT NULL,
  PRIMARY KEY(document, position)) WITHOUT ROWID;
CREATE TABLE aliases(
  document INTEGER NOT NULL, entity INTEGER NOT NULL, position INTEGER NOT NULL,
  alias TEXT NOT NULL,
  PRIMARY KEY(document, entity, position)) WITHOUT ROWID;
CREATE TABLE mention_records(
  document INTEGER NOT NULL, entity INTEGER NOT NULL, position INTEGER NOT NULL,
  text TEXT NOT NULL, sentence INTEGER NOT NULL, rule TEXT NOT NULL,
  PRIMARY KEY(document, entity, position)) WITHOUT ROWID;
CREATE TABLE relations(
  document INTEGER NOT NULL, position INTEGER NOT NULL,
  subject TEXT NOT NULL, subject_type TEXT NOT NULL, predicate TEXT NOT NULL,
  label TEXT NOT NULL, object TEXT NOT NULL, object_type TEXT NOT NULL,
  symmetric INTEGER NOT NULL, confidence REAL NOT NULL,
  PRIMARY KEY(document, position)) WITHOUT ROWID;
CREATE TABLE qualifiers(
  document INTEGER NOT NULL, relation INTEGER NOT NULL, key TEXT NOT NULL,
  value TEXT NOT NULL,
  PRIMARY KEY(document, relation, key)) WITHOUT ROWID;
CREATE TABLE evidence(
  document INTEGER NOT NULL, relation INTEGER NOT NULL, source TEXT NOT NULL,
  sentence INTEGER NOT NULL, start_byte INTEGER NOT NULL, end_byte INTEGER NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY(document, relation)) WITHOUT ROWID;
CREATE TABLE removed_text(
  document INTEGER NOT NULL, position INTEGER NOT NULL,
  start_byte INTEGER NOT NULL, end_byte INTEGER NOT NULL, reason TEXT NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY(document, position)) WITHOUT ROWID;
)sql";

namespace {

namespace fs = std::filesystem;

constexpr std::size_t kHeaderSize = 100;

std::uint32_t big_endian(const std::array<unsigned char, kHeaderSize>& header, std::size_t at) {
  return (std::uint32_t{header[at]} << 24) | (std::uint32_t{header[at + 1]} << 16) |
         (std::uint32_t{header[at + 2]} << 8) | std::uint32_t{header[at + 3]};
}

Status not_kg(const std::string& path) {
  return Status::InvalidInput(path + ": an SQLite database, but not a kg store");
}

Status newer_schema(const std::string& path, std::int64_t version) {
  return Status::InvalidInput(path + ": store schema version " + std::to_string(version) +
                              " is newer than this kg reads (" +
                              std::to_string(kStoreSchemaVersion) + "); use a newer kg");
}

// Schema 1 kept no mention records; its stores are made again, not upgraded.
Status older_schema(const std::string& path, std::int64_t version) {
  return Status::InvalidInput(path + ": store schema version " + std::to_string(version) +
                              " is older than this kg's (" + std::to_string(kStoreSchemaVersion) +
                              "); make the store again with kg build or kg add");
}

// The file's first kHeaderSize bytes, checked to be a kg store's header.
Result<std::array<unsigned char, kHeaderSize>> read_kg_header(const std::string& path) {
  std::error_code error;
  if (fs::is_directory(path, error)) return Status::IoError(path + ": a folder, not a kg store");
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError(path + ": cannot read: " + std::strerror(errno));
  std::array<unsigned char, kHeaderSize> header{};
  in.read(reinterpret_cast<char*>(header.data()), kHeaderSize);
  const std::size_t got = static_cast<std::size_t>(in.gcount());
  if (got == 0) return Status::InvalidInput(path + ": an empty file, not a kg store");
  if (got < sizeof kSqliteMagic ||
      std::memcmp(header.data(), kSqliteMagic, sizeof kSqliteMagic) != 0)
    return Status::InvalidInput(path + ": not a kg store (not an SQLite database)");
  if (got < kHeaderSize) return Status::InvalidInput(path + ": corrupt store (truncated header)");
  if (big_endian(header, 68) != kApplicationId) return not_kg(path);
  return header;
}

// Checks the file's first bytes before SQLite opens it, so that a file which
// is not a kg store is refused without SQLite touching it.
Status check_header(const std::string& path) {
  auto header = read_kg_header(path);
  if (!header.ok()) return header.status();
  const std::uint32_t version = big_endian(*header, 60);
  if (version > static_cast<std::uint32_t>(kStoreSchemaVersion)) return newer_schema(path, version);
  return Status::Ok();
}

// The same checks through SQLite (which sees a WAL not yet checkpointed),
// then an integrity check of the pages.
Status check_database(Database& db) {
  auto application_id = db.query_integer("PRAGMA application_id");
  if (!application_id.ok()) return application_id.status();
  if (*application_id != kApplicationId) return not_kg(db.path());
  auto version = db.query_integer("PRAGMA user_version");
  if (!version.ok()) return version.status();
  if (*version > kStoreSchemaVersion) return newer_schema(db.path(), *version);
  if (*version < 1) return not_kg(db.path());
  if (*version < kStoreSchemaVersion) return older_schema(db.path(), *version);
  Statement check(db, "PRAGMA quick_check");
  if (check.step() && check.text(0) != "ok")
    return Status::InvalidInput(db.path() + ": corrupt store (" + one_line(check.text(0)) + ")");
  return check.status();
}

Status io_failure(const std::string& path, const char* what, int error) {
  return Status::IoError(path + ": cannot create the store: " + what + ": " + std::strerror(error));
}

// Fills the empty SQLite file `temp` with the schema and records this kg as
// its maker.
Status initialise(const std::string& temp) {
  auto db = Database::open(temp, SQLITE_OPEN_READWRITE, kBusyTimeoutMs);
  if (!db.ok()) return db.status();
  if (Status s = db->exec("PRAGMA journal_mode=WAL"); !s.ok()) return s;
  const std::string sql = "BEGIN;" + std::string(kSchemaSql) +
                          "PRAGMA application_id=" + std::to_string(kApplicationId) +
                          ";PRAGMA user_version=" + std::to_string(kStoreSchemaVersion) + ";";
  if (Status s = db->exec(sql); !s.ok()) return s;
  Statement writer(*db, "INSERT INTO meta VALUES(?, ?)");
  for (const char* key : {kCreatedByKey, kWrittenByKey}) {
    writer.bind(1, std::string_view(key));
    writer.bind(2, std::string_view(kWriter));
    if (Status s = writer.run(); !s.ok()) return s;
  }
  return db->exec("COMMIT");
}

// Creates a complete new store at `path` unless a file is there by then: the
// store is made under a hidden temporary name and linked into place, so
// `path` never names a store without its schema, and two processes creating
// the same store both end up using one of them.
Status create_store(const std::string& path) {
  const fs::path target(path);
  std::error_code error;
  if (target.has_parent_path()) fs::create_directories(target.parent_path(), error);
  if (error) return Status::IoError(path + ": cannot create its folder: " + error.message());
  if (Status s = check_no_orphan_log(path); !s.ok()) return s;
  auto temp = create_temporary_store(path);
  if (!temp.ok()) return temp.status();
  Status status;
  if (::link(temp->c_str(), path.c_str()) != 0 && errno != EEXIST)
    status = io_failure(path, "link", errno);
  ::unlink(temp->c_str());
  return status;
}

}  // namespace

const char* const kWriter = "kg " KG_VERSION;

Status check_kg_file(const std::string& path) { return read_kg_header(path).status(); }

Status check_no_orphan_log(const std::string& path) {
  // The log first: a store linked into place by another process after this
  // looked gets a log only once it is there, so it is then seen.
  const std::string log = path + "-wal";
  std::error_code error;
  const std::uintmax_t size = fs::file_size(log, error);
  if (error || size == 0 || fs::exists(path, error)) return Status::Ok();
  return Status::InvalidInput(log + ": the write-ahead log of a store that is not there (" + path +
                              "); a new store would take its changes as its own: move it away");
}

Result<std::string> create_temporary_store(const std::string& path) {
  const fs::path target(path);
  std::string temp_name = ".";
  temp_name += target.filename().string();
  temp_name += ".tmp.XXXXXX";
  std::string temp = (target.parent_path() / temp_name).string();
  const int fd = ::mkstemp(temp.data());
  if (fd < 0) return io_failure(path, "mkstemp", errno);
  ::fchmod(fd, 0644);
  ::close(fd);
  if (Status status = initialise(temp); !status.ok()) {
    ::unlink(temp.c_str());
    return status;
  }
  return temp;
}

Result<Database> open_database(const std::string& path, Store::Mode mode) {
  std::error_code error;
  const fs::file_status st = fs::status(path, error);
  if (!fs::exists(st)) {
    if (mode != Store::Mode::kCreate) return Status::NotFound(path + ": no such store");
    if (Status s = create_store(path); !s.ok()) return s;
  } else if (fs::is_directory(st)) {
    return Status::IoError(path + ": a folder, not a kg store");
  }
  if (Status s = check_header(path); !s.ok()) return s;
  // A reader that may write the file opens it read-write, with writes
  // forbidden (query_only), so that closing the last connection removes
  // SQLite's -wal and -shm files as a writer's close does.
  const bool read_only = mode == Store::Mode::kRead && ::access(path.c_str(), W_OK) != 0;
  auto db = Database::open(path, read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE,
                           kBusyTimeoutMs);
  if (!db.ok()) return db.status();
  if (mode == Store::Mode::kRead && !read_only) {
    if (Status s = db->exec("PRAGMA query_only = 1"); !s.ok()) return s;
  }
  if (Status s = check_database(*db); !s.ok()) return s;
  return db;
}

}  // namespace kg::store
