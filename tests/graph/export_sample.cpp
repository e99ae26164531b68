// Writes the adversarial test graph in every export format into the folder
// given as the only argument, for check_exports.py to load with pyld, rdflib,
// networkx and igraph.
#include <cstdio>
#include <string>

#include "kg/io.h"
#include "test_graphs.h"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: %s OUT_DIR\n", argv[0]);
    return 2;
  }
  kg::KnowledgeGraph g = kg::testing::adversarial_graph();
  g.add_entity({"Georgia", kg::EntityType::kCountry, {}, 1});
  g.add_entity({"Georgia",
                kg::EntityType::kPerson,
                {"Geo \xe2\x80\xae"
                 "rtl"},
                1});
  const std::string dir = argv[1];
  const std::pair<const char*, std::string> outputs[] = {
      {"/graph.jsonld", kg::to_jsonld(g)},
      {"/graph.nt", kg::to_ntriples(g)},
      {"/graph.graphml", kg::to_graphml(g)},
  };
  for (const auto& [name, content] : outputs) {
    const kg::Status status = kg::write_file_atomic(dir + name, content);
    if (!status.ok()) {
      std::fprintf(stderr, "%s\n", status.message().c_str());
      return 1;
    }
  }
  return 0;
}
