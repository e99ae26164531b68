#include <doctest/doctest.h>
#include <unistd.h>

#include <filesystem>

#include "kg/io.h"
#include "test_graphs.h"

namespace kg {

namespace {

void check_same(const KnowledgeGraph& a, const KnowledgeGraph& b) {
  REQUIRE(a.entity_count() == b.entity_count());
  REQUIRE(a.relation_count() == b.relation_count());
  for (std::size_t v = 0; v < a.entity_count(); ++v) CHECK(a.entity(v) == b.entity(v));
  auto ea = boost::edges(a.graph()).first;
  auto eb = boost::edges(b.graph()).first;
  for (std::size_t i = 0; i < a.relation_count(); ++i, ++ea, ++eb) {
    CHECK(boost::source(*ea, a.graph()) == boost::source(*eb, b.graph()));
    CHECK(boost::target(*ea, a.graph()) == boost::target(*eb, b.graph()));
    CHECK(a.relation(*ea) == b.relation(*eb));
  }
  CHECK(a.documents() == b.documents());
}

StatusCode parse_code(const std::string& text, const std::string& expected_fragment = {}) {
  const Result<KnowledgeGraph> result = parse_graph_json(text, "g.json");
  if (!expected_fragment.empty()) {
    CHECK(result.status().message().find(expected_fragment) != std::string::npos);
  }
  if (!result.ok()) {
    CHECK(result.status().message().rfind("g.json: ", 0) == 0);
    CHECK(result.status().message().find('\n') == std::string::npos);
  }
  return result.status().code();
}

const char* const kMinimal =
    R"({"format":"kg-graph","version":1,"documents":[],
        "entities":[{"id":0,"name":"A","type":"Person"},{"id":1,"name":"B","type":"Place"}],
        "relations":[{"source":0,"target":1,"predicate":"visited"}]})";

}  // namespace

TEST_CASE("graph.json round-trips every field") {
  const KnowledgeGraph original = testing::adversarial_graph();
  const std::string text = to_graph_json(original);
  const Result<KnowledgeGraph> parsed = parse_graph_json(text, "graph.json");
  REQUIRE_MESSAGE(parsed.ok(), parsed.status().message());
  check_same(original, *parsed);
  CHECK(to_graph_json(*parsed) == text);
  // Lookups work on the loaded graph.
  CHECK(parsed->find("viet nam") == original.find("Vi\xe1\xbb\x87t Nam"));
}

TEST_CASE("graph.json keeps vertices the merge rules would have joined") {
  KnowledgeGraph g;
  g.append_entity({"Mystery", EntityType::kOther, {}, {}, 1});
  g.append_entity({"Mystery", EntityType::kOther, {}, {}, 2});
  const Result<KnowledgeGraph> parsed = parse_graph_json(to_graph_json(g), "g.json");
  REQUIRE(parsed.ok());
  CHECK(parsed->entity_count() == 2);
}

TEST_CASE("minimal graph.json uses defaults for optional fields") {
  const Result<KnowledgeGraph> parsed = parse_graph_json(kMinimal, "g.json");
  REQUIRE_MESSAGE(parsed.ok(), parsed.status().message());
  CHECK(parsed->entity_count() == 2);
  CHECK(parsed->relation(*boost::edges(parsed->graph()).first).label == "visited");
}

