#include "kg/store.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "kg/aliases.h"
#include "kg/io.h"
#include "store/sqlite.h"
#include "tests/extract/temp_dir.h"
#include "tests/store/store_fixtures.h"

namespace kg {
namespace {

std::vector<DocumentExtraction> three_documents() {
  // "Lam" in b.txt and "To Lam" in a.txt and c.txt: which name an entity
  // keeps depends on the order the documents are merged in.
  return {test::sample_extraction("c.txt", "To Lam", "Malaysia", 2),
          test::sample_extraction("a.txt", "Lam", "Vietnam"),
          test::sample_extraction("b.txt", "To Lam", "Viet Nam", 1)};
}

std::string text_of(const DocumentExtraction& doc, int version = 0) {
  return "text of " + doc.document + " version " + std::to_string(version);
}

Store create(const test::TempDir& dir) {
  auto store = Store::open((dir.path() / "kg.db").string(), Store::Mode::kCreate);
  REQUIRE(store.ok());
  return std::move(*store);
}

// The three documents as stored, each with its text.
std::vector<StoreDocument> stored_three() {
  std::vector<StoreDocument> all;
  for (const DocumentExtraction& doc : three_documents())
    all.push_back(test::stored_document(doc, text_of(doc)));
  return all;
}

std::string graph_json_of(const Store& store) {
  auto graph = store.graph();
  REQUIRE(graph.ok());
  return to_graph_json(*graph);
}

}  // namespace

TEST_CASE("is_sqlite_file and content_hash") {
  test::TempDir dir;
  CHECK_FALSE(is_sqlite_file(dir.write("a.txt", "text")));
  CHECK_FALSE(is_sqlite_file((dir.path() / "missing").string()));
  CHECK(is_sqlite_file(create(dir).path()));
  CHECK(content_hash("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST_CASE("The graph of a store is the documents merged by name, whatever the put order") {
  const std::vector<DocumentExtraction> docs = three_documents();
  KnowledgeGraph expected;
  for (const std::string name : {"a.txt", "b.txt", "c.txt"})
    for (const DocumentExtraction& doc : docs)
      if (doc.document == name) expected.add_document(doc);
  const std::string expected_json = to_graph_json(expected);

  for (const std::vector<std::size_t>& order :
       std::vector<std::vector<std::size_t>>{{0, 1, 2}, {2, 1, 0}, {1, 0, 2}}) {
    test::TempDir dir;
    Store store = create(dir);
    for (std::size_t i : order) {  // one put per document
      auto changes = store.put({test::stored_document(docs[i], text_of(docs[i]))}, "x");
      REQUIRE(changes.ok());
      CHECK(changes->added == 1);
    }
    CHECK(graph_json_of(store) == expected_json);
    auto extractions = store.extractions();
    REQUIRE(extractions.ok());
    REQUIRE(extractions->size() == 3);
    test::check_same_extraction((*extractions)[0], docs[1]);
  }
}

TEST_CASE("put skips an unchanged document and replaces a changed one") {
  test::TempDir dir;
  Store store = create(dir);
  const std::vector<DocumentExtraction> docs = three_documents();
  const std::vector<StoreDocument> all = stored_three();
  REQUIRE(store.put(all, "x").ok());
  const std::string before = graph_json_of(store);

  auto again = store.put(all, "x");
  REQUIRE(again.ok());
  CHECK(again->unchanged == 3);
  CHECK(again->added + again->replaced == 0);
  CHECK(graph_json_of(store) == before);

  const DocumentExtraction changed = test::sample_extraction("a.txt", "Anwar Ibrahim", "Vietnam");
  auto replaced = store.put({test::stored_document(changed, text_of(changed, 1))}, "x");
  REQUIRE(replaced.ok());
  CHECK(replaced->replaced == 1);
  auto hashes = store.document_hashes();
  REQUIRE(hashes.ok());
  CHECK(hashes->size() == 3);
  CHECK(hashes->at("a.txt") == content_hash(text_of(changed, 1)));
  auto extractions = store.extractions();
  REQUIRE(extractions.ok());
  test::check_same_extraction((*extractions)[0], changed);
  CHECK(graph_json_of(store).find("Anwar Ibrahim") != std::string::npos);
}

TEST_CASE("extraction_of_text finds a stored text's extraction under a new name") {
  test::TempDir dir;
  Store store = create(dir);
  const std::vector<DocumentExtraction> docs = three_documents();
  const std::vector<StoreDocument> all = stored_three();
  REQUIRE(store.put(all, "x").ok());

  auto none = store.extraction_of_text(content_hash("a text not stored"), "d.txt");
  REQUIRE(none.ok());
  CHECK_FALSE(none->has_value());
  auto copy = store.extraction_of_text(content_hash(text_of(docs[2])), "copy/b.txt");
  REQUIRE(copy.ok());
  REQUIRE(copy->has_value());
  DocumentExtraction expected = test::sample_extraction("copy/b.txt", "To Lam", "Viet Nam", 1);
  expected.title = docs[2].title;
  test::check_same_extraction(**copy, expected);
}

TEST_CASE("remove drops documents; an unknown name removes nothing") {
  test::TempDir dir;
  Store store = create(dir);
  const std::vector<StoreDocument> all = stored_three();
  REQUIRE(store.put(all, "x").ok());

  auto unknown = store.remove({"a.txt", "nope.txt"});
  REQUIRE_FALSE(unknown.ok());
  CHECK(unknown.status().code() == StatusCode::kNotFound);
  CHECK(unknown.status().message().find("nope.txt") != std::string::npos);
  CHECK(store.document_hashes().value().size() == 3);

  auto removed = store.remove({"a.txt", "c.txt"});
  REQUIRE(removed.ok());
  CHECK(removed->removed == 2);
  KnowledgeGraph only_b;
  only_b.add_document(three_documents()[2]);
  CHECK(graph_json_of(store) == to_graph_json(only_b));
}

TEST_CASE("An aliases file text put in the store is recorded and applied to its graph") {
  const std::vector<DocumentExtraction> docs = three_documents();
  const std::string aliases_text = "same\tLam\tTo Lam\ndifferent\tViet Nam\tVietnam\n";
  auto expected_graph = [&](const std::string& text) {
    KnowledgeGraph expected;
    expected.set_aliases(*parse_aliases(text, "t"));
    for (const std::string name : {"a.txt", "b.txt", "c.txt"})
      for (const DocumentExtraction& doc : docs)
        if (doc.document == name) expected.add_document(doc);
    return to_graph_json(expected);
  };
  REQUIRE(expected_graph(aliases_text) != expected_graph(""));

  test::TempDir dir;
  Store store = create(dir);
  CHECK(store.aliases().value().empty());
  REQUIRE(store.put({test::stored_document(docs[0], text_of(docs[0]))}, "x", aliases_text).ok());
  CHECK(store.aliases().value().text == aliases_text);
  // A put without aliases keeps the recorded ones.
  for (std::size_t i : {1, 2})
    REQUIRE(store.put({test::stored_document(docs[i], text_of(docs[i]))}, "x").ok());
  CHECK(graph_json_of(store) == expected_graph(aliases_text));
  // An empty text clears them.
  REQUIRE(store.put({}, "x", std::string()).ok());
  CHECK(store.aliases().value().empty());
  CHECK(graph_json_of(store) == expected_graph(""));
}

TEST_CASE("Extractor settings are recorded once and must match afterwards") {
  test::TempDir dir;
  Store store = create(dir);
  CHECK(store.extractor_settings().value().empty());
  const DocumentExtraction doc = three_documents()[0];
  REQUIRE(store.put({test::stored_document(doc, text_of(doc))}, "parse=1").ok());
  CHECK(store.extractor_settings().value() == "parse=1");
  const DocumentExtraction other = three_documents()[1];
  auto mismatch = store.put({test::stored_document(other, text_of(other))}, "parse=0");
  REQUIRE_FALSE(mismatch.ok());
  CHECK(mismatch.status().code() == StatusCode::kInvalidArgument);
  CHECK(store.document_hashes().value().size() == 1);  // nothing was written
}

TEST_CASE("A store records the kg that made it and the kg of its last change") {
  const std::string us = "kg " KG_VERSION;
  test::TempDir dir;
  Store store = create(dir);
  auto info = store.info();
  REQUIRE(info.ok());
  CHECK(info->documents == 0);
  CHECK(info->created_by == us);
  CHECK(info->written_by == us);

  // Another kg's marks, as a store made and changed by it would hold.
  auto raw = store::Database::open(store.path(), SQLITE_OPEN_READWRITE, 1000);
  REQUIRE(raw.ok());
  REQUIRE(raw->exec("UPDATE meta SET value = 'kg 0.0.1' WHERE key = 'created_by';"
                    "UPDATE meta SET value = 'kg 0.0.2' WHERE key = 'written_by'")
              .ok());
  const DocumentExtraction doc = three_documents()[0];
  const std::vector<StoreDocument> one = {test::stored_document(doc, text_of(doc))};
  REQUIRE(store.put(one, "x").ok());
  CHECK(store.info()->documents == 1);
  CHECK(store.info()->created_by == "kg 0.0.1");
  CHECK(store.info()->written_by == us);

  // A put that changes nothing leaves the mark of the last change.
  REQUIRE(raw->exec("UPDATE meta SET value = 'kg 0.0.2' WHERE key = 'written_by'").ok());
  CHECK(store.put(one, "x")->unchanged == 1);
  CHECK(store.info()->written_by == "kg 0.0.2");
  REQUIRE(store.remove({doc.document}).ok());
  CHECK(store.info()->written_by == us);

  // A store made before kg recorded them names nobody.
  REQUIRE(raw->exec("DELETE FROM meta WHERE key IN ('created_by', 'written_by')").ok());
  CHECK(store.info()->created_by.empty());
  CHECK(store.info()->written_by.empty());
}

TEST_CASE("A store opened for reading sees another connection's committed changes") {
  test::TempDir dir;
  Store writer = create(dir);
  auto reader = Store::open(writer.path(), Store::Mode::kRead);
  REQUIRE(reader.ok());
  CHECK(reader->document_hashes().value().empty());
  const DocumentExtraction doc = three_documents()[0];
  REQUIRE(writer.put({test::stored_document(doc, text_of(doc))}, "x").ok());
  CHECK(reader->document_hashes().value().size() == 1);
  auto graph = load_store_graph(writer.path());
  REQUIRE(graph.ok());
  CHECK(graph->documents().size() == 1);
}

TEST_CASE("A store opened for reading writes nothing and leaves no SQLite side files") {
  test::TempDir dir;
  std::string path;
  {
    Store writer = create(dir);
    path = writer.path();
  }
  {
    auto reader = Store::open(path, Store::Mode::kRead);
    REQUIRE(reader.ok());
    const DocumentExtraction doc = three_documents()[0];
    auto put = reader->put({test::stored_document(doc, text_of(doc))}, "x");
    CHECK_FALSE(put.ok());
    CHECK(put.status().message().rfind(path + ": ", 0) == 0);
  }
  CHECK(Store::open(path, Store::Mode::kRead)->document_hashes().value().empty());
  CHECK_FALSE(std::filesystem::exists(path + "-wal"));
  CHECK_FALSE(std::filesystem::exists(path + "-shm"));
}

}  // namespace kg
