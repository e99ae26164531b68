#include <doctest/doctest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "kg/io.h"

namespace kg {

namespace {

std::filesystem::path scratch_dir() {
  const auto dir =
      std::filesystem::temp_directory_path() / ("kg_atomic_test_" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

std::string slurp(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

TEST_CASE("write_file_atomic creates and replaces files without leftovers") {
  const auto dir = scratch_dir();
  const auto target = dir / "out.json";
  REQUIRE(write_file_atomic(target.string(), "first").ok());
  CHECK(slurp(target) == "first");
  REQUIRE(write_file_atomic(target.string(), std::string("second\0bytes", 12)).ok());
  CHECK(slurp(target) == std::string("second\0bytes", 12));
  std::size_t files = 0;
  for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(dir)) ++files;
  CHECK(files == 1);  // no temporary file left behind
  std::filesystem::remove_all(dir);
}

TEST_CASE("write_file_atomic reports failures and leaves the target alone") {
  const auto dir = scratch_dir();
  const auto missing = dir / "no" / "such" / "dir" / "out.json";
  const Status status = write_file_atomic(missing.string(), "x");
  CHECK(status.code() == StatusCode::kIoError);
  CHECK(status.message().find(missing.string()) != std::string::npos);
  CHECK(status.message().find('\n') == std::string::npos);
  CHECK_FALSE(std::filesystem::exists(missing));

  // Renaming over a directory fails after the temporary file was written:
  // the directory survives and the temporary file is removed.
  const auto occupied = dir / "occupied";
  std::filesystem::create_directories(occupied / "child");
  CHECK_FALSE(write_file_atomic(occupied.string(), "x").ok());
  CHECK(std::filesystem::is_directory(occupied / "child"));
  std::size_t files = 0;
  for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(dir)) ++files;
  CHECK(files == 1);
  CHECK(write_file_atomic("", "x").code() == StatusCode::kInvalidArgument);
  std::filesystem::remove_all(dir);
}

TEST_CASE("write_files_atomic writes every file or none") {
  const auto dir = scratch_dir();
  const auto a = dir / "a.csv";
  const auto b = dir / "b.csv";
  REQUIRE(write_files_atomic({{a.string(), "a1"}, {b.string(), "b1"}}).ok());
  CHECK(slurp(a) == "a1");
  CHECK(slurp(b) == "b1");

  // The second file cannot be written: neither target changes, no leftovers.
  const auto missing = dir / "no" / "b.csv";
  const Status status = write_files_atomic({{a.string(), "a2"}, {missing.string(), "b2"}});
  CHECK(status.code() == StatusCode::kIoError);
  CHECK(status.message().find(missing.string()) != std::string::npos);
  CHECK(slurp(a) == "a1");
  std::size_t files = 0;
  for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(dir)) ++files;
  CHECK(files == 2);

  // The second target is a folder: renaming over it fails after the first
  // target was replaced, which then gets its old content back; a first
  // target that did not exist is removed again.
  std::filesystem::remove(b);
  std::filesystem::create_directories(b / "child");
  CHECK_FALSE(write_files_atomic({{a.string(), "a3"}, {b.string(), "b3"}}).ok());
  CHECK(slurp(a) == "a1");
  const auto fresh = dir / "fresh.csv";
  CHECK_FALSE(write_files_atomic({{fresh.string(), "f"}, {b.string(), "b3"}}).ok());
  CHECK_FALSE(std::filesystem::exists(fresh));
  CHECK(std::filesystem::is_directory(b / "child"));
  files = 0;
  for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(dir)) ++files;
  CHECK(files == 2);
  std::filesystem::remove_all(dir);
}

}  // namespace kg
