#include "cli/query_command.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "cli/output.h"
#include "graph/centrality.h"
#include "graph/graph_json.h"
#include "graph/paths.h"

namespace kg::cli {
namespace {

using json = nlohmann::ordered_json;

struct QueryOptions {
  std::string graph_path;
  bool json = false;
  bool directed = false;
  Centrality measure = Centrality::kBetweenness;
  std::size_t top = 10;
  std::string name;
  int depth = 1;
  std::string from;
  std::string to;
  std::optional<std::size_t> samples;  // betweenness; unset = automatic
  unsigned threads = 0;                // betweenness; 0 = every core
  bool timing = false;
  int repeat = 1;  // answers computed per run; see timed()
};

using Clock = std::chrono::steady_clock;

double milliseconds_since(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// With --timing, one line on stderr: "timing: <what> <ms> ms".
void report_time(const QueryOptions& options, const char* what, double ms) {
  if (options.timing) std::fprintf(stderr, "timing: %s %.3f ms\n", what, ms);
}

// Computes the answer options.repeat times (each from scratch: the analytics
// keep no state between calls) and returns the last. With --timing, reports
// the first call as "compute" and, when repeated, the median of the others as
// "compute-warm" (caches warm, as a library timed in a loop would be).
template <typename Compute>
auto timed(const QueryOptions& options, Compute compute) {
  std::vector<double> times;
  Clock::time_point start = Clock::now();
  auto answer = compute();
  times.push_back(milliseconds_since(start));
  for (int i = 1; i < options.repeat; ++i) {
    start = Clock::now();
    answer = compute();
    times.push_back(milliseconds_since(start));
  }
  report_time(options, "compute", times.front());
  if (times.size() > 1) {
    const auto middle = times.begin() + 1 + static_cast<std::ptrdiff_t>((times.size() - 1) / 2);
    std::nth_element(times.begin() + 1, middle, times.end());
    report_time(options, "compute-warm", *middle);
  }
  return answer;
}

std::string type_name(const KnowledgeGraph& g, Vertex v) {
  return std::string(to_string(g.entity(v).type));
}

json entity_json(const KnowledgeGraph& g, Vertex v) {
  return {{"name", g.entity(v).name}, {"type", type_name(g, v)}};
}

void print(const std::string& text) { std::cout << text; }
void print(const json& document) { std::cout << document.dump(2) << '\n'; }

int run_centrality(const KnowledgeGraph& g, const QueryOptions& options) {
  CentralityOptions centrality_options;
  centrality_options.directed = options.directed;
  centrality_options.threads = options.threads;
  if (options.measure == Centrality::kBetweenness) {
    centrality_options.samples = options.samples.value_or(0);
    if (!options.samples && g.entity_count() > kAutoBetweennessThreshold) {
      centrality_options.samples = kAutoBetweennessSamples;
      std::cerr << "kg: note: " << g.entity_count() << " entities: betweenness approximated from "
                << kAutoBetweennessSamples << " sampled sources (--samples 0 for exact)\n";
    }
  }
  const auto scores =
      timed(options, [&] { return centrality(g, options.measure, centrality_options); });
  const std::size_t top = options.top == 0 ? g.entity_count() : options.top;
  const auto ranked = top_entities(g, scores, top);

  if (options.json) {
    json entities = json::array();
    for (std::size_t i = 0; i < ranked.size(); ++i) {
      json entry = entity_json(g, ranked[i].vertex);
      entry["rank"] = i + 1;
      entry["score"] = ranked[i].score;
      entities.push_back(std::move(entry));
    }
    print(json{{"measure", std::string(to_string(options.measure))},
               {"directed", options.directed},
               {"entities", std::move(entities)}});
    return kExitOk;
  }
  std::vector<std::vector<std::string>> rows;
  for (std::size_t i = 0; i < ranked.size(); ++i) {
    const Vertex v = ranked[i].vertex;
    rows.push_back(
        {std::to_string(i + 1), g.entity(v).name, type_name(g, v), format_score(ranked[i].score)});
  }
  print(format_table({"rank", "entity", "type", std::string(to_string(options.measure))}, rows,
                     {0, 3}));
  return kExitOk;
}

// The relations joining `center` and `other`, as seen from `center`.
json relations_between(const KnowledgeGraph& g, Vertex center, Vertex other) {
  json relations = json::array();
  auto add = [&](Edge e, const char* direction) {
    const RelationEdge& r = g.relation(e);
    relations.push_back({{"predicate", r.predicate}, {"label", r.label}, {"direction", direction}});
  };
  for (auto [e, end] = boost::out_edges(center, g.graph()); e != end; ++e)
    if (boost::target(*e, g.graph()) == other) add(*e, "out");
  for (auto [e, end] = boost::in_edges(center, g.graph()); e != end; ++e)
    if (boost::source(*e, g.graph()) == other) add(*e, "in");
  return relations;
}

std::string relations_text(const json& relations) {
  std::string text;
  for (const json& r : relations) {
    if (!text.empty()) text += ", ";
    const std::string label = r["label"].get<std::string>();
    text += r["direction"] == "out" ? label + " ->" : "<- " + label;
  }
  return text;
}

int run_neighbors(const KnowledgeGraph& g, const QueryOptions& options) {
  auto center = resolve_entity(g, options.name, options.graph_path);
  if (!center.ok()) return fail(center.status());
  auto neighbors = neighborhood(g, *center, options.depth);
  std::erase_if(neighbors, [&](const Neighbor& n) { return n.vertex == *center; });
  std::stable_sort(neighbors.begin(), neighbors.end(), [&](const Neighbor& a, const Neighbor& b) {
    if (a.distance != b.distance) return a.distance < b.distance;
    return g.entity(a.vertex).name < g.entity(b.vertex).name;
  });

  json list = json::array();
  for (const Neighbor& n : neighbors) {
    json entry = entity_json(g, n.vertex);
    entry["distance"] = n.distance;
    entry["relations"] = relations_between(g, *center, n.vertex);
    list.push_back(std::move(entry));
  }
  if (options.json) {
    print(json{{"center", entity_json(g, *center)},
               {"depth", options.depth},
               {"neighbors", std::move(list)}});
    return kExitOk;
  }
  std::vector<std::vector<std::string>> rows;
  for (const json& n : list)
    rows.push_back({std::to_string(n["distance"].get<int>()), n["name"], n["type"],
                    relations_text(n["relations"])});
  print(format_table({"hops", "entity", "type", "relations with " + g.entity(*center).name}, rows,
                     {0}));
  return kExitOk;
}

// One step of a path: the relation between consecutive entities, in its own
// direction ("forward" when it points from `from` to `to`).
json path_step(const KnowledgeGraph& g, Vertex from, Vertex to) {
  bool forward = true;
  auto [edge, found] = boost::edge(from, to, g.graph());
  if (!found) {
    std::tie(edge, found) = boost::edge(to, from, g.graph());
    forward = false;
  }
  const RelationEdge& r = g.relation(edge);
  return {{"source", g.entity(forward ? from : to).name},
          {"predicate", r.predicate},
          {"label", r.label},
          {"target", g.entity(forward ? to : from).name},
          {"forward", forward}};
}

int run_path(const KnowledgeGraph& g, const QueryOptions& options) {
  auto from = resolve_entity(g, options.from, options.graph_path);
  if (!from.ok()) return fail(from.status());
  auto to = resolve_entity(g, options.to, options.graph_path);
  if (!to.ok()) return fail(to.status());
  const auto path = timed(options, [&] { return shortest_path(g, *from, *to, options.directed); });
  if (path.empty())
    return fail("no path from '" + g.entity(*from).name + "' to '" + g.entity(*to).name + "' in " +
                options.graph_path);

  json entities = json::array();
  json steps = json::array();
  for (std::size_t i = 0; i < path.size(); ++i) {
    entities.push_back(entity_json(g, path[i]));
    if (i > 0) steps.push_back(path_step(g, path[i - 1], path[i]));
  }
  if (options.json) {
    print(json{{"from", g.entity(*from).name},
               {"to", g.entity(*to).name},
               {"length", steps.size()},
               {"entities", std::move(entities)},
               {"steps", std::move(steps)}});
    return kExitOk;
  }
  std::string text = g.entity(path.front()).name + "\n";
  for (std::size_t i = 0; i < steps.size(); ++i) {
    const json& step = steps[i];
    const bool forward = step["forward"].get<bool>();
    const std::string label = step["label"].get<std::string>();
    text += (forward ? "  --" + label + "--> " : "  <--" + label + "-- ") +
            g.entity(path[i + 1]).name + "\n";
  }
  print(text);
  return kExitOk;
}

// Components, largest first (ties by lowest vertex), each with its size and
// its entity of highest degree as a representative.
int run_components(const KnowledgeGraph& g, const QueryOptions& options) {
  int count = 0;
  const std::vector<int> component =
      timed(options, [&] { return connected_components(g, &count); });

  const std::vector<double> degree = centrality(g, Centrality::kDegree);
  std::vector<std::size_t> size(static_cast<std::size_t>(count), 0);
  std::vector<Vertex> representative(static_cast<std::size_t>(count), 0);
  for (Vertex v = 0; v < component.size(); ++v) {
    const auto c = static_cast<std::size_t>(component[v]);
    if (size[c]++ == 0 || degree[v] > degree[representative[c]]) representative[c] = v;
  }
  std::vector<std::size_t> order(size.size());
  for (std::size_t c = 0; c < order.size(); ++c) order[c] = c;
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return size[a] > size[b]; });
  if (options.top > 0 && order.size() > options.top) order.resize(options.top);

