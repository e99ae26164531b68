// Helpers shared by the `kg` commands: error reporting, writing results to a
// file or stdout, entity lookup with a one-line error, options that take one
// of a fixed set of names (--measure, --format) and aligned text tables.
#pragma once

#include <CLI/CLI.hpp>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/status.h"
#include "graph/centrality.h"
#include "graph/knowledge_graph.h"

namespace kg::cli {

// Exit codes of the `kg` program.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;
inline constexpr int kExitUsage = 2;

// Prints "kg: <message>" as one line on stderr and returns kExitFailure.
// Control characters (newlines included) become spaces and invalid UTF-8
// becomes U+FFFD, so quoted input bytes cannot break the line or the terminal.
int fail(std::string_view message);
int fail(const Status& status);

// Prints "kg: note: <message>" as one line on stderr (sanitised like fail):
// what a successful run left out or changed, so that nothing is lost silently.
void note(std::string_view message);

// Writes `content` to stdout when `path` is "-", else atomically to `path`.
Status write_output(const std::string& path, std::string_view content);

// Resolves an entity name or alias of `g` (loaded from `graph_path`); the error
// names both when the name is unknown or ambiguous.
Result<Vertex> resolve_entity(const KnowledgeGraph& g, std::string_view name,
                              std::string_view graph_path);

// Adds an option `flags` whose value must be one of the names in `choices`;
// the matching value is stored into `target`, which must outlive `app`. Any
// other name is a usage error. The help lists the names and shows the name of
// the current value as the default.
template <typename T>
CLI::Option* add_choice_option(CLI::App& app, const std::string& flags, T& target,
                               std::vector<std::pair<std::string, T>> choices,
                               std::string description) {
  std::vector<std::string> names;
  std::string current;
  for (const auto& [name, value] : choices) {
    names.push_back(name);
    if (value == target) current = name;
  }
  // CLI11 validates before it calls the function, so the name is always found.
  auto assign = [&target, choices](const std::string& name) {
    for (const auto& [choice, value] : choices)
      if (choice == name) target = value;
  };
  return app.add_option_function<std::string>(flags, assign, std::move(description))
      ->check(CLI::IsMember(names))
      ->default_str(current);
}

// Adds `--measure degree|betweenness|closeness|pagerank|eigenvector` storing
// into `measure`.
CLI::Option* add_measure_option(CLI::App& app, Centrality& measure, std::string description);

// A centrality score as printed in tables and summaries ("0.4286").
std::string format_score(double score);

// Formats rows as left-aligned columns separated by two spaces, the header row
// first. Widths count UTF-8 code points, so accented names stay aligned. Cells
// listed in `right_aligned` (column indices) are right-aligned.
std::string format_table(const std::vector<std::string>& header,
                         const std::vector<std::vector<std::string>>& rows,
                         const std::vector<std::size_t>& right_aligned = {});

}  // namespace kg::cli
