#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "kg/io.h"
#include "kg/store.h"
#include "store/sqlite.h"
#include "tests/extract/temp_dir.h"
#include "tests/store/store_fixtures.h"

namespace kg {
namespace {

namespace fs = std::filesystem;

std::string read_all(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::vector<std::string> names_in(const fs::path& folder) {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(folder))
    names.push_back(entry.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

StoreDocument document(const std::string& name) {
  return test::stored_document(test::sample_extraction(name, "To Lam", "Malaysia"),
                               "text of " + name);
}

// A fresh store for `path` holding the documents `names`.
FreshStore filled(const std::string& path, const std::vector<std::string>& names) {
  auto fresh = FreshStore::create(path);
  REQUIRE(fresh.ok());
  std::vector<StoreDocument> docs;
  for (const std::string& name : names) docs.push_back(document(name));
  REQUIRE(fresh->store().put(docs, "x").ok());
  return std::move(*fresh);
}

std::vector<std::string> stored_names(const std::string& path) {
  auto store = Store::open(path, Store::Mode::kRead);
  REQUIRE(store.ok());
  auto hashes = store->document_hashes();
  REQUIRE(hashes.ok());
  std::vector<std::string> names;
  for (const auto& [name, hash] : *hashes) names.push_back(name);
  return names;
}

}  // namespace

TEST_CASE("A fresh store is put in place by commit only, in a folder made for it") {
  test::TempDir dir;
  const std::string path = (dir.path() / "a" / "b" / "kg.db").string();
  {
    FreshStore fresh = filled(path, {"x.txt"});
    CHECK_FALSE(fs::exists(path));
    CHECK(fresh.store().path() != path);
  }
  // Never committed: nothing is left, not even the folders.
  CHECK(names_in(dir.path()).empty());

  FreshStore fresh = filled(path, {"x.txt", "y.txt"});
  REQUIRE(fresh.commit().ok());
  CHECK(stored_names(path) == std::vector<std::string>{"x.txt", "y.txt"});
  CHECK(names_in(fs::path(path).parent_path()) == std::vector<std::string>{"kg.db"});
  auto store = Store::open(path, Store::Mode::kWrite);
  REQUIRE(store.ok());
  CHECK(store->put({document("z.txt")}, "x")->added == 1);
}

TEST_CASE("A fresh store replaces a kg store whole, as its readers see it") {
  test::TempDir dir;
  const std::string path = (dir.path() / "kg.db").string();
  REQUIRE(filled(path, {"old1.txt", "old2.txt", "old3.txt"}).commit().ok());
  auto reader = Store::open(path, Store::Mode::kRead);
  REQUIRE(reader.ok());
  REQUIRE(reader->document_hashes().value().size() == 3);

  FreshStore fresh = filled(path, {"new.txt"});
  std::string expected;
  {
    auto graph = fresh.store().graph();
    REQUIRE(graph.ok());
    expected = to_graph_json(*graph);
  }
  CHECK(stored_names(path).size() == 3);  // untouched until commit
  REQUIRE(fresh.commit().ok());
  CHECK(reader->document_hashes().value().size() == 1);  // the open reader sees the new store
  CHECK(stored_names(path) == std::vector<std::string>{"new.txt"});
  auto graph = load_store_graph(path);
  REQUIRE(graph.ok());
  CHECK(to_graph_json(*graph) == expected);
  CHECK(Store::open(path, Store::Mode::kWrite).ok());  // passes every check, quick_check too
}

TEST_CASE("A fresh store names the documents of the store it replaces that it does not hold") {
  test::TempDir dir;
  const std::string path = (dir.path() / "kg.db").string();
  {
    FreshStore first = filled(path, {"a.txt"});
    CHECK(first.documents_left_out().value().empty());  // nothing at the path yet
    REQUIRE(first.commit().ok());
  }
  REQUIRE(Store::open(path, Store::Mode::kWrite)->put({document("added.txt")}, "x").ok());
  FreshStore again = filled(path, {"a.txt", "b.txt"});
  CHECK(again.documents_left_out().value() == std::vector<std::string>{"added.txt"});
}

TEST_CASE("A fresh store replaces a kg store of another schema version or with damaged pages") {
  test::TempDir dir;
  const std::string path = (dir.path() / "kg.db").string();
  REQUIRE(filled(path, {"old.txt"}).commit().ok());
  {
    auto raw = store::Database::open(path, SQLITE_OPEN_READWRITE, 1000);
    REQUIRE(raw.ok());
    REQUIRE(raw->exec("PRAGMA user_version = 99").ok());
  }
  REQUIRE_FALSE(Store::open(path, Store::Mode::kRead).ok());
  REQUIRE(filled(path, {"new.txt"}).commit().ok());
  CHECK(stored_names(path) == std::vector<std::string>{"new.txt"});
}

TEST_CASE("Only a kg store is replaced; anything else is refused untouched") {
  test::TempDir dir;
  const std::string text = dir.write("text/kg.db", "To Lam visited Malaysia.\n");
  const std::string foreign = (dir.path() / "foreign.db").string();
  {
    auto db = store::Database::open(foreign, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, 1000);
    REQUIRE(db.ok());
    REQUIRE(db->exec("CREATE TABLE mine(a); INSERT INTO mine VALUES(1);").ok());
  }
  const std::string folder = (dir.path() / "folder").string();
  fs::create_directories(folder);
  dir.write("orphan/kg.db-wal", "log pages");
  const std::string orphan = (dir.path() / "orphan" / "kg.db").string();
  const auto before = names_in(dir.path());
  for (const std::string& path : {text, foreign, folder, orphan}) {
    CAPTURE(path);
    const std::string content = fs::is_regular_file(path) ? read_all(path) : "";
    auto fresh = FreshStore::create(path);
    REQUIRE_FALSE(fresh.ok());
    CHECK(fresh.status().message().find('\n') == std::string::npos);
    CHECK(fresh.status().message().find(path) != std::string::npos);
    if (!content.empty()) CHECK(read_all(path) == content);
  }
  CHECK(names_in(dir.path()) == before);
  CHECK(names_in(dir.path() / "text") == std::vector<std::string>{"kg.db"});
  CHECK(names_in(dir.path() / "orphan") == std::vector<std::string>{"kg.db-wal"});
}

TEST_CASE("A path taken by a file that is not a kg store during the build fails the commit") {
  test::TempDir dir;
  const std::string path = (dir.path() / "kg.db").string();
  FreshStore fresh = filled(path, {"x.txt"});
  dir.write("kg.db", "written meanwhile\n");
  const Status status = fresh.commit();
  CHECK(status.code() == StatusCode::kInvalidInput);
  CHECK(read_all(path) == "written meanwhile\n");
}

}  // namespace kg
