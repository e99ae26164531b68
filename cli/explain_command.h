// `kg explain NAME [--db PATH] [--json]`: how the entity NAME (name or alias)
// of a kg store came to be: every entity record of every document joined into
// it, in merge order, with the document, the document's name for it, the
// other names it used, its mentions and the rule that joined it (kg/explain.h).
// Text output is a summary line and a table; --json one JSON document.
#pragma once

#include <string>

namespace kg::cli {

struct ExplainOptions {
  std::string name;
  std::string db = "out/kg.db";
  bool json = false;
};

// Runs `kg explain`; returns the exit code (errors printed as one line).
int run_explain(const ExplainOptions& options);

}  // namespace kg::cli