  if (options.json) {
    json list = json::array();
    for (std::size_t c : order) {
      json members = json::array();
      for (Vertex v = 0; v < component.size(); ++v)
        if (static_cast<std::size_t>(component[v]) == c) members.push_back(g.entity(v).name);
      list.push_back({{"size", size[c]},
                      {"representative", entity_json(g, representative[c])},
                      {"entities", std::move(members)}});
    }
    print(json{{"count", count}, {"components", std::move(list)}});
    return kExitOk;
  }
  std::vector<std::vector<std::string>> rows;
  for (std::size_t i = 0; i < order.size(); ++i) {
    const std::size_t c = order[i];
    rows.push_back(
        {std::to_string(i + 1), std::to_string(size[c]), g.entity(representative[c]).name});
  }
  print(std::to_string(count) + " connected components\n" +
        format_table({"rank", "entities", "most connected entity"}, rows, {0, 1}));
  return kExitOk;
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

}  // namespace

Command add_query_command(CLI::App& app) {
  auto options = std::make_shared<QueryOptions>();
  CLI::App* cmd = app.add_subcommand(
      "query", "Answer centrality, neighbourhood and path questions about a graph.json");
  cmd->add_option("graph", options->graph_path, "graph.json written by kg build")->required();
  cmd->require_subcommand(1);

  CLI::App* central = cmd->add_subcommand("centrality", "Rank entities by a centrality measure");
  add_measure_option(*central, options->measure, "Centrality measure");
  central->add_option("-n,--top", options->top, "How many entities to list (0: all)")
      ->capture_default_str()
      ->check(CLI::NonNegativeNumber);
  central
      ->add_option("--samples", options->samples,
                   "Betweenness from K sampled sources (seed 42), 0 for exact; default: exact up "
                   "to " +
                       std::to_string(kAutoBetweennessThreshold) + " entities, else " +
                       std::to_string(kAutoBetweennessSamples))
      ->check(CLI::NonNegativeNumber);
  central
      ->add_option("--threads", options->threads,
                   "Threads for betweenness (0: every core); the result does not depend on it")
      ->capture_default_str()
      ->check(CLI::Range(0, 256));
  add_directed_flag(central, *options);
  add_json_flag(central, *options);
  add_timing_flag(central, *options);

  CLI::App* components = cmd->add_subcommand(
      "components", "List the connected components (relations followed both ways), largest first");
  components->add_option("-n,--top", options->top, "How many components to list (0: all)")
      ->capture_default_str()
      ->check(CLI::NonNegativeNumber);
  add_json_flag(components, *options);
  add_timing_flag(components, *options);

  CLI::App* neighbors =
      cmd->add_subcommand("neighbors", "List the entities within a few hops of an entity");
  neighbors->add_option("name", options->name, "Entity name or alias")->required();
  neighbors->add_option("-d,--depth", options->depth, "Maximum number of hops")
      ->capture_default_str()
      ->check(CLI::Range(1, 100));
  add_json_flag(neighbors, *options);

  CLI::App* path =
      cmd->add_subcommand("path", "Find a shortest chain of relations between two entities");
  path->add_option("from", options->from, "First entity, name or alias")->required();
  path->add_option("to", options->to, "Second entity, name or alias")->required();
  add_directed_flag(path, *options);
  add_json_flag(path, *options);
  add_timing_flag(path, *options);

  auto run = [options, central, components, neighbors, path] {
    const Clock::time_point start = Clock::now();
    auto graph = load_graph_json(options->graph_path);
    if (!graph.ok()) return fail(graph.status());
    report_time(*options, "load", milliseconds_since(start));
    if (central->parsed()) return run_centrality(*graph, *options);
    if (components->parsed()) return run_components(*graph, *options);
    if (neighbors->parsed()) return run_neighbors(*graph, *options);
    if (path->parsed()) return run_path(*graph, *options);
    return fail("query: no question given (centrality, components, neighbors or path)");
  };
  return {cmd, run};
}

}  // namespace kg::cli
