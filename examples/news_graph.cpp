// news_graph: the kg library in one small program. Reads the articles given
// on the command line (files or folders), builds their knowledge graph,
// prints its size, the five most central entities by PageRank and how the
// first two of them are connected, and writes the graph as JSON-LD and as a
// Graphviz DOT file into the current folder.
#include <cstdio>
#include <string>
#include <vector>

#include "kg/analytics.h"
#include "kg/extract.h"
#include "kg/graph.h"
#include "kg/io.h"
#include "kg/render.h"

int main(int argc, char** argv) {
  const std::vector<std::string> inputs(argv + 1, argv + argc);
  auto files = kg::extract::collect_input_files(inputs);
  if (!files.ok()) return std::fprintf(stderr, "%s\n", files.status().message().c_str()), 1;

  auto extractor = kg::extract::Extractor::create();
  if (!extractor.ok()) return std::fprintf(stderr, "%s\n", extractor.status().message().c_str()), 1;
  auto documents = extractor->extract_files(*files, /*threads=*/0);
  if (!documents.ok()) return std::fprintf(stderr, "%s\n", documents.status().message().c_str()), 1;

  kg::KnowledgeGraph graph;
  for (const kg::DocumentExtraction& doc : *documents) graph.add_document(doc);
  std::printf("%zu documents, %zu entities, %zu relations\n", documents->size(),
              graph.entity_count(), graph.relation_count());

  const std::vector<double> rank = kg::centrality(graph, kg::Centrality::kPageRank);
  const auto top = kg::top_entities(graph, rank, 5);
  for (const kg::RankedEntity& r : top)
    std::printf("%-30s %-12s %.4f\n", graph.entity(r.vertex).name.c_str(),
                std::string(kg::to_string(graph.entity(r.vertex).type)).c_str(), r.score);

  if (top.size() >= 2) {
    const auto path = kg::shortest_path(graph, top[0].vertex, top[1].vertex);
    std::printf("%s", graph.entity(top[0].vertex).name.c_str());
    for (const kg::RelationLink& link : kg::path_relations(graph, path)) {
      const kg::Vertex next = link.outgoing ? graph.target(link.edge) : graph.source(link.edge);
      std::printf(" %s %s", link.outgoing ? "->" : "<-", graph.entity(next).name.c_str());
    }
    std::printf("\n");
  }

  kg::RenderOptions options;
  options.format = kg::RenderFormat::kDot;
  options.scores = rank;
  auto dot = kg::render_graph(graph, options);
  if (!dot.ok()) return std::fprintf(stderr, "%s\n", dot.status().message().c_str()), 1;
  for (const auto& [name, content] :
       {std::pair<std::string, std::string>{"news.jsonld", kg::to_jsonld(graph)},
        {"news.dot", *dot}}) {
    if (kg::Status s = kg::write_file_atomic(name, content); !s.ok())
      return std::fprintf(stderr, "%s\n", s.message().c_str()), 1;
    std::printf("wrote %s\n", name.c_str());
  }
  return 0;
}
