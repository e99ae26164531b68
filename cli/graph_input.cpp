#include "cli/graph_input.h"

#include "kg/io.h"
#include "kg/store.h"

namespace kg::cli {

Result<KnowledgeGraph> load_graph(const std::string& path) {
  if (path != "-" && is_sqlite_file(path)) return load_store_graph(path);
  return load_graph_json(path);
}

}  // namespace kg::cli
