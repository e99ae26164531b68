#include "cli/output.h"

#include <algorithm>
#include <cstdio>
#include <iostream>

#include "kg/io.h"
#include "kg/lookup.h"

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

int fail_usage(std::string_view message) {
  fail(std::string(message) + " (see kg --help)");
  return kExitUsage;
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

std::string entity_summary(const KnowledgeGraph& g, Vertex v) {
  const std::size_t degree = relation_degree(g, v);
  return g.entity(v).name + " (" + std::string(to_string(g.entity(v).type)) + ", " +
         std::to_string(degree) + (degree == 1 ? " relation)" : " relations)");
}

Result<Vertex> resolve_entity(const KnowledgeGraph& g, std::string_view name,
                              std::string_view graph_path) {
  const EntityLookup found = lookup_entity(g, name);
  if (found.matches.size() == 1) return found.matches.front();
  const auto listed = [&g](const std::vector<Vertex>& vertices) {
    std::string text;
    for (const Vertex v : vertices) text += (text.empty() ? "" : "; ") + entity_summary(g, v);
    return text;
  };
  std::string message = "'" + std::string(name) + "'";
  if (!found.matches.empty()) {
    message += " is ambiguous in " + std::string(graph_path) + ": " +
               std::to_string(found.matches.size()) +
               " entities go by that name: " + listed(found.matches);
    return Status::InvalidArgument(message);
  }
  message = "no entity named " + message + " in " + std::string(graph_path);
  if (!found.suggestions.empty()) message += "; did you mean: " + listed(found.suggestions) + "?";
  return Status::NotFound(message);
}

std::string single_line(std::string text) {
  for (char& c : text)
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  return text;
}

std::string format_confidence(double confidence) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%g", confidence);
  return buffer;
}

std::string format_qualifiers(const std::map<std::string, std::string>& qualifiers,
                              std::string_view separator) {
  std::string text;
  for (const auto& [key, value] : qualifiers) {
    if (!text.empty()) text += separator;
    text += key + "=" + value;
  }
  return text;
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
