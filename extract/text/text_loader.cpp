#include "extract/text/text_loader.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <optional>
#include <system_error>
#include <vector>

#include "base/letters.h"
#include "base/utf8.h"

namespace kg::extract {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";
constexpr std::size_t kSniffBytes = 64 * 1024;

Status invalid(const std::string& name, std::string_view cause) {
  return Status::InvalidInput(name + ": " + std::string(cause));
}

struct Magic {
  std::string_view prefix;
  std::string_view what;
};

// Signatures of common binary formats, so the message can say what the file is.
std::optional<std::string_view> known_binary_format(std::string_view bytes) {
  static constexpr std::array<Magic, 10> kMagics = {{
      {"\x7F"
       "ELF",
       "ELF executable"},
      {"\x89PNG\r\n\x1A\n", "PNG image"},
      {"\xFF\xD8\xFF", "JPEG image"},
      {"GIF87a", "GIF image"},
      {"GIF89a", "GIF image"},
      {"%PDF-", "PDF document"},
      {"PK\x03\x04", "ZIP archive"},
      {"\x1F\x8B", "gzip archive"},
      {"BZh", "bzip2 archive"},
      {"\xFD"
       "7zXZ",
       "xz archive"},
  }};
  for (const Magic& m : kMagics) {
    if (bytes.substr(0, m.prefix.size()) == m.prefix) return m.what;
  }
  return std::nullopt;
}

std::optional<std::string_view> utf16_32_bom(std::string_view b) {
  if (b.substr(0, 4) == std::string_view("\xFF\xFE\0\0", 4)) return "UTF-32LE";
  if (b.substr(0, 4) == std::string_view("\0\0\xFE\xFF", 4)) return "UTF-32BE";
  if (b.substr(0, 2) == "\xFF\xFE") return "UTF-16LE";
  if (b.substr(0, 2) == "\xFE\xFF") return "UTF-16BE";
  return std::nullopt;
}

// Text in UTF-16/32 without a BOM shows NULs at regular positions: for ASCII-range
// text in UTF-16LE every odd byte is NUL, in UTF-16BE every even byte.
std::optional<std::string_view> wide_encoding_by_nul_pattern(std::string_view b) {
  const std::size_t n = std::min(b.size(), kSniffBytes) / 4 * 4;
  if (n < 4) return std::nullopt;
  std::array<std::size_t, 4> nul_at{};  // NUL count per position modulo 4
  for (std::size_t i = 0; i < n; ++i) {
    if (b[i] == '\0') ++nul_at[i % 4];
  }
  const std::size_t quarter = n / 4;
  const auto mostly = [&](std::size_t count) { return count * 10 >= quarter * 9; };
  const auto rarely = [&](std::size_t count) { return count * 10 <= quarter; };
  if (mostly(nul_at[1]) && mostly(nul_at[2]) && mostly(nul_at[3]) && rarely(nul_at[0])) {
    return "UTF-32LE";
  }
  if (mostly(nul_at[0]) && mostly(nul_at[1]) && mostly(nul_at[2]) && rarely(nul_at[3])) {
    return "UTF-32BE";
  }
  if (mostly(nul_at[1]) && mostly(nul_at[3]) && rarely(nul_at[0]) && rarely(nul_at[2])) {
    return "UTF-16LE";
  }
  if (mostly(nul_at[0]) && mostly(nul_at[2]) && rarely(nul_at[1]) && rarely(nul_at[3])) {
    return "UTF-16BE";
  }
  return std::nullopt;
}

bool is_text_control(unsigned char c) {
  return c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// Binary when there is a NUL byte or more than 2% control characters.
bool looks_binary(std::string_view b) {
  const std::string_view sample = b.substr(0, kSniffBytes);
  std::size_t controls = 0;
  for (const char ch : sample) {
    const auto c = static_cast<unsigned char>(ch);
    if (c == 0) return true;
    if ((c < 0x20 && !is_text_control(c)) || c == 0x7F) ++controls;
  }
  return controls > 0 && controls * 50 > sample.size();
}

// Invalid sequences spread through the data: a binary blob rather than text with
// one bad byte.
bool mostly_invalid_utf8(std::string_view b) {
  const std::string_view sample = b.substr(0, kSniffBytes);
  std::size_t bad = 0;
  std::size_t pos = 0;
  while (pos < sample.size()) {
    const CodePoint cp = decode_utf8(sample, pos);
    if (!cp.valid) ++bad;
    pos += cp.length;
  }
  return bad >= 8 && bad * 20 > sample.size();
}

// A saved web page: "<!DOCTYPE html" or "<html" (any case) after leading white
// space. Its tags, scripts and entities would be read as article text.
bool looks_like_html(std::string_view b) {
  const std::size_t first = b.find_first_not_of(" \t\r\n\f\v");
  if (first == std::string_view::npos) return false;
  std::string head(b.substr(first, 14));
  std::transform(head.begin(), head.end(), head.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return head.starts_with("<!doctype html") || head.starts_with("<html");
}

std::string_view trim_blank(std::string_view s) {
  const std::size_t first = s.find_first_not_of(" \t\r\n\f\v");
  if (first == std::string_view::npos) return {};
  const std::size_t last = s.find_last_not_of(" \t\r\n\f\v");
  return s.substr(first, last - first + 1);
}

// The first `max` non-blank lines of `s`, trimmed.
std::vector<std::string_view> first_lines(std::string_view s, std::size_t max) {
  std::vector<std::string_view> out;
  std::size_t pos = 0;
  while (pos < s.size() && out.size() < max) {
    std::size_t nl = s.find('\n', pos);
    if (nl == std::string_view::npos) nl = s.size();
    const std::string_view line = trim_blank(s.substr(pos, nl - pos));
    if (!line.empty()) out.push_back(line);
    pos = nl + 1;
  }
  return out;
}

// How many times `delimiter` occurs in `line` outside double quotes.
std::size_t fields_separators(std::string_view line, char delimiter) {
  std::size_t n = 0;
  bool quoted = false;
  for (const char c : line) {
    if (c == '"') quoted = !quoted;
    if (c == delimiter && !quoted) ++n;
  }
  return n;
}

// Rows of a table: at least 5 lines, each of the first 20 with the same number
// (at least `min_separators`) of `delimiter`s, and few of them ending like a
// sentence. Prose paragraphs almost never agree on their comma count.
bool looks_like_table(const std::vector<std::string_view>& lines, char delimiter,
                      std::size_t min_separators) {
  if (lines.size() < 5) return false;
  const std::size_t n = fields_separators(lines[0], delimiter);
  if (n < min_separators) return false;
  std::size_t sentence_ends = 0;
  for (const std::string_view line : lines) {
    if (fields_separators(line, delimiter) != n) return false;
    const char last = line.back();
    if (last == '.' || last == '!' || last == '?') ++sentence_ends;
  }
  return sentence_ends * 3 < lines.size();
}

// Data formats that are not prose, with what to say about them: a kg graph or
// kg triples (with the command that reads them), JSON, JSON Lines, XML
// (GraphML, SVG, RSS), Graphviz DOT, N-Triples, CSV and TSV tables.
std::optional<std::string> data_format(std::string_view body) {
  const std::string_view text = trim_blank(body.substr(0, kSniffBytes));
  if (text.empty()) return std::nullopt;
  const std::string_view head = text.substr(0, 4096);
  const std::vector<std::string_view> lines = first_lines(text, 20);
  const char first = text.front();
  const std::string_view all = trim_blank(body);
  if ((first == '{' || first == '[') && (all.back() == '}' || all.back() == ']')) {
    const std::string_view inner = trim_blank(text.substr(1));
    const char next = inner.empty() ? '\0' : inner.front();
    const bool json_start =
        first == '{' ? (next == '"' || next == '}')
                     : std::string_view("{[\"-0123456789tfn]").find(next) != std::string_view::npos;
    if (json_start) {
      if (head.find("\"kg-graph\"") != std::string_view::npos) {
        return "a kg graph (graph.json), not article text; read it with kg query, kg render or "
               "kg export";
      }
      bool lines_are_objects = lines.size() >= 2;
      for (const std::string_view line : lines)
        lines_are_objects = lines_are_objects && line.front() == '{' && line.back() == '}';
      if (lines_are_objects) {
        if (head.find("\"predicate\"") != std::string_view::npos)
          return "kg triples (JSON Lines), not article text";
        return "JSON Lines data, not article text";
      }
      return "JSON data, not article text";
    }
  }
  if (head.starts_with("<?xml") || head.starts_with("<graphml") || head.starts_with("<svg") ||
      head.starts_with("<rss") || head.starts_with("<feed")) {
    if (head.find("<graphml") != std::string_view::npos) return "GraphML (XML), not article text";
    if (head.find("<svg") != std::string_view::npos) return "SVG image (XML), not article text";
    return "XML document, not article text";
  }
  if (head.starts_with("digraph") || head.starts_with("strict digraph") ||
      head.starts_with("graph {") || head.starts_with("strict graph")) {
    return "Graphviz DOT file, not article text; draw it with dot or kg render";
  }
  bool triples = lines.size() >= 2;
  for (const std::string_view line : lines) {
    triples = triples && (line.front() == '<' || line.starts_with("_:")) && line.ends_with(" .");
  }
  if (triples) return "N-Triples (RDF) data, not article text";
  if (looks_like_table(lines, '\t', 1)) return "TSV table, not article text";
  if (looks_like_table(lines, ',', 2)) return "CSV table, not article text";
  return std::nullopt;
}

bool only_whitespace(std::string_view b) {
  std::size_t pos = 0;
  while (pos < b.size()) {
    const CodePoint cp = decode_utf8(b, pos);
    const char32_t v = cp.value;
    const bool space = v == ' ' || v == '\t' || v == '\n' || v == '\r' || v == '\f' || v == '\v' ||
                       v == 0x00A0 || v == 0x3000 || v == 0xFEFF || (v >= 0x2000 && v <= 0x200B);
    if (!cp.valid || !space) return false;
    pos += cp.length;
  }
  return true;
}

// Standard input, read once: every later call returns the same bytes, so a
// command may read its inputs twice (validate, then extract) and "-" given
// twice is one document. `truncated` when it holds more than was read.
struct StdinBytes {
  std::string bytes;
  bool truncated = false;
  bool failed = false;
};

const StdinBytes& stdin_bytes(std::size_t max_bytes) {
  static std::once_flag once;
  static StdinBytes in;
  std::call_once(once, [max_bytes] {
    std::array<char, 64 * 1024> buffer{};
    while (in.bytes.size() <= max_bytes) {
      const std::size_t n = std::fread(buffer.data(), 1, buffer.size(), stdin);
      in.bytes.append(buffer.data(), n);
      if (n < buffer.size()) {
        in.failed = std::ferror(stdin) != 0;
        break;
      }
    }
    in.truncated = in.bytes.size() > max_bytes;
  });
  return in;
}

Result<std::string> read_stdin_text(std::size_t max_bytes, TextKind kind) {
  const StdinBytes& in = stdin_bytes(max_bytes);
  const std::string name(kStdinDocument);
  if (in.failed) return Status::IoError(name + ": read failed");
  if (in.truncated || in.bytes.size() > max_bytes) {
    return Status::ResourceLimit(name + ": input is over the limit of " +
                                 std::to_string(max_bytes) + " bytes");
  }
  if (Status s = validate_text(in.bytes, name, kind); !s.ok()) return s;
  return std::string(strip_utf8_bom(in.bytes));
}

}  // namespace

std::string_view strip_utf8_bom(std::string_view bytes) {
  if (bytes.substr(0, kUtf8Bom.size()) == kUtf8Bom) bytes.remove_prefix(kUtf8Bom.size());
  return bytes;
}

Status validate_text(std::string_view bytes, const std::string& name, TextKind kind) {
  if (bytes.empty()) return invalid(name, "empty file");
  if (const auto enc = utf16_32_bom(bytes)) {
    return invalid(name, std::string(*enc) + " text (byte-order mark); convert it to UTF-8");
  }
  const std::string_view body = strip_utf8_bom(bytes);
  if (body.empty()) return invalid(name, "empty file (only a UTF-8 byte-order mark)");
  if (const auto format = known_binary_format(body)) {
    return invalid(name, "binary file (" + std::string(*format) + "), not text");
  }
  if (const auto enc = wide_encoding_by_nul_pattern(body)) {
    return invalid(name, std::string(*enc) + " text (NUL byte pattern); convert it to UTF-8");
  }
  if (looks_binary(body)) return invalid(name, "binary file (NUL or control bytes), not text");
  if (looks_like_html(body)) return invalid(name, "HTML page, not plain text; save it as text");
  if (const auto bad = find_invalid_utf8(body)) {
    if (mostly_invalid_utf8(body)) return invalid(name, "binary file (not UTF-8 text)");
    const std::size_t offset = *bad + (bytes.size() - body.size());
    return invalid(name, "invalid UTF-8 at byte offset " + std::to_string(offset));
  }
  if (only_whitespace(body)) return invalid(name, "file contains only whitespace");
  if (kind == TextKind::kProse) {
    if (const auto format = data_format(body)) return invalid(name, *format);
  }
  return Status::Ok();
}

Result<std::string> load_text_file(const std::string& path, std::size_t max_bytes) {
  return read_text_file(path, max_bytes, TextKind::kProse);
}

Result<std::string> read_text_file(const std::string& path, std::size_t max_bytes, TextKind kind) {
  if (path == kStdinPath) return read_stdin_text(max_bytes, kind);
  namespace fs = std::filesystem;
  std::error_code ec;
  const fs::file_status st = fs::status(path, ec);
  if (!fs::exists(st)) {
    if (ec && ec != std::errc::no_such_file_or_directory) {
      return Status::IoError(path + ": " + ec.message());
    }
    return Status::NotFound(path + ": no such file");
  }
  if (fs::is_directory(st)) return Status::IoError(path + ": is a directory, not a file");
  if (fs::is_regular_file(st)) {
    const std::uintmax_t size = fs::file_size(path, ec);
    if (!ec && size > max_bytes) {
      return Status::ResourceLimit(path + ": file is " + std::to_string(size) +
                                   " bytes, over the limit of " + std::to_string(max_bytes));
    }
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError(path + ": cannot open: " + std::strerror(errno));
  std::string data;
  std::array<char, 64 * 1024> buffer{};
  while (in) {
    in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
    data.append(buffer.data(), static_cast<std::size_t>(in.gcount()));
    if (data.size() > max_bytes) {
      return Status::ResourceLimit(path + ": file is over the limit of " +
                                   std::to_string(max_bytes) + " bytes");
    }
  }
  if (in.bad()) return Status::IoError(path + ": read failed: " + std::strerror(errno));
  if (Status s = validate_text(data, path, kind); !s.ok()) return s;
  if (data.starts_with(kUtf8Bom)) data.erase(0, kUtf8Bom.size());
  return data;
}

}  // namespace kg::extract
