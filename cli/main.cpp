// kg: builds a knowledge graph from news articles, offline. This file is the
// command line: every subcommand and option is declared here (the only
// translation unit that compiles CLI11), parsed into the options of one
// command, and handed to that command's run function (cli/*_command.h).
// Exit codes: 0 success, 1 failure, 2 usage error (also `kg` alone).
#include <CLI/CLI.hpp>
#include <exception>
#include <functional>
#include <iostream>
#include <string>
#include <utility>
#include <vector>

#include "cli/add_command.h"
#include "cli/build_command.h"
#include "cli/diff_command.h"
#include "cli/explain_command.h"
#include "cli/export_command.h"
#include "cli/extract_command.h"
#include "cli/output.h"
#include "cli/parse_command.h"
#include "cli/query_command.h"
#include "cli/remove_command.h"
#include "cli/render_command.h"
#include "cli/train_parser_command.h"
#include "kg/analytics.h"
#include "kg/render.h"

namespace kg::cli {
namespace {

// CLI11's parse errors as one line, like every other kg error.
std::string usage_error_line(const CLI::App*, const CLI::Error& error) {
  std::string message = error.what();
  for (char& c : message)
    if (c == '\n') c = ' ';
  return "kg: " + message + " (see kg --help)\n";
}

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

// Adds `--measure degree|betweenness|closeness|pagerank|eigenvector`.
CLI::Option* add_measure_option(CLI::App& app, Centrality& measure, std::string description) {
  std::vector<std::pair<std::string, Centrality>> choices;
  for (Centrality m : {Centrality::kDegree, Centrality::kBetweenness, Centrality::kCloseness,
                       Centrality::kPageRank, Centrality::kEigenvector})
    choices.emplace_back(std::string(to_string(m)), m);
  return add_choice_option(app, "--measure", measure, std::move(choices), std::move(description));
}

// The graph argument of query, render and export.
constexpr const char* kGraphInputHelp =
    "graph.json written by kg build, a store written by kg add, or - for a graph.json on "
    "standard input";

// The options of every command, filled by the parser.
struct Options {
  BuildOptions build;
  AddOptions add;
  RemoveOptions remove;
  DiffCommandOptions diff;
  ExplainOptions explain;
  ExtractOptions extract;
  QueryOptions query;
  RenderCommandOptions render;
  ExportOptions exports;
  ParseCommandOptions parse;
  TrainParserOptions train_parser;
};

// A subcommand and what runs it once it is parsed.
struct Command {
  CLI::App* app;
  std::function<int()> run;
};

// The extractor's options, shared by build and extract.
void add_extractor_options(CLI::App* cmd, bool& patterns_only, double& min_confidence) {
  cmd->add_flag("--patterns-only", patterns_only,
                "Read clauses with patterns only, without parsing (faster, fewer relations)");
  cmd->add_option("--min-confidence", min_confidence,
                  "Keep only relations of at least this confidence (0 to 1; a clause's "
                  "confidence falls with the parser's margin on its arcs)")
      ->check(CLI::Range(0.0, 1.0))
      ->capture_default_str();
}

// --progress and --quiet of the commands that read articles.
void add_progress_flags(CLI::App* cmd, bool& progress, bool& quiet) {
  CLI::Option* forced = cmd->add_flag(
      "--progress", progress,
      "Report progress on stderr (done/total, sentences per second, time left) even when it "
      "is not a terminal; by default only a terminal sees it, after 2 s");
  cmd->add_flag("--quiet", quiet, "Never report progress")->excludes(forced);
}

// `--aliases FILE`, the user's entity decisions of build and add.
void add_aliases_option(CLI::App* cmd, std::string& file, const char* description) {
  cmd->add_option("--aliases", file, description);
}

Command add_build(CLI::App& app, BuildOptions& options) {
  CLI::App* cmd = app.add_subcommand(
      "build",
      "Extract articles into a fresh kg store and write graph.json, triples.jsonl, "
      "graph.dot, graph.svg, graph.html and graph.jsonld from its graph");
  AddOptions& add = options.add;
  cmd->add_option("inputs", add.inputs,
                  "Text files, folders searched recursively for .txt, .text and .md files, or - "
                  "for standard input (a document named stdin)")
      ->required();
  cmd->add_option("-o,--output", options.out_dir,
                  "Output folder, created if missing; existing files are replaced")
      ->capture_default_str();
  cmd->add_option("--db", add.db,
                  "The store to make (default: kg.db in the output folder); a kg store there is "
                  "replaced once the build succeeds");
  add_extractor_options(cmd, add.patterns_only, add.min_confidence);
  cmd->add_option("-j,--threads", add.threads,
                  "Documents extracted at once (default 0: one per core)");
  cmd->add_flag("--directed", options.directed,
                "Follow relation direction in the centralities (default: undirected)");
  add_progress_flags(cmd, add.progress, add.quiet);
  add_aliases_option(cmd, add.aliases_file,
                     "Entity decisions overriding the merging of documents' entities: lines "
                     "'same<TAB>NAME<TAB>NAME' or 'different<TAB>NAME<TAB>NAME' (see README), "
                     "recorded in the store");
  return {cmd, [&options] { return run_build(options); }};
}

// `--db PATH`, the store of add and remove.
void add_db_option(CLI::App* cmd, std::string& db) {
  cmd->add_option("--db", db, "The kg store (SQLite), created by kg add if missing")
      ->capture_default_str();
}

Command add_add(CLI::App& app, AddOptions& options) {
  CLI::App* cmd = app.add_subcommand(
      "add",
      "Put articles into a kg store: new and changed files are extracted, unchanged ones "
      "skipped; read the store with query, render and export");
  cmd->add_option("inputs", options.inputs,
                  "Text files, folders searched recursively for .txt, .text and .md files, or - "
                  "for standard input (a document named stdin)")
      ->required();
  add_db_option(cmd, options.db);
  add_extractor_options(cmd, options.patterns_only, options.min_confidence);
  cmd->add_option("-j,--threads", options.threads,
                  "Documents extracted at once (default 0: one per core)");
  add_progress_flags(cmd, options.progress, options.quiet);
  add_aliases_option(cmd, options.aliases_file,
                     "Entity decisions as for kg build, recorded in the store (replacing "
                     "those recorded) and applied whenever its graph is read");
  return {cmd, [&options] { return run_add(options); }};
}

Command add_remove(CLI::App& app, RemoveOptions& options) {
  CLI::App* cmd = app.add_subcommand("remove", "Drop documents from a kg store");
  cmd->add_option("names", options.names,
                  "Document names as in graph.json (the paths the files were added by)")
      ->required();
  add_db_option(cmd, options.db);
  return {cmd, [&options] { return run_remove(options); }};
}

Command add_extract(CLI::App& app, ExtractOptions& options) {
  CLI::App* cmd = app.add_subcommand("extract", "Print the triples extracted from articles");
  cmd->add_option("inputs", options.inputs,
                  "Text files, folders searched recursively for .txt, .text and .md files, or - "
                  "for standard input (a document named stdin)")
      ->required();
  add_choice_option(
      *cmd, "-f,--format", options.format,
      {{"jsonl", TripleFormat::kJsonl}, {"tsv", TripleFormat::kTsv}, {"carb", TripleFormat::kCarb}},
      "jsonl: one JSON object per triple (the kgscore format); tsv: a header line, then "
      "subject, predicate, object, qualifiers (k=v;k=v), confidence; carb: every line is one "
      "tokenised sentence, printed with its Open IE tuples in CaRB's tabbed format "
      "(sentence, confidence, relation, arguments)");
  add_extractor_options(cmd, options.patterns_only, options.min_confidence);
  cmd->add_flag("--show-cleaning", options.show_cleaning,
                "Print what the cleaner removes before extraction (bylines, captions, "
                "related-articles lists, repeated paragraphs ...) instead of triples: one line "
                "per span with the document, its byte range, the reason and the text");
  cmd->add_option("-j,--threads", options.threads,
                  "Documents (carb: lines) extracted at once (default 0: one per core)");
  add_progress_flags(cmd, options.progress, options.quiet);
  return {cmd, [&options] { return run_extract(options); }};
}

void add_timing_flag(CLI::App* cmd, QueryOptions& options) {
  cmd->add_flag("--timing", options.timing,
                "Print the time spent loading the graph and answering, in ms, on stderr");
  cmd->add_option("--repeat", options.repeat,
                  "Answer R times (for benchmarks); --timing then also prints the median of "
                  "calls 2..R as compute-warm")
      ->capture_default_str()
      ->check(CLI::Range(1, 1000));
}

void add_json_flag(CLI::App* cmd, QueryOptions& options) {
  cmd->add_flag("--json", options.json, "Print one JSON document instead of a text table");
}

void add_directed_flag(CLI::App* cmd, QueryOptions& options) {
  cmd->add_flag("--directed", options.directed,
                "Follow relation direction (default: relations count both ways)");
}

// --type, --min-confidence and --document: the filters of every question.
void add_filter_options(CLI::App* cmd, QueryOptions& options) {
  std::vector<std::string> types;
  for (const EntityType type : kAllEntityTypes) types.emplace_back(to_string(type));
  cmd->add_option_function<std::vector<std::string>>(
         "--type",
         [&options](const std::vector<std::string>& names) {
           for (const std::string& name : names)
             options.filter.types.insert(*parse_entity_type(name));
         },
         "Only entities of these types (repeat or separate by commas)")
      ->delimiter(',')
      ->check(CLI::IsMember(types));
  cmd->add_option("--min-confidence", options.filter.min_confidence,
                  "Only relations of at least this confidence")
      ->check(CLI::Range(0.0, 1.0));
  cmd->add_option("--document", options.filter.document,
                  "Only what this document (its name in graph.json) says");
}

// Each question sets options.question when it is parsed.
// The filters are added to every question.
void on_question(CLI::App* question, QueryOptions& options, Question which) {
  add_filter_options(question, options);
  question->parse_complete_callback([&options, which] { options.question = which; });
}

Command add_query(CLI::App& app, QueryOptions& options) {
  CLI::App* cmd = app.add_subcommand(
      "query",
      "Answer centrality, component, community, neighbourhood, path and search questions about a "
      "graph.json or a store");
  cmd->add_option("graph", options.graph_path, kGraphInputHelp)->required();
  cmd->require_subcommand(1);

  CLI::App* central = cmd->add_subcommand("centrality", "Rank entities by a centrality measure");
  add_measure_option(*central, options.measure, "Centrality measure");
  central->add_option("-n,--top", options.top, "How many entities to list (0: all)")
      ->capture_default_str()
      ->check(CLI::NonNegativeNumber);
  central
      ->add_option("--samples", options.samples,
                   "Betweenness from K sampled sources (seed 42), 0 for exact; default: exact up "
                   "to " +
                       std::to_string(kAutoBetweennessThreshold) + " entities, else " +
                       std::to_string(kAutoBetweennessSamples))
      ->check(CLI::NonNegativeNumber);
  central
      ->add_option("--threads", options.threads,
                   "Threads for betweenness (0: every core); the result does not depend on it")
      ->capture_default_str()
      ->check(CLI::Range(0, 256));
  add_directed_flag(central, options);
  add_json_flag(central, options);
  add_timing_flag(central, options);
  on_question(central, options, Question::kCentrality);

  CLI::App* components = cmd->add_subcommand(
      "components", "List the connected components (relations followed both ways), largest first");
  components->add_option("-n,--top", options.top, "How many components to list (0: all)")
      ->capture_default_str()
      ->check(CLI::NonNegativeNumber);
  add_json_flag(components, options);
  add_timing_flag(components, options);
  on_question(components, options, Question::kComponents);

  CLI::App* communities = cmd->add_subcommand(
      "communities", "Find communities (Louvain modularity), largest first, and the modularity");
  communities->add_option("-n,--top", options.top, "How many communities to list (0: all)")
      ->capture_default_str()
      ->check(CLI::NonNegativeNumber);
  communities
      ->add_option("--seed", options.communities.seed,
                   "Seed of the random visiting order (same graph and seed: same communities)")
      ->capture_default_str();
  communities
      ->add_option("--resolution", options.communities.resolution,
                   "Resolution (> 0): above 1 gives more, smaller communities")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  add_json_flag(communities, options);
  add_timing_flag(communities, options);
  on_question(communities, options, Question::kCommunities);

  CLI::App* neighbors =
      cmd->add_subcommand("neighbors", "List the entities within a few hops of an entity");
  neighbors->add_option("name", options.name, "Entity name or alias")->required();
  neighbors->add_option("-d,--depth", options.depth, "Maximum number of hops")
      ->capture_default_str()
      ->check(CLI::Range(1, 100));
  add_json_flag(neighbors, options);
  on_question(neighbors, options, Question::kNeighbors);

  CLI::App* path =
      cmd->add_subcommand("path", "Find a shortest chain of relations between two entities");
  path->add_option("from", options.from, "First entity, name or alias")->required();
  path->add_option("to", options.to, "Second entity, name or alias")->required();
  add_directed_flag(path, options);
  add_json_flag(path, options);
  add_timing_flag(path, options);
  on_question(path, options, Question::kPath);

  CLI::App* find = cmd->add_subcommand(
      "find", "List the entities whose name or an alias contains a text, with type and degree");
  find->add_option("text", options.name, "Part of a name (case and diacritics ignored)")
      ->required();
  add_json_flag(find, options);
  on_question(find, options, Question::kFind);
  return {cmd, [&options] { return run_query(options); }};
}

Command add_render(CLI::App& app, RenderCommandOptions& options) {
  CLI::App* cmd = app.add_subcommand(
      "render", "Draw a graph.json or a store as SVG, PNG, PDF, DOT or an interactive HTML page");
  cmd->add_option("graph", options.graph_path, kGraphInputHelp)->required();
  cmd->add_option("-o,--output", options.output, "Output file, or - for standard output")
      ->required();
  add_choice_option(*cmd, "-f,--format", options.format,
                    {{"svg", RenderFormat::kSvg},
                     {"png", RenderFormat::kPng},
                     {"pdf", RenderFormat::kPdf},
                     {"dot", RenderFormat::kDot},
                     {"gv", RenderFormat::kDot},
                     {"html", RenderFormat::kHtml}},
                    "Output format (html: one self-contained interactive page); default: the "
                    "output's extension (.svg, .png, .pdf, .dot, .gv, .html), svg for - or a "
                    "name without one");
  cmd->add_option("--dpi", options.dpi, "Pixels per inch of PNG output (Graphviz dpi; default 96)")
      ->check(CLI::Range(1.0, kMaxDpi));
  cmd->add_option("--size", options.size,
                  "Largest drawing in inches, W,H or W (Graphviz size; a final ! also scales "
                  "a smaller drawing up)")
      ->check(CLI::Validator(
          [](std::string& size) {
            return valid_render_size(size) ? std::string() : "not W,H or W in inches: " + size;
          },
          "W,H"));
  cmd->add_option(
         "--layout", options.layout,
         "Graphviz layout engine; auto picks dot for small graphs, sfdp for large ones and "
         "refuses more than 20,000 entities (use --top or --focus)")
      ->check(CLI::IsMember({"auto", "dot", "sfdp", "neato", "circo"}))
      ->capture_default_str();
  cmd->add_option("--focus", options.focus,
                  "Draw only the neighbourhood of this entity (name or alias)");
  cmd->add_option("-d,--depth", options.depth, "Neighbourhood radius in hops, with --focus")
      ->capture_default_str()
      ->check(CLI::Range(1, 100));
  cmd->add_option("-n,--top", options.top,
                  "Draw only the N most central entities by --measure (0: all)")
      ->capture_default_str()
      ->check(CLI::NonNegativeNumber);
  cmd->add_option("--collapse-leaves", options.collapse_leaves,
                  "Draw a hub's neighbours that join nothing else as one '+N more' node when "
                  "it has at least N of them (0: off)")
      ->capture_default_str()
      ->check(CLI::NonNegativeNumber);
  cmd->add_option("--max-drawn", options.max_drawn,
                  "With --format html: lay out and draw at most N entities, the most central by "
                  "--measure (the page's search reaches the others)")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  cmd->add_flag("--all-edges", options.all_edges,
                "Draw every relation as its own edge (default: one edge per pair of entities, "
                "labelled with the strongest relation and the count of the others)");
  cmd->add_flag("--isolated", options.isolated,
                "Also draw entities without relations (default: left out, counted in the "
                "legend)");
  add_measure_option(*cmd, options.measure, "Centrality that sizes the nodes (and ranks --top)");
  add_choice_option(*cmd, "--color", options.color,
                    {{"type", NodeColor::kType}, {"community", NodeColor::kCommunity}},
                    "Fill nodes by entity type, or by community (the 12 largest in colours, "
                    "the rest white; the legend names each by its most central entity)");
  cmd->add_flag("--directed", options.directed,
                "Follow relation direction in the centrality (default: undirected)");
  return {cmd, [&options] { return run_render(options); }};
}

Command add_export(CLI::App& app, ExportOptions& options) {
  CLI::App* cmd = app.add_subcommand(
      "export",
      "Convert a graph.json or a store to JSON-LD, GraphML, N-Triples, JSONL, graph.json or "
      "Neo4j CSV");
  cmd->add_option("graph", options.graph_path, kGraphInputHelp)->required();
  add_choice_option(*cmd, "-f,--format", options.format,
                    {{"jsonld", ExportFormat::kJsonLd},
                     {"graphml", ExportFormat::kGraphMl},
                     {"nt", ExportFormat::kNTriples},
                     {"jsonl", ExportFormat::kJsonl},
                     {"json", ExportFormat::kGraphJson},
                     {"csv", ExportFormat::kCsv}},
                    "jsonld (schema.org types, statements with provenance), graphml (names, "
                    "types and centralities for Gephi, Cytoscape, networkx, igraph), nt "
                    "(N-Triples), jsonl (one triple per line and piece of evidence), json "
                    "(graph.json, as kg build writes it) or csv (nodes.csv and "
                    "relationships.csv for neo4j-admin database import, in the -o folder)")
      ->default_str("")
      ->required();
  cmd->add_option("-o,--output", options.output,
                  "Output file, or - for standard output (with csv: the output folder)")
      ->capture_default_str();
  return {cmd, [&options] { return run_export(options); }};
}

Command add_diff(CLI::App& app, DiffCommandOptions& options) {
  CLI::App* cmd = app.add_subcommand(
      "diff",
      "Compare two graphs: entities added, removed, renamed, merged or split, relations added "
      "and removed, the largest centrality changes");
  cmd->add_option("old", options.before, kGraphInputHelp)->required();
  cmd->add_option("new", options.after, kGraphInputHelp)->required();
  cmd->add_flag("--json", options.json, "Print one JSON document instead of text tables");
  cmd->add_option("-n,--top", options.top,
                  "How many centrality changes to list (0: every entity that changed)")
      ->capture_default_str()
      ->check(CLI::NonNegativeNumber);
  add_measure_option(*cmd, options.measure, "Centrality whose changes are listed");
  cmd->add_option("--draw", options.draw,
                  "Also draw the changed neighbourhood into this file (- : standard output, "
                  "instead of the report): added relations '+', removed '-', old names joined "
                  "to new ones by 'merged into', 'split into' ...");
  add_choice_option(*cmd, "--draw-format", options.draw_format,
                    {{"svg", RenderFormat::kSvg},
                     {"png", RenderFormat::kPng},
                     {"pdf", RenderFormat::kPdf},
                     {"dot", RenderFormat::kDot}},
                    "Format of the --draw file");
  return {cmd, [&options] { return run_diff(options); }};
}

Command add_explain(CLI::App& app, ExplainOptions& options) {
  CLI::App* cmd = app.add_subcommand(
      "explain",
      "Show how an entity of a store came to be: every document's record joined into it, "
      "with the rule that joined it");
  cmd->add_option("name", options.name, "Entity name or alias")->required();
  add_db_option(cmd, options.db);
  cmd->add_flag("--json", options.json, "Print one JSON document instead of a text table");
  return {cmd, [&options] { return run_explain(options); }};
}

Command add_parse(CLI::App& app, ParseCommandOptions& options) {
  CLI::App* cmd = app.add_subcommand(
      "parse", "Tag and parse text into Universal Dependencies (CoNLL-U on stdout)");
  cmd->add_option("inputs", options.inputs,
                  "Text or CoNLL-U files, folders (searched recursively), or - for stdin")
      ->required();
  add_choice_option(*cmd, "-f,--format", options.parse.format,
                    {{"auto", parse::InputFormat::kAuto},
                     {"text", parse::InputFormat::kText},
                     {"conllu", parse::InputFormat::kConllu}},
                    "Input format: text (raw text, or with --tokenized one tokenised sentence a "
                    "line), conllu (the words of a CoNLL-U file, as given; folders give their "
                    ".conllu files); auto: conllu for .conllu files, text otherwise");
  cmd->add_flag("--tokenized", options.parse.tokenized,
                "Text input is one sentence a line, words separated by spaces (no tokenizer)");
  cmd->add_option("--model", options.model,
                  "A model file written by kg train-parser (default: the built-in model)");
  cmd->add_option("-j,--threads", options.parse.threads,
                  "Sentences parsed at once (default 0: one per core)");
  add_progress_flags(cmd, options.progress, options.quiet);
  return {cmd, [&options] { return run_parse(options); }};
}

Command add_train_parser(CLI::App& app, TrainParserOptions& options) {
  CLI::App* cmd = app.add_subcommand(
      "train-parser", "Train the tagger and parser of kg parse on CoNLL-U treebanks");
  parse::ModelTrainingOptions& training = options.training;
  cmd->add_option("--train", training.train, "Training treebanks (CoNLL-U)")->required();
  cmd->add_option("--dev", training.dev, "Dev treebank(s): epochs are chosen on them")->required();
  cmd->add_option("-o,--output", options.output, "The model file to write")->required();
  cmd->add_option("--seed", training.seed, "Seed of the shuffling and exploration (default 1)");
  cmd->add_option("--epochs", training.parser_epochs, "Parser training epochs (default 15)")
      ->check(CLI::Range(1, 1000));
  cmd->add_option("--tagger-epochs", training.tagger_epochs, "Tagger training epochs (default 10)")
      ->check(CLI::Range(1, 1000));
  cmd->add_option("-j,--threads", training.threads,
                  "Taggers trained at once (default 2); the model does not depend on it")
      ->check(CLI::Range(1, 64));
  return {cmd, [&options] { return run_train_parser(options); }};
}

int run(int argc, char** argv) {
  CLI::App app{
      "kg builds a knowledge graph from news articles, offline: typed entities, "
      "relations with provenance, centralities, Graphviz diagrams and JSON-LD.",
      "kg"};
  app.failure_message(usage_error_line);  // before the subcommands, which copy it
  app.set_version_flag("--version", std::string("kg ") + KG_VERSION);
  app.require_subcommand(0, 1);
  app.footer(
      "Exit codes: 0 success, 1 failure, 2 usage error.\n"
      "Run 'kg <command> --help' for the options of a command.");

  Options options;
  const std::vector<Command> commands = {add_build(app, options.build),
                                         add_add(app, options.add),
                                         add_remove(app, options.remove),
                                         add_extract(app, options.extract),
                                         add_query(app, options.query),
                                         add_render(app, options.render),
                                         add_export(app, options.exports),
                                         add_diff(app, options.diff),
                                         add_explain(app, options.explain),
                                         add_parse(app, options.parse),
                                         add_train_parser(app, options.train_parser)};

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    return app.exit(error) == 0 ? kExitOk : kExitUsage;
  }
  for (const Command& command : commands)
    if (command.app->parsed()) return command.run();
  std::cerr << app.help();
  return kExitUsage;
}

}  // namespace
}  // namespace kg::cli

int main(int argc, char** argv) {
  try {
    return kg::cli::run(argc, argv);
  } catch (const std::exception& error) {
    return kg::cli::fail(std::string("internal error: ") + error.what());
  }
}
