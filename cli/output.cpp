#include "cli/output.h"

#include <algorithm>
#include <cstdio>
#include <iostream>

#include "kg/io.h"

namespace kg::cli {
namespace {

std::size_t display_width(std::string_view text) {
  return static_cast<std::size_t>(
      std::count_if(text.begin(), text.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

void append_padded(std::string& out, const std::string& cell, std::size_t width, bool right) {
  const std::size_t pad = width - std::min(width, display_width(cell));
  if (right) out.append(pad, ' ');
  out += cell;
  if (!right) out.append(pad, ' ');
}

}  // namespace

int fail(std::string_view message) {
  std::cerr << "kg: " << one_line(message) << '\n';
  return kExitFailure;
}

void note(std::string_view message) { std::cerr << "kg: note: " << one_line(message) << '\n'; }

int fail(const Status& status) { return fail(status.message()); }

Status write_output(const std::string& path, std::string_view content) {
  if (path != "-") return write_file_atomic(path, content);
  std::cout.write(content.data(), static_cast<std::streamsize>(content.size()));
  std::cout.flush();
  if (!std::cout) return Status::IoError("cannot write to standard output");
  return Status::Ok();
}

Result<Vertex> resolve_entity(const KnowledgeGraph& g, std::string_view name,
                              std::string_view graph_path) {
  if (auto vertex = g.find(name)) return *vertex;
  return Status::NotFound("no entity named '" + std::string(name) + "' in " +
                          std::string(graph_path) + " (unknown or ambiguous name)");
}

std::string format_score(double score) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.4f", score);
  return buffer;
}

std::string format_table(const std::vector<std::string>& header,
                         const std::vector<std::vector<std::string>>& rows,
                         const std::vector<std::size_t>& right_aligned) {
  std::vector<std::size_t> widths(header.size(), 0);
  auto widen = [&widths](const std::vector<std::string>& row) {
    for (std::size_t i = 0; i < row.size() && i < widths.size(); ++i)
      widths[i] = std::max(widths[i], display_width(row[i]));
  };
  widen(header);
  for (const auto& row : rows) widen(row);

  std::string out;
  auto append_row = [&](const std::vector<std::string>& row) {
    std::string line;
    for (std::size_t i = 0; i < row.size() && i < widths.size(); ++i) {
      if (i > 0) line += "  ";
      const bool right =
          std::find(right_aligned.begin(), right_aligned.end(), i) != right_aligned.end();
      append_padded(line, row[i], widths[i], right);
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out += line;
    out += '\n';
  };
  append_row(header);
  for (const auto& row : rows) append_row(row);
  return out;
}

}  // namespace kg::cli
