// Reads DOT text back with cgraph's own parser, for checking what the render
// module wrote.
#pragma once

#include <graphviz/cgraph.h>

#include <memory>
#include <string>
#include <vector>

namespace kg::render::test {

struct ParsedGraphCloser {
  void operator()(Agraph_t* graph) const { agclose(graph); }
};
using ParsedGraph = std::unique_ptr<Agraph_t, ParsedGraphCloser>;

// Null when `dot` is not valid DOT.
inline ParsedGraph parse_dot(const std::string& dot) { return ParsedGraph(agmemread(dot.c_str())); }

// The attribute's value, "" when unset.
inline std::string attribute(void* object, const std::string& name) {
  std::string copy = name;
  const char* value = agget(object, copy.data());
  return value == nullptr ? std::string() : std::string(value);
}

inline std::vector<Agnode_t*> nodes_of(Agraph_t* graph) {
  std::vector<Agnode_t*> nodes;
  for (Agnode_t* n = agfstnode(graph); n != nullptr; n = agnxtnode(graph, n)) nodes.push_back(n);
  return nodes;
}

inline std::vector<Agedge_t*> edges_of(Agraph_t* graph) {
  std::vector<Agedge_t*> edges;
  for (Agnode_t* n = agfstnode(graph); n != nullptr; n = agnxtnode(graph, n)) {
    for (Agedge_t* e = agfstout(graph, n); e != nullptr; e = agnxtout(graph, e)) edges.push_back(e);
  }
  return edges;
}

}  // namespace kg::render::test
