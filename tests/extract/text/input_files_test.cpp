#include <doctest/doctest.h>

#include "kg/extract.h"
#include "tests/extract/temp_dir.h"

using kg::StatusCode;
using kg::extract::collect_input_files;
using kg::test::TempDir;
using Strings = std::vector<std::string>;

TEST_CASE("a folder gives its text files recursively, sorted, hidden ones skipped") {
  TempDir dir;
  const std::string b = dir.write("b.txt", "B");
  const std::string a = dir.write("a.md", "A");
  const std::string c = dir.write("sub/c.text", "C");
  const std::string d = dir.write("sub/D.TXT", "D");
  dir.write("notes.pdf", "x");
  dir.write(".hidden.txt", "x");
  dir.write(".git/inside.txt", "x");
  auto files = collect_input_files({dir.path().string()});
  REQUIRE(files.ok());
  CHECK(*files == Strings{a, b, d, c});  // byte order: "D.TXT" < "c.text"
}

TEST_CASE("files are taken as given, in argument order, whatever their extension") {
  TempDir dir;
  const std::string z = dir.write("z.txt", "Z");
  const std::string raw = dir.write("article.raw", "R");
  auto files = collect_input_files({z, raw});
  REQUIRE(files.ok());
  CHECK(*files == Strings{z, raw});
}

TEST_CASE("a folder's files follow a file given before it") {
  TempDir dir;
  const std::string first = dir.write("first.txt", "1");
  const std::string inner = dir.write("more/x.txt", "2");
  auto files = collect_input_files({first, (dir.path() / "more").string()});
  REQUIRE(files.ok());
  CHECK(*files == Strings{first, inner});
}

TEST_CASE("a folder without text files is an error naming it") {
  TempDir dir;
  dir.write("image.png", "x");
  dir.write(".hidden.txt", "x");
  auto files = collect_input_files({dir.path().string()});
  REQUIRE_FALSE(files.ok());
  CHECK(files.status().code() == StatusCode::kNotFound);
  CHECK(files.status().message().find(dir.path().string()) != std::string::npos);

  TempDir empty;
  CHECK_FALSE(collect_input_files({empty.path().string()}).ok());
}

TEST_CASE("a missing path or no paths at all is an error") {
  TempDir dir;
  const std::string missing = (dir.path() / "nope.txt").string();
  auto files = collect_input_files({missing});
  REQUIRE_FALSE(files.ok());
  CHECK(files.status().code() == StatusCode::kNotFound);
  CHECK(files.status().message().find(missing) != std::string::npos);

  auto none = collect_input_files({});
  REQUIRE_FALSE(none.ok());
  CHECK(none.status().code() == StatusCode::kInvalidArgument);
}

TEST_CASE("a file reached twice is listed once, where it was first reached") {
  TempDir dir;
  const std::string a = dir.write("news/a.txt", "A");
  const std::string b = dir.write("news/b.txt", "B");
  const std::string a_again = (dir.path() / "news" / ".." / "news" / "a.txt").string();
  auto files = collect_input_files({b, (dir.path() / "news").string(), a, a_again});
  REQUIRE(files.ok());
  CHECK(*files == Strings{b, a});
}

TEST_CASE("files of the same name in two folders are two inputs") {
  TempDir dir;
  const std::string one = dir.write("dir1/a.txt", "A");
  const std::string two = dir.write("dir2/a.txt", "B");
  auto files =
      collect_input_files({(dir.path() / "dir1").string(), (dir.path() / "dir2").string()});
  REQUIRE(files.ok());
  CHECK(*files == Strings{one, two});
}

TEST_CASE("- stands for standard input: kept once, in order, named stdin") {
  TempDir dir;
  const std::string a = dir.write("a.txt", "A");
  auto files = collect_input_files({"-", a, "-"});
  REQUIRE(files.ok());
  CHECK(*files == Strings{"-", a});
  CHECK(document_name("-") == "stdin");
  CHECK(document_name(a) != "stdin");
}
