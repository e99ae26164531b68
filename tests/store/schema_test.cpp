#include "store/schema.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "tests/extract/temp_dir.h"

namespace kg::store {
namespace {

std::string read_all(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Runs `sql` on the SQLite file at `path` without the store's checks.
void raw_exec(const std::string& path, const std::string& sql) {
  auto db = Database::open(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, 1000);
  REQUIRE(db.ok());
  REQUIRE(db->exec(sql).ok());
}

// Opening `path` in every mode fails with InvalidInput naming `cause`, and
// leaves the file and its folder as they were.
void check_refused(const test::TempDir& dir, const std::string& path, const std::string& cause) {
  const std::string before = read_all(path);
  const auto entries = std::distance(std::filesystem::directory_iterator(dir.path()),
                                     std::filesystem::directory_iterator());
  for (Store::Mode mode : {Store::Mode::kRead, Store::Mode::kWrite, Store::Mode::kCreate}) {
    auto db = open_database(path, mode);
    REQUIRE_FALSE(db.ok());
    CHECK(db.status().code() == StatusCode::kInvalidInput);
    CHECK(db.status().message().rfind(path + ": ", 0) == 0);
    CHECK(db.status().message().find(cause) != std::string::npos);
    CHECK(db.status().message().find('\n') == std::string::npos);
  }
  CHECK(read_all(path) == before);
  CHECK(std::distance(std::filesystem::directory_iterator(dir.path()),
                      std::filesystem::directory_iterator()) == entries);
}

}  // namespace

TEST_CASE("kCreate makes a complete store; kRead and kWrite need one") {
  test::TempDir dir;
  const std::string path = (dir.path() / "sub" / "kg.db").string();
  auto missing = open_database(path, Store::Mode::kRead);
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.status().code() == StatusCode::kNotFound);
  CHECK_FALSE(open_database(path, Store::Mode::kWrite).ok());
  CHECK_FALSE(std::filesystem::exists(path));

  auto created = open_database(path, Store::Mode::kCreate);
  REQUIRE(created.ok());
  CHECK(created->query_integer("PRAGMA application_id").value() == kApplicationId);
  CHECK(created->query_integer("PRAGMA user_version").value() == kStoreSchemaVersion);
  CHECK(created->query_integer("SELECT count(*) FROM documents").value() == 0);
  Statement mode(*created, "PRAGMA journal_mode");
  REQUIRE(mode.step());
  CHECK(mode.text(0) == "wal");
  // No temporary file is left beside the store.
  for (const auto& entry : std::filesystem::directory_iterator(dir.path() / "sub"))
    CHECK(entry.path().filename().string().rfind(".kg.db.tmp", 0) != 0);
  CHECK(open_database(path, Store::Mode::kRead).ok());
  CHECK(open_database(path, Store::Mode::kCreate).ok());  // an existing store is opened
}

TEST_CASE("Files that are not kg stores are refused untouched") {
  test::TempDir dir;
  check_refused(dir, dir.write("text.db", "To Lam visited Malaysia.\n"), "not an SQLite database");
  check_refused(dir, dir.write("empty.db", ""), "empty file");
  check_refused(dir, dir.write("short.db", std::string("SQLite format 3\0abc", 19)),
                "corrupt store");
  const std::string foreign = (dir.path() / "foreign.db").string();
  raw_exec(foreign, "CREATE TABLE t(a); INSERT INTO t VALUES(1);");
  check_refused(dir, foreign, "not a kg store");
}

TEST_CASE("A store of a newer schema version is refused untouched") {
  test::TempDir dir;
  const std::string path = (dir.path() / "kg.db").string();
  REQUIRE(open_database(path, Store::Mode::kCreate).ok());
  raw_exec(path, "PRAGMA user_version = " + std::to_string(kStoreSchemaVersion + 1));
  check_refused(dir, path, "schema version " + std::to_string(kStoreSchemaVersion + 1));
}

TEST_CASE("A store with damaged pages is refused as corrupt") {
  test::TempDir dir;
  const std::string path = (dir.path() / "kg.db").string();
  REQUIRE(open_database(path, Store::Mode::kCreate).ok());
  raw_exec(path,
           "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) "
           "INSERT INTO document_texts SELECT i, printf('%.500c', 'x') FROM n;");
  std::string bytes = read_all(path);
  REQUIRE(bytes.size() > 64 * 4096);
  for (std::size_t i = 8 * 4096; i < 12 * 4096; ++i) bytes[i] = static_cast<char>(0xA5);
  std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;
  check_refused(dir, path, "corrupt store");
}

TEST_CASE("check_kg_file accepts a kg store of any schema version, and only that") {
  test::TempDir dir;
  const std::string path = (dir.path() / "kg.db").string();
  REQUIRE(open_database(path, Store::Mode::kCreate).ok());
  CHECK(check_kg_file(path).ok());
  raw_exec(path, "PRAGMA user_version = " + std::to_string(kStoreSchemaVersion + 1));
  CHECK(check_kg_file(path).ok());
  raw_exec(path, "PRAGMA user_version = 1");
  CHECK(check_kg_file(path).ok());
  CHECK(check_kg_file(dir.write("text.db", "text\n")).message().find("not an SQLite") !=
        std::string::npos);
  const std::string foreign = (dir.path() / "foreign.db").string();
  raw_exec(foreign, "CREATE TABLE t(a);");
  CHECK(check_kg_file(foreign).message().find("not a kg store") != std::string::npos);
  CHECK(check_kg_file(dir.path().string()).code() == StatusCode::kIoError);
}

TEST_CASE("A store's log without its store keeps a new store from being made there") {
  test::TempDir dir;
  const std::string path = (dir.path() / "kg.db").string();
  CHECK(check_no_orphan_log(path).ok());
  dir.write("kg.db-wal", "");
  CHECK(check_no_orphan_log(path).ok());  // an empty log holds nothing
  const std::string log = dir.write("kg.db-wal", "pages");
  const Status orphan = check_no_orphan_log(path);
  CHECK(orphan.code() == StatusCode::kInvalidInput);
  CHECK(orphan.message().rfind(log + ": ", 0) == 0);
  auto db = open_database(path, Store::Mode::kCreate);
  REQUIRE_FALSE(db.ok());
  CHECK(db.status().message() == orphan.message());
  CHECK_FALSE(std::filesystem::exists(path));
  CHECK(read_all(log) == "pages");
}

TEST_CASE("create_temporary_store makes a complete store under a hidden name beside the path") {
  test::TempDir dir;
  const std::string path = (dir.path() / "kg.db").string();
  auto temp = create_temporary_store(path);
  REQUIRE(temp.ok());
  CHECK(std::filesystem::path(*temp).parent_path() == dir.path());
  CHECK(std::filesystem::path(*temp).filename().string().rfind(".kg.db.tmp.", 0) == 0);
  CHECK_FALSE(std::filesystem::exists(path));
  auto db = open_database(*temp, Store::Mode::kWrite);
  REQUIRE(db.ok());
  CHECK(db->query_integer("PRAGMA user_version").value() == kStoreSchemaVersion);
}

TEST_CASE("A folder is not a store") {
  test::TempDir dir;
  auto db = open_database(dir.path().string(), Store::Mode::kCreate);
  REQUIRE_FALSE(db.ok());
  CHECK(db.status().message().find("a folder") != std::string::npos);
}

}  // namespace kg::store
