// `kg remove NAME... [--db PATH]`: drops documents, named as in graph.json
// (the path they were added by, lexically normalised), from a kg store in one
// transaction. A name the store does not hold fails the command, and nothing
// is removed.
#pragma once

#include <string>
#include <vector>

namespace kg::cli {

struct RemoveOptions {
  std::vector<std::string> names;
  std::string db = "out/kg.db";
};

// Runs `kg remove`; returns the exit code (errors printed as one line).
int run_remove(const RemoveOptions& options);

}  // namespace kg::cli
