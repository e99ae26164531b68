#include <doctest/doctest.h>

#include <filesystem>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "kg/aliases.h"
#include "kg/extract.h"
#include "kg/ingest.h"
#include "kg/io.h"
#include "kg/store.h"
#include "tests/extract/temp_dir.h"
#include "tests/extract/test_data.h"

namespace kg {
namespace {

const char* const kArticles[] = {"000_50b1104ed66ab111.txt", "003_9d709fbe71722567.txt"};

// The two sample articles written into `dir`; their paths, sorted.
std::vector<std::string> sample_files(const test::TempDir& dir) {
  std::vector<std::string> files;
  for (const char* name : kArticles) {
    const std::string text = test::read_test_data(name);
    REQUIRE_FALSE(text.empty());
    files.push_back(dir.write(std::string("news/") + name, text));
  }
  return files;
}

IngestOptions patterns_only() {
  IngestOptions options;
  options.patterns_only = true;
  return options;
}

// The graph of `files` extracted and merged in the order given, as kg build
// made it before it went through a store, with the decisions of `aliases`.
std::string merged_graph_json(const std::vector<std::string>& files,
                              const std::string& aliases = "") {
  extract::ExtractorOptions options;
  options.parse_clauses = false;
  auto extractor = extract::Extractor::create(options);
  REQUIRE(extractor.ok());
  auto docs = extractor->extract_files(files, 1);
  REQUIRE(docs.ok());
  KnowledgeGraph graph;
  auto decisions = parse_aliases(aliases, "aliases");
  REQUIRE(decisions.ok());
  graph.set_aliases(std::move(*decisions));
  for (const DocumentExtraction& doc : *docs) graph.add_document(doc);
  return to_graph_json(graph);
}

std::string store_graph_json(const std::string& db) {
  auto graph = load_store_graph(db);
  REQUIRE(graph.ok());
  return to_graph_json(*graph);
}

}  // namespace

TEST_CASE("add_files extracts what the store lacks and only that") {
  test::TempDir dir;
  const std::vector<std::string> files = sample_files(dir);
  const std::string db = (dir.path() / "store" / "kg.db").string();

  std::vector<std::tuple<std::size_t, std::size_t, std::uint64_t>> calls;
  IngestOptions options = patterns_only();
  options.on_progress = [&](std::size_t done, std::size_t total, std::uint64_t sentences) {
    calls.emplace_back(done, total, sentences);
  };
  auto first = add_files(db, files, options);
  REQUIRE(first.ok());
  CHECK(first->added == 2);
  CHECK(first->extracted == 2);
  CHECK(first->parsed == 0);  // patterns only: nothing parsed
  CHECK(first->store.documents == 2);
  CHECK(first->store.created_by.rfind("kg ", 0) == 0);
  CHECK(store_graph_json(db) == merged_graph_json(files));
  REQUIRE(calls.size() == 3);
  CHECK(calls.front() == std::make_tuple(std::size_t{0}, std::size_t{2}, std::uint64_t{0}));
  CHECK(std::get<0>(calls.back()) == 2);
  CHECK(std::get<2>(calls.back()) > 0);

  calls.clear();
  auto again = add_files(db, files, options);
  REQUIRE(again.ok());
  CHECK(again->unchanged == 2);
  CHECK(again->added + again->replaced + again->extracted == 0);
  CHECK(calls.empty());

  const std::string copy = dir.write("copy/a.txt", test::read_test_data(kArticles[0]));
  auto copied = add_files(db, {copy}, options);
  REQUIRE(copied.ok());
  CHECK(copied->added == 1);
  CHECK(copied->reused == 1);
  CHECK(copied->extracted == 0);

  dir.write(std::string("news/") + kArticles[1], "Prime Minister Erna Vik visited Tokyo.\n");
  auto changed = add_files(db, files, options);
  REQUIRE(changed.ok());
  CHECK(changed->replaced == 1);
  CHECK(changed->extracted == 1);
  CHECK(changed->store.documents == 3);
}

TEST_CASE("add_files into a missing store creates it only when every file was read") {
  test::TempDir dir;
  std::vector<std::string> files = sample_files(dir);
  files.push_back(dir.write("news/empty.txt", "  \n"));
  const std::string db = (dir.path() / "kg.db").string();
  auto failed = add_files(db, files, patterns_only());
  REQUIRE_FALSE(failed.ok());
  CHECK(failed.status().message().find("empty.txt") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(db));
}

TEST_CASE("add_files keeps extractions made another way out of a store") {
  test::TempDir dir;
  const std::vector<std::string> files = sample_files(dir);
  const std::string db = (dir.path() / "kg.db").string();
  REQUIRE(add_files(db, {files[0]}, patterns_only()).ok());
  IngestOptions stricter = patterns_only();
  stricter.min_confidence = 0.5;
  auto mismatch = add_files(db, {files[1]}, stricter);
  REQUIRE_FALSE(mismatch.ok());
  CHECK(mismatch.status().code() == StatusCode::kInvalidArgument);
  CHECK(mismatch.status().message().find("--min-confidence 0.5") != std::string::npos);
  auto store = Store::open(db, Store::Mode::kRead);
  REQUIRE(store.ok());
  CHECK(store->info()->documents == 1);
}

TEST_CASE("add_files fills a fresh store whose graph is the documents merged by name") {
  test::TempDir dir;
  const std::vector<std::string> files = sample_files(dir);
  const std::string db = (dir.path() / "kg.db").string();
  auto fresh = FreshStore::create(db);
  REQUIRE(fresh.ok());
  IngestOptions options = patterns_only();
  options.aliases = "same\tVietnam\tMalaysia\n";
  // Given in reverse order: the store merges by name all the same.
  auto report = add_files(fresh->store(), {files[1], files[0]}, options);
  REQUIRE(report.ok());
  CHECK(report->added == 2);
  REQUIRE(fresh->commit().ok());
  auto store = Store::open(db, Store::Mode::kRead);
  REQUIRE(store.ok());
  CHECK(store->aliases()->text == *options.aliases);
  CHECK(store->extractor_settings().value() == "--patterns-only --min-confidence 0");
  CHECK(store_graph_json(db) == merged_graph_json(files, *options.aliases));
  CHECK(store_graph_json(db) != merged_graph_json(files));
}

}  // namespace kg
