// Helpers shared by the `kg` commands: error reporting, writing results to a
// file or stdout, entity lookup with a one-line error and aligned text tables.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kg/analytics.h"
#include "kg/graph.h"
#include "kg/status.h"

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

// Prints "kg: <message> (see kg --help)" as fail does and returns kExitUsage:
// options that contradict each other or name nothing kg knows.
int fail_usage(std::string_view message);

// Prints "kg: note: <message>" as one line on stderr (sanitised like fail):
// what a successful run left out or changed, so that nothing is lost silently.
void note(std::string_view message);

// Writes `content` to stdout when `path` is "-", else atomically to `path`.
Status write_output(const std::string& path, std::string_view content);

// Resolves an entity name or alias of `g` (loaded from `graph_path`,
// kg/lookup.h). Errors name both: an ambiguous name (InvalidArgument) lists
// every candidate as entity_summary does, an unknown one (NotFound) the
// suggestions for it, if any.
Result<Vertex> resolve_entity(const KnowledgeGraph& g, std::string_view name,
                              std::string_view graph_path);

// "Cyril Ramaphosa (Person, 4 relations)": name, type and relation count.
std::string entity_summary(const KnowledgeGraph& g, Vertex v);

// `text` with tabs and line breaks as spaces: one line, one table or TSV cell.
std::string single_line(std::string text);

// A relation's confidence as stored (three decimals at most: "0.95").
std::string format_confidence(double confidence);

// Qualifiers as "key=value" joined by `separator` ("year=2024;place=Hanoi").
std::string format_qualifiers(const std::map<std::string, std::string>& qualifiers,
                              std::string_view separator);

// A centrality score as printed in tables and summaries ("0.4286").
std::string format_score(double score);

// Formats rows as left-aligned columns separated by two spaces, the header row
// first. Widths count UTF-8 code points, so accented names stay aligned. Cells
// listed in `right_aligned` (column indices) are right-aligned.
std::string format_table(const std::vector<std::string>& header,
                         const std::vector<std::vector<std::string>>& rows,
                         const std::vector<std::size_t>& right_aligned = {});

}  // namespace kg::cli
