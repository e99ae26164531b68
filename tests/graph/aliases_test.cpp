#include "kg/aliases.h"

#include <doctest/doctest.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

namespace kg {

TEST_CASE("parse_aliases reads same and different pairs, folded, both ways") {
  auto d = parse_aliases(
      "# decisions\n"
      "\n"
      "same\tEU\tEuropean Union\r\n"
      "  # indented comment\n"
      "different\tM\xc3\xbcller\tTHOMAS MULLER\n",
      "a.tsv");
  REQUIRE(d.ok());
  CHECK(d->forced("eu", "european union"));
  CHECK(d->forced("european union", "eu"));
  CHECK(d->apart("muller", "thomas muller"));
  CHECK(d->apart("thomas muller", "muller"));
  CHECK_FALSE(d->forced("muller", "thomas muller"));
  CHECK_FALSE(d->apart("eu", "european union"));
  CHECK_FALSE(d->empty());
  CHECK(parse_aliases("# nothing\n", "a.tsv")->empty());
}

TEST_CASE("parse_aliases errors name the file and the line") {
  auto check_error = [](const std::string& text, const std::string& message) {
    auto d = parse_aliases(text, "al.tsv");
    REQUIRE_FALSE(d.ok());
    CHECK(d.status().code() == StatusCode::kInvalidInput);
    CHECK(d.status().message() == message);
  };
  check_error("same\tA\tB\nsame\tA\n",
              "al.tsv: line 2: expected 'same' or 'different' and two "
              "names, separated by tabs");
  check_error("alias\tA\tB\n", "al.tsv: line 1: unknown decision 'alias' (same or different)");
  check_error("same\t \tB\n", "al.tsv: line 1: empty name");
  check_error("\ndifferent\tObama\tOBAMA\n", "al.tsv: line 2: the two names are the same name");
  check_error("same\tA\tB\ndifferent\tb\ta\n",
              "al.tsv: line 2: the pair is declared both same and different");
  check_error(std::string("same\tA\0\tB\n", 9), "al.tsv: not a text file (NUL byte)");
}

TEST_CASE("load_aliases_file reads a file and refuses a missing one or a folder") {
  const std::filesystem::path dir =
      std::filesystem::temp_directory_path() / ("kg_aliases_test_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  const std::string path = (dir / "aliases.tsv").string();
  std::ofstream(path) << "same\tA\tB\n";
  auto d = load_aliases_file(path);
  REQUIRE(d.ok());
  CHECK(d->forced("a", "b"));
  CHECK(d->text == "same\tA\tB\n");
  CHECK(load_aliases_file((dir / "missing").string()).status().code() == StatusCode::kNotFound);
  CHECK(load_aliases_file(dir.string()).status().code() == StatusCode::kInvalidInput);
  std::filesystem::remove_all(dir);
}

}  // namespace kg
