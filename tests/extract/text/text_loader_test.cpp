#include "extract/text/text_loader.h"

#include <doctest/doctest.h>

#include <random>

#include "tests/extract/temp_dir.h"

using namespace kg::extract;
using kg::test::TempDir;

namespace {

bool mentions(const kg::Status& s, const std::string& needle) {
  return s.message().find(needle) != std::string::npos;
}

}  // namespace

TEST_CASE("a valid UTF-8 file loads unchanged") {
  TempDir dir;
  const std::string text = "Vi\xE1\xBB\x87t Nam\nLine two.\n";
  const auto r = load_text_file(dir.write("ok.txt", text));
  REQUIRE(r.ok());
  CHECK(*r == text);
}

TEST_CASE("a UTF-8 BOM is stripped") {
  TempDir dir;
  const auto r = load_text_file(dir.write("bom.txt", "\xEF\xBB\xBFHello"));
  REQUIRE(r.ok());
  CHECK(*r == "Hello");
}

TEST_CASE("missing path is NotFound and names the file") {
  const auto r = load_text_file("/nonexistent/kg/article.txt");
  CHECK(r.status().code() == kg::StatusCode::kNotFound);
  CHECK(mentions(r.status(), "/nonexistent/kg/article.txt"));
}

TEST_CASE("a directory is an IoError") {
  TempDir dir;
  const auto r = load_text_file(dir.path().string());
  CHECK(r.status().code() == kg::StatusCode::kIoError);
  CHECK(mentions(r.status(), "directory"));
}

TEST_CASE("empty and whitespace-only files are rejected") {
  TempDir dir;
  const auto empty = load_text_file(dir.write("empty.txt", ""));
  CHECK(empty.status().code() == kg::StatusCode::kInvalidInput);
  CHECK(mentions(empty.status(), "empty"));
  const auto blank = load_text_file(dir.write("blank.txt", " \n\t\r\n  \xC2\xA0\n"));
  CHECK(blank.status().code() == kg::StatusCode::kInvalidInput);
  CHECK(mentions(blank.status(), "whitespace"));
  const auto only_bom = load_text_file(dir.write("bom_only.txt", "\xEF\xBB\xBF"));
  CHECK(mentions(only_bom.status(), "empty"));
}

TEST_CASE("binary files are rejected as binary") {
  TempDir dir;
  std::mt19937 rng(42);
  std::string random(4096, '\0');
  for (char& c : random) c = static_cast<char>(rng() & 0xFF);
  const std::string elf = std::string(
                              "\x7F"
                              "ELF\x02\x01\x01\x00\x00\x00",
                              10) +
                          "rest";
  const std::string png = std::string("\x89PNG\r\n\x1A\n\x00\x00\x00\rIHDR", 16);
  const std::string controls = "abc\x01\x02\x03\x04\x05\x06\x07 text\x1B\x1B";
  for (const auto& [name, bytes] :
       {std::pair{"random.bin", random}, {"a.out", elf}, {"img.png", png}, {"ctl.txt", controls}}) {
    const auto r = load_text_file(dir.write(name, bytes));
    CHECK(r.status().code() == kg::StatusCode::kInvalidInput);
    CHECK(mentions(r.status(), "binary file"));
    CHECK(mentions(r.status(), name));
  }
  CHECK(mentions(validate_text(png, "x"), "PNG"));
  CHECK(mentions(validate_text(elf, "x"), "ELF"));
}

TEST_CASE("saved HTML pages are rejected, text quoting markup is not") {
  CHECK(mentions(validate_text("<!DOCTYPE html>\n<html><body>Hi</body></html>", "p"), "HTML"));
  CHECK(mentions(validate_text("\n  <HTML lang=\"en\"><p>Hi</p></HTML>", "p"), "HTML"));
  CHECK(validate_text("Officials said <html> tags and <script> were stripped.", "p").ok());
}

TEST_CASE("invalid UTF-8 reports the byte offset") {
  TempDir dir;
  const auto r = load_text_file(dir.write("latin1.txt", "Caf\xE9 au lait, s'il vous pla\xEEt"));
  CHECK(r.status().code() == kg::StatusCode::kInvalidInput);
  CHECK(mentions(r.status(), "invalid UTF-8 at byte offset 3"));
  // The offset counts a leading BOM.
  CHECK(mentions(validate_text("\xEF\xBB\xBF"
                               "ab\xC3",
                               "f"),
                 "byte offset 5"));
}

