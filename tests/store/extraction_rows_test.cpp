#include "store/extraction_rows.h"

#include <doctest/doctest.h>

#include "store/schema.h"
#include "tests/extract/temp_dir.h"
#include "tests/store/store_fixtures.h"

namespace kg::store {
namespace {

Database new_store(const test::TempDir& dir) {
  auto db = open_database((dir.path() / "kg.db").string(), Store::Mode::kCreate);
  REQUIRE(db.ok());
  return std::move(*db);
}

void insert_document_row(Database& db, std::int64_t id, const DocumentExtraction& doc) {
  Statement row(db, "INSERT INTO documents VALUES(?, ?, 'hash', NULL, ?, ?)");
  row.bind(1, id);
  row.bind(2, doc.document);
  row.bind(3, doc.title);
  row.bind(4, std::int64_t{doc.sentences});
  REQUIRE(row.run().ok());
  REQUIRE(write_extraction_rows(db, id, doc).ok());
}

}  // namespace

TEST_CASE("Extractions read back equal, ordered by document name") {
  test::TempDir dir;
  Database db = new_store(dir);
  const DocumentExtraction b = test::sample_extraction("b.txt", "To Lam", "Malaysia", 1);
  const DocumentExtraction a = test::sample_extraction("a.txt", "Anwar Ibrahim", "Vietnam");
  DocumentExtraction empty;
  empty.document = "c.txt";
  insert_document_row(db, 7, b);
  insert_document_row(db, 3, empty);
  insert_document_row(db, 9, a);
  auto docs = read_extractions(db, {}, true);
  REQUIRE(docs.ok());
  REQUIRE(docs->size() == 3);
  test::check_same_extraction((*docs)[0], a, true);
  test::check_same_extraction((*docs)[1], b, true);
  test::check_same_extraction((*docs)[2], empty, true);
  // Without mention records: the same extractions, their entities recording none.
  auto graph_docs = read_extractions(db);
  REQUIRE(graph_docs.ok());
  REQUIRE(graph_docs->size() == 3);
  test::check_same_extraction((*graph_docs)[0], a);
  CHECK((*graph_docs)[0].entities[0].mention_records.empty());
}

TEST_CASE("delete_document removes every row of one document only") {
  test::TempDir dir;
  Database db = new_store(dir);
  const DocumentExtraction a = test::sample_extraction("a.txt", "Anwar Ibrahim", "Vietnam");
  insert_document_row(db, 1, a);
  insert_document_row(db, 2, test::sample_extraction("b.txt", "To Lam", "Malaysia"));
  REQUIRE(delete_document(db, 2).ok());
  for (const char* table : {"entities", "aliases", "mention_records", "relations", "qualifiers",
                            "evidence", "removed_text", "documents"}) {
    const std::string column = std::string(table) == "documents" ? "id" : "document";
    CHECK(
        db.query_integer("SELECT count(*) FROM " + std::string(table) + " WHERE " + column + " = 2")
            .value() == 0);
    CHECK(db.query_integer("SELECT count(*) FROM " + std::string(table)).value() > 0);
  }
  auto docs = read_extractions(db);
  REQUIRE(docs.ok());
  REQUIRE(docs->size() == 1);
  test::check_same_extraction((*docs)[0], a);
}

TEST_CASE("Rows that do not fit together are reported as corruption") {
  test::TempDir dir;
  Database db = new_store(dir);
  insert_document_row(db, 1, test::sample_extraction("a.txt", "Anwar Ibrahim", "Vietnam"));
  SUBCASE("an unknown entity type") {
    REQUIRE(db.exec("UPDATE entities SET type = 'Planet' WHERE position = 0").ok());
  }
  SUBCASE("a gap in the positions") {
    REQUIRE(db.exec("DELETE FROM relations WHERE position = 0").ok());
  }
  SUBCASE("a row of a document that is not there") {
    REQUIRE(db.exec("UPDATE aliases SET document = 5").ok());
  }
  SUBCASE("an unknown mention rule") {
    REQUIRE(db.exec("UPDATE mention_records SET rule = 'guess' WHERE position = 1").ok());
  }
  SUBCASE("a mention record of an entity that is not there") {
    REQUIRE(db.exec("UPDATE mention_records SET entity = 9 WHERE entity = 1").ok());
  }
  auto docs = read_extractions(db, {}, true);
  REQUIRE_FALSE(docs.ok());
  CHECK(docs.status().code() == StatusCode::kInvalidInput);
  CHECK(docs.status().message().find("corrupt store") != std::string::npos);
}

}  // namespace kg::store
