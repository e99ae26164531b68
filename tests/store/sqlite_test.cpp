#include "store/sqlite.h"

#include <doctest/doctest.h>

#include <fstream>
#include <string>

#include "tests/extract/temp_dir.h"

namespace kg::store {
namespace {

Database memory_database() {
  auto db = Database::open(":memory:", SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, 1000);
  REQUIRE(db.ok());
  return std::move(*db);
}

}  // namespace

TEST_CASE("Statement binds and reads text byte for byte, integers and reals exactly") {
  Database db = memory_database();
  REQUIRE(db.exec("CREATE TABLE t(a TEXT, b INTEGER, c REAL, d TEXT)").ok());
  const std::string bytes("nul\0 and \xff\xfe", 11);
  Statement insert(db, "INSERT INTO t VALUES(?,?,?,?)");
  insert.bind(1, bytes);
  insert.bind(2, std::int64_t{1} << 40);
  insert.bind(3, 0.1 + 0.2);
  insert.bind_null(4);
  REQUIRE(insert.run().ok());
  insert.bind(1, std::string_view());
  REQUIRE(insert.run().ok());

  Statement select(db, "SELECT a, b, c, d FROM t ORDER BY rowid");
  REQUIRE(select.step());
  CHECK(select.text(0) == bytes);
  CHECK(select.integer(1) == (std::int64_t{1} << 40));
  CHECK(select.real(2) == 0.1 + 0.2);
  CHECK(select.is_null(3));
  REQUIRE(select.step());
  CHECK(select.text(0).empty());
  CHECK_FALSE(select.is_null(0));  // an empty string, not NULL
  CHECK_FALSE(select.step());
  CHECK(select.status().ok());
}

TEST_CASE("A statement that does not prepare reports a one-line error") {
  Database db = memory_database();
  Statement bad(db, "SELECT * FROM missing_table");
  CHECK_FALSE(bad.step());
  CHECK_FALSE(bad.status().ok());
  CHECK(bad.status().message().find("missing_table") != std::string::npos);
  CHECK(db.query_integer("SELECT 7").value() == 7);
}

TEST_CASE("A write transaction rolls back unless committed") {
  Database db = memory_database();
  REQUIRE(db.exec("CREATE TABLE t(a INTEGER)").ok());
  {
    auto transaction = WriteTransaction::begin(db);
    REQUIRE(transaction.ok());
    REQUIRE(db.exec("INSERT INTO t VALUES(1)").ok());
  }
  CHECK(db.query_integer("SELECT count(*) FROM t").value() == 0);
  {
    auto transaction = WriteTransaction::begin(db);
    REQUIRE(transaction.ok());
    REQUIRE(db.exec("INSERT INTO t VALUES(1)").ok());
    REQUIRE(transaction->commit().ok());
  }
  CHECK(db.query_integer("SELECT count(*) FROM t").value() == 1);
}

TEST_CASE("A file that is not a database is an InvalidInput error naming it") {
  test::TempDir dir;
  const std::string path = dir.write("x.db", std::string(4096, 'x'));
  auto db = Database::open(path, SQLITE_OPEN_READONLY, 1000);
  REQUIRE(db.ok());  // SQLite reads the file lazily
  auto version = db->query_integer("PRAGMA user_version");
  REQUIRE_FALSE(version.ok());
  CHECK(version.status().code() == StatusCode::kInvalidInput);
  CHECK(version.status().message().rfind(path + ": corrupt store", 0) == 0);
}

}  // namespace kg::store