TEST_CASE("UTF-16 and UTF-32 are recognised by BOM or NUL pattern") {
  TempDir dir;
  const auto le = load_text_file(dir.write("le.txt", std::string("\xFF\xFEH\0i\0", 6)));
  CHECK(le.status().code() == kg::StatusCode::kInvalidInput);
  CHECK(mentions(le.status(), "UTF-16LE"));
  const auto be = load_text_file(dir.write("be.txt", std::string("\xFE\xFF\0H\0i", 6)));
  CHECK(mentions(be.status(), "UTF-16BE"));
  CHECK(mentions(validate_text(std::string("\xFF\xFE\0\0H\0\0\0", 8), "f"), "UTF-32LE"));
  std::string no_bom_le;
  for (const char c : std::string("Hello world, plain text")) no_bom_le += {c, '\0'};
  CHECK(mentions(validate_text(no_bom_le, "f"), "UTF-16LE"));
  std::string no_bom_be;
  for (const char c : std::string("Hello world, plain text")) no_bom_be += {'\0', c};
  CHECK(mentions(validate_text(no_bom_be, "f"), "UTF-16BE"));
}

TEST_CASE("files over the size limit are a ResourceLimit") {
  TempDir dir;
  const std::string path = dir.write("big.txt", std::string(2000, 'a'));
  const auto r = load_text_file(path, 1000);
  CHECK(r.status().code() == kg::StatusCode::kResourceLimit);
  CHECK(mentions(r.status(), "big.txt"));
  CHECK(load_text_file(path, 2000).ok());
}

TEST_CASE("messages are one line") {
  const kg::Status s = validate_text("", "name.txt");
  CHECK(s.message() == "name.txt: empty file");
  CHECK(s.message().find('\n') == std::string::npos);
}

TEST_CASE("data that is not prose is refused, kg's own outputs with a hint") {
  auto cause = [](const std::string& text) {
    const kg::Status s = validate_text(text, "in.txt");
    return s.ok() ? std::string() : s.message();
  };
  CHECK(cause(R"({"format": "kg-graph", "version": 1, "entities": []})").find("kg graph") !=
        std::string::npos);
  CHECK(cause(R"({"format": "kg-graph"})").find("kg query") != std::string::npos);
  CHECK(cause("{\"subject\": \"A\", \"predicate\": \"met\"}\n{\"subject\": \"B\", "
              "\"predicate\": \"met\"}\n")
            .find("kg triples") != std::string::npos);
  CHECK(cause("[1, 2, 3]").find("JSON data") != std::string::npos);
  CHECK(cause("<?xml version=\"1.0\"?>\n<graphml><graph/></graphml>").find("GraphML") !=
        std::string::npos);
  CHECK(cause("<?xml version=\"1.0\"?>\n<note>x</note>").find("XML") != std::string::npos);
  CHECK(cause("digraph kg {\n  a -> b;\n}\n").find("DOT") != std::string::npos);
  CHECK(cause("<urn:a> <urn:b> <urn:c> .\n<urn:a> <urn:b> \"x\" .\n").find("N-Triples") !=
        std::string::npos);
  CHECK(cause("name,type,year\nPeru,Country,2024\nChile,Country,2023\nLima,Place,1535\n"
              "Quito,Place,1534\n")
            .find("CSV") != std::string::npos);
  CHECK(
      cause("name\ttype\nPeru\tCountry\nChile\tCountry\nLima\tPlace\nQuito\tPlace\n").find("TSV") !=
      std::string::npos);
  // Prose that merely looks like it is kept.
  CHECK(cause("[Update] Peru and Chile signed a pact.\nThe pact covers fishing.\n").empty());
  CHECK(cause("<Breaking> Peru and Chile signed a pact.\n").empty());
  CHECK(cause("Peru, Chile and Bolivia met.\nLima, Quito and La Paz agreed.\nOne, two and three "
              "left.\nRed, green and blue won.\nAna, Tom and Lia spoke.\n")
            .empty());
  CHECK(cause("{Peru} signed the pact with Chile on Monday.}").empty());
}
