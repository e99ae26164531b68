#include "cli/build_command.h"

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <iostream>
#include <string>
#include <system_error>
#include <utility>
#include <vector>

#include "cli/output.h"
#include "cli/progress.h"
#include "kg/analytics.h"
#include "kg/ingest.h"
#include "kg/io.h"
#include "kg/render.h"
#include "kg/store.h"

namespace kg::cli {
namespace {

constexpr std::size_t kSummaryTop = 5;
constexpr std::size_t kSummaryRemovedRows = 5;
// graph.svg of a larger graph draws only this many entities (the most central
// by PageRank, leaf clusters collapsed): laying out thousands of nodes takes
// Graphviz minutes. graph.dot always holds the whole graph.
constexpr std::size_t kSvgMaxEntities = 500;
constexpr std::size_t kSvgCollapseLeaves = 3;
// graph.html holds every entity but lays out and draws only this many (the
// most central by PageRank; its search reaches the rest): sfdp on 10,000
// entities would add more to kg build than extracting a 10 MB corpus costs.
constexpr std::size_t kPageMaxDrawn = 2000;

struct OutputFile {
  std::string name;
  std::string content;
};

Result<std::string> render(const KnowledgeGraph& graph, RenderFormat format,
                           const std::vector<double>& scores) {
  RenderOptions options;
  options.format = format;
  options.scores = scores;
  if (format != RenderFormat::kDot && graph.entity_count() > kSvgMaxEntities) {
    options.top = kSvgMaxEntities;
    options.collapse_leaves = kSvgCollapseLeaves;
  }
  return render_graph(graph, options);
}

// Every output file of `kg build`, in memory.
Result<std::vector<OutputFile>> produce_outputs(const KnowledgeGraph& graph,
                                                const CentralityOptions& centrality_options) {
  const std::vector<double> node_size =
      centrality(graph, Centrality::kPageRank, centrality_options);
  auto dot = render(graph, RenderFormat::kDot, node_size);
  if (!dot.ok()) return dot.status();
  auto svg = render(graph, RenderFormat::kSvg, node_size);
  if (!svg.ok()) return svg.status();
  RenderOptions page_options;
  page_options.format = RenderFormat::kHtml;
  page_options.scores = node_size;
  page_options.max_drawn = kPageMaxDrawn;
  auto html = render_graph(graph, page_options);
  if (!html.ok()) return html.status();
  std::vector<OutputFile> files;
  files.push_back({"graph.json", to_graph_json(graph)});
  files.push_back({"triples.jsonl", graph_to_jsonl(graph)});
  files.push_back({"graph.dot", std::move(*dot)});
  files.push_back({"graph.svg", std::move(*svg)});
  files.push_back({"graph.html", std::move(*html)});
  files.push_back({"graph.jsonld", to_jsonld(graph)});
  return files;
}

Status write_outputs(const std::string& out_dir, const std::vector<OutputFile>& files) {
  std::error_code error;
  std::filesystem::create_directories(out_dir, error);
  if (error)
    return Status::IoError("cannot create output folder " + out_dir + ": " + error.message());
  for (const OutputFile& file : files) {
    Status status =
        write_file_atomic((std::filesystem::path(out_dir) / file.name).string(), file.content);
    if (!status.ok()) return status;
  }
  return Status::Ok();
}

// What the cleaner left out: the totals, and the documents that lost the most
// (at most kSummaryRemovedRows of them).
std::string removed_summary(const KnowledgeGraph& graph) {
  std::vector<const DocumentInfo*> docs;
  int paragraphs = 0;
  std::size_t characters = 0;
  for (const DocumentInfo& doc : graph.documents()) {
    if (doc.removed_paragraphs == 0) continue;
    docs.push_back(&doc);
    paragraphs += doc.removed_paragraphs;
    characters += doc.removed_characters;
  }
  std::string text = "removed:   " + std::to_string(paragraphs) + " paragraphs (" +
                     std::to_string(characters) + " characters) of boilerplate from " +
                     std::to_string(docs.size()) + " of " +
                     std::to_string(graph.documents().size()) + " documents";
  if (docs.empty()) return text + "\n";
  text += " (kg extract --show-cleaning lists them):\n";
  std::stable_sort(docs.begin(), docs.end(), [](const DocumentInfo* a, const DocumentInfo* b) {
    return a->removed_characters > b->removed_characters;
  });
  std::vector<std::vector<std::string>> rows;
  for (std::size_t k = 0; k < docs.size() && k < kSummaryRemovedRows; ++k) {
    rows.push_back({docs[k]->name, std::to_string(docs[k]->removed_paragraphs),
                    std::to_string(docs[k]->removed_characters)});
  }
  text += format_table({"document", "paragraphs", "characters"}, rows, {1, 2});
  if (docs.size() > kSummaryRemovedRows) {
    text += "(and " + std::to_string(docs.size() - kSummaryRemovedRows) +
            " more documents; graph.json gives every document's counts)\n";
  }
  return text;
}

std::string summary(const KnowledgeGraph& graph, const IngestReport& report,
                    const CentralityOptions& centrality_options, const std::string& out_dir,
                    const std::string& db) {
  int sentences = 0;
  for (const DocumentInfo& doc : graph.documents()) sentences += doc.sentences;
  std::string text = "documents: " + std::to_string(graph.documents().size()) + "\n" +
                     "sentences: " + std::to_string(sentences) + "\n";
  if (report.parsed > 0) {
    text += "parsed:    " + std::to_string(report.parsed) +
            " (the sentences with two or more possible relation ends)\n";
  }
  text += removed_summary(graph);
  text += "entities:  " + std::to_string(graph.entity_count()) + "\n" +
          "relations: " + std::to_string(graph.relation_count()) + "\n";

  CentralityOptions betweenness_options = centrality_options;
  if (graph.entity_count() > kAutoBetweennessThreshold)
    betweenness_options.samples = kAutoBetweennessSamples;
  const auto scores = centrality(graph, Centrality::kBetweenness, betweenness_options);
  std::vector<std::vector<std::string>> rows;
  for (const RankedEntity& ranked : top_entities(graph, scores, kSummaryTop)) {
    const EntityNode& entity = graph.entity(ranked.vertex);
    rows.push_back({std::to_string(rows.size() + 1), entity.name,
                    std::string(to_string(entity.type)), format_score(ranked.score)});
  }
  text += betweenness_options.samples > 0 ? "most central (betweenness, sampled):\n"
                                          : "most central (betweenness):\n";
  text += format_table({"rank", "entity", "type", "score"}, rows, {0, 3});
  text += "wrote graph.json, triples.jsonl, graph.dot, graph.svg, graph.html, graph.jsonld to " +
          out_dir + "\n";
  text += "store:     " + db + "\n";
  if (graph.entity_count() > kSvgMaxEntities)
    text += "graph.svg shows the " + std::to_string(kSvgMaxEntities) +
            " most central entities (PageRank); graph.dot every entity with a relation\n";
  return text;
}

// What replacing the store at `db` drops from it, for the user to see: the
// documents it held that are not among the inputs (at most
// kSummaryRemovedRows named), or that it could not be read; "" for nothing.
std::string replaced_summary(const std::string& db,
                             const Result<std::vector<std::string>>& left_out) {
  if (!left_out.ok())
    return "kg: " + db + ": replaced a store this kg cannot read (" + left_out.status().message() +
           ")\n";
  if (left_out->empty()) return "";
  std::string text = "kg: " + db + ": replaced; " + std::to_string(left_out->size()) +
                     (left_out->size() == 1 ? " document" : " documents") +
                     " it held, not among the inputs, left out:";
  for (std::size_t k = 0; k < left_out->size() && k < kSummaryRemovedRows; ++k)
    text += (k == 0 ? " " : ", ") + (*left_out)[k];
  if (left_out->size() > kSummaryRemovedRows)
    text += " and " + std::to_string(left_out->size() - kSummaryRemovedRows) + " more";
  return text + " (kg add puts them back)\n";
}

}  // namespace

int run_build(const BuildOptions& options) {
  const std::string db = options.add.db.empty()
                             ? (std::filesystem::path(options.out_dir) / "kg.db").string()
                             : options.add.db;
  LateProgressBar progress("documents", progress_mode(options.add.progress, options.add.quiet));
  auto request = prepare_add(options.add, progress);
  if (!request.ok()) return fail(request.status());
  auto fresh = FreshStore::create(db);
  if (!fresh.ok()) return fail(fresh.status());
  auto report = add_files(fresh->store(), request->files, request->ingest);
  progress.finish();
  if (!report.ok()) return fail(report.status());
  auto graph = fresh->store().graph();
  if (!graph.ok()) return fail(graph.status());
  CentralityOptions centrality_options;
  centrality_options.directed = options.directed;
  auto files = produce_outputs(*graph, centrality_options);
  if (!files.ok()) return fail(files.status());
  const std::string replaced = replaced_summary(db, fresh->documents_left_out());
  if (Status status = fresh->commit(); !status.ok()) return fail(status);
  if (Status status = write_outputs(options.out_dir, *files); !status.ok()) return fail(status);
  std::cout << summary(*graph, *report, centrality_options, options.out_dir, db);
  // Said last, where it is seen: documents kg add put into the old store go.
  if (!replaced.empty()) std::cerr << replaced;
  return kExitOk;
}

}  // namespace kg::cli