TEST_CASE("graph.json rejects malformed input with one-line errors") {
  CHECK(parse_code(R"({"format":"kg-graph","version":1,"entities":[)", "invalid JSON") ==
        StatusCode::kInvalidInput);  // truncated
  CHECK(parse_code("") == StatusCode::kInvalidInput);
  CHECK(parse_code("[]") == StatusCode::kInvalidInput);
  CHECK(parse_code(R"({"format":"other","version":1,"entities":[],"relations":[]})") ==
        StatusCode::kInvalidInput);
  CHECK(parse_code(R"({"format":"kg-graph","version":2,"entities":[],"relations":[]})") ==
        StatusCode::kInvalidInput);
  CHECK(parse_code(R"({"format":"kg-graph","version":1,"entities":{},"relations":[]})") ==
        StatusCode::kInvalidInput);
  std::string text = kMinimal;
  CHECK(parse_code(std::string(text).replace(text.find("\"Place\""), 7, "\"Planet\"")) ==
        StatusCode::kInvalidInput);
  CHECK(parse_code(std::string(text).replace(text.find("\"target\":1"), 10, "\"target\":7")) ==
        StatusCode::kInvalidInput);
  CHECK(parse_code(std::string(text).replace(text.find("\"target\":1"), 10, "\"target\":\"1\"")) ==
        StatusCode::kInvalidInput);
  CHECK(parse_code(std::string(text).replace(text.find("\"id\":1"), 6, "\"id\":5")) ==
        StatusCode::kInvalidInput);
  CHECK(parse_code(std::string(text).replace(text.find("\"id\":1"), 6, "\"id\":-1")) ==
        StatusCode::kInvalidInput);

  const Result<KnowledgeGraph> unknown = parse_graph_json(
      std::string(text).replace(text.find("\"Place\""), 7, "\"Planet\""), "g.json");
  CHECK(unknown.status().message() == "g.json: entities[1].type: unknown entity type \"Planet\"");
  const Result<KnowledgeGraph> dangling = parse_graph_json(
      std::string(text).replace(text.find("\"target\":1"), 10, "\"target\":7"), "g.json");
  CHECK(dangling.status().message() == "g.json: relations[0].target: no entity with id 7");
}

TEST_CASE("deeply nested JSON is an error, not a crash") {
  const std::size_t depth = 100000;
  const std::string arrays = std::string(depth, '[') + std::string(depth, ']');
  CHECK(parse_code(arrays, "nested deeper than 64 levels") == StatusCode::kInvalidInput);
  std::string objects;
  for (std::size_t i = 0; i < depth; ++i) objects += "{\"a\":";
  objects += "1" + std::string(depth, '}');
  CHECK(parse_code(objects, "nested deeper than 64 levels") == StatusCode::kInvalidInput);
  CHECK(parse_code(std::string(depth, '['), "nested deeper") == StatusCode::kInvalidInput);
  // 64 levels are fine as JSON (and then rejected for their shape).
  CHECK(parse_code(std::string(64, '[') + std::string(64, ']'), "graph: expected a JSON object") ==
        StatusCode::kInvalidInput);
  CHECK(parse_code(std::string(65, '[') + std::string(65, ']'), "nested deeper than 64 levels") ==
        StatusCode::kInvalidInput);
  // Brackets inside strings, escaped quotes included, are text, not nesting.
  // A JSON array holding one string: ["\"[[[...\"{{{..."].
  const std::string one_string =
      "[\"\\\"" + std::string(200, '[') + "\\\"" + std::string(200, '{') + "\"]";
  CHECK(parse_code(one_string, "graph: expected a JSON object") == StatusCode::kInvalidInput);
}

TEST_CASE("load_graph_json reads files and reports file errors") {
  const auto dir =
      std::filesystem::temp_directory_path() / ("kg_graph_json_test_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  const std::string path = (dir / "graph.json").string();
  CHECK(load_graph_json(path).status().code() == StatusCode::kNotFound);
  REQUIRE(write_file_atomic(path, "").ok());
  CHECK(load_graph_json(path).status().code() == StatusCode::kInvalidInput);
  REQUIRE(write_file_atomic(path, to_graph_json(testing::adversarial_graph())).ok());
  const Result<KnowledgeGraph> loaded = load_graph_json(path);
  REQUIRE(loaded.ok());
  CHECK(loaded->entity_count() == 3);
  CHECK(load_graph_json(dir.string()).status().code() == StatusCode::kIoError);
  std::filesystem::remove_all(dir);
}

TEST_CASE("graph.json keeps each document's removed-text counts") {
  const KnowledgeGraph g = testing::adversarial_graph();
  REQUIRE(g.documents().size() == 1);
  CHECK(g.documents()[0].removed_paragraphs == 2);
  CHECK(g.documents()[0].removed_characters == 14);  // "By Jérôme" 9 + "(AFP)" 5
  const Result<KnowledgeGraph> back = parse_graph_json(to_graph_json(g), "g.json");
  REQUIRE(back.ok());
  CHECK(back->documents() == g.documents());
}

}  // namespace kg
