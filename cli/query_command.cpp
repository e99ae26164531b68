#include "cli/query_command.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "cli/graph_input.h"
#include "cli/output.h"
#include "cli/relation_report.h"
#include "kg/analytics.h"
#include "kg/filter.h"
#include "kg/io.h"
#include "kg/lookup.h"

namespace kg::cli {
namespace {

using json = nlohmann::ordered_json;

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
json relations_json(const KnowledgeGraph& g, Vertex center, Vertex other) {
  json relations = json::array();
  for (const RelationLink& link : relations_between(g, center, other)) {
    json relation = relation_json(g, link);
    relation["direction"] = link.outgoing ? "out" : "in";
    relations.push_back(std::move(relation));
  }
  return relations;
}

// One table row per relation joining `center` and a direct neighbour, one
// row for a farther neighbour.
std::vector<std::vector<std::string>> neighbor_rows(const KnowledgeGraph& g, Vertex center,
                                                    const Neighbor& n) {
  const std::string hops = std::to_string(n.distance);
  const std::string& name = g.entity(n.vertex).name;
  const std::string type = type_name(g, n.vertex);
  std::vector<std::vector<std::string>> rows;
  for (const RelationLink& link : relations_between(g, center, n.vertex)) {
    const RelationEdge& r = g.relation(link.edge);
    rows.push_back({hops, name, type, link.outgoing ? r.label + " ->" : "<- " + r.label,
                    format_qualifiers(r.qualifiers, "; "), format_confidence(r.confidence),
                    evidence_text(r)});
  }
  if (rows.empty()) rows.push_back({hops, name, type, "", "", "", ""});
  return rows;
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

  if (options.json) {
    json list = json::array();
    for (const Neighbor& n : neighbors) {
      json entry = entity_json(g, n.vertex);
      entry["distance"] = n.distance;
      entry["relations"] = relations_json(g, *center, n.vertex);
      list.push_back(std::move(entry));
    }
    print(json{{"center", entity_json(g, *center)},
               {"depth", options.depth},
               {"neighbors", std::move(list)}});
    return kExitOk;
  }
  if (neighbors.empty()) {
    print(entity_summary(g, *center) + ": no relations" +
          (options.filter_given() ? " that the filters keep" : "") + "\n");
    return kExitOk;
  }
  std::vector<std::vector<std::string>> rows;
  for (const Neighbor& n : neighbors) {
    for (auto& row : neighbor_rows(g, *center, n)) rows.push_back(std::move(row));
  }
  print(format_table({"hops", "entity", "type", "relation with " + g.entity(*center).name,
                      "qualifiers", "confidence", "evidence (document #sentence)"},
                     rows, {0}));
  return kExitOk;
}

// One step of a path: the relation taken, in its own direction ("forward"
// when it points along the path).
json path_step(const KnowledgeGraph& g, const RelationLink& link) {
  json step = {{"source", g.entity(g.source(link.edge)).name},
               {"target", g.entity(g.target(link.edge)).name},
               {"forward", link.outgoing}};
  step.update(relation_json(g, link));
  return step;
}

// A path as text: the first entity, then one line per step with the
// relation, its qualifiers and confidence, and a line with its evidence.
std::string path_text(const KnowledgeGraph& g, const std::vector<Vertex>& path,
                      const std::vector<RelationLink>& links) {
  std::string text = g.entity(path.front()).name + "\n";
  for (std::size_t i = 0; i < links.size(); ++i) {
    const RelationEdge& r = g.relation(links[i].edge);
    text += (links[i].outgoing ? "  --" + r.label + "--> " : "  <--" + r.label + "-- ") +
            g.entity(path[i + 1]).name + "  [";
    const std::string qualifiers = format_qualifiers(r.qualifiers, "; ");
    if (!qualifiers.empty()) text += qualifiers + "; ";
    text += "confidence " + format_confidence(r.confidence) + "]\n";
    const std::string evidence = evidence_text(r);
    if (!evidence.empty()) text += "      " + evidence + "\n";
  }
  return text;
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
  const std::vector<RelationLink> links = path_relations(g, path);
  if (!options.json) {
    print(path_text(g, path, links));
    return kExitOk;
  }
  json entities = json::array();
  json steps = json::array();
  for (const Vertex v : path) entities.push_back(entity_json(g, v));
  for (const RelationLink& link : links) steps.push_back(path_step(g, link));
  print(json{{"from", g.entity(*from).name},
             {"to", g.entity(*to).name},
             {"length", steps.size()},
             {"entities", std::move(entities)},
             {"steps", std::move(steps)}});
  return kExitOk;
}

// The entities whose name or an alias contains the text, with type and
// relation count; suggestions when none does.
int run_find(const KnowledgeGraph& g, const QueryOptions& options) {
  const std::vector<Vertex> found = search_entities(g, options.name);
  const std::vector<Vertex> suggestions =
      found.empty() ? lookup_entity(g, options.name).suggestions : std::vector<Vertex>{};
  if (options.json) {
    const auto list = [&g](const std::vector<Vertex>& vertices) {
      json out = json::array();
      for (const Vertex v : vertices) {
        json entry = entity_json(g, v);
        entry["relations"] = relation_degree(g, v);
        entry["aliases"] = g.entity(v).aliases;
        out.push_back(std::move(entry));
      }
      return out;
    };
    print(json{
        {"text", options.name}, {"entities", list(found)}, {"suggestions", list(suggestions)}});
    return kExitOk;
  }
  if (found.empty()) {
    std::string text = "no entity name contains '" + options.name + "'";
    for (std::size_t k = 0; k < suggestions.size(); ++k)
      text += (k == 0 ? "; did you mean: " : "; ") + entity_summary(g, suggestions[k]);
    print(text + "\n");
    return kExitOk;
  }
  std::vector<std::vector<std::string>> rows;
  for (const Vertex v : found) {
    std::string aliases;
    for (const std::string& alias : g.entity(v).aliases)
      aliases += (aliases.empty() ? "" : ", ") + alias;
    rows.push_back(
        {g.entity(v).name, type_name(g, v), std::to_string(relation_degree(g, v)), aliases});
  }
  print(format_table({"entity", "type", "relations", "other names"}, rows, {2}));
  return kExitOk;
}

// Components, largest first (ties by lowest vertex), each with its size and
// its entity of highest degree as a representative.
int run_components(const KnowledgeGraph& g, const QueryOptions& options) {
  std::vector<Component> components = timed(options, [&] { return components_by_size(g); });
  const std::size_t count = components.size();
  if (options.top > 0 && components.size() > options.top) components.resize(options.top);

  if (options.json) {
    json list = json::array();
    for (const Component& c : components) {
      json members = json::array();
      for (const Vertex v : c.members) members.push_back(g.entity(v).name);
      list.push_back({{"size", c.members.size()},
                      {"representative", entity_json(g, c.representative)},
                      {"entities", std::move(members)}});
    }
    print(json{{"count", count}, {"components", std::move(list)}});
    return kExitOk;
  }
  std::vector<std::vector<std::string>> rows;
  for (std::size_t i = 0; i < components.size(); ++i) {
    rows.push_back({std::to_string(i + 1), std::to_string(components[i].members.size()),
                    g.entity(components[i].representative).name});
  }
  print(std::to_string(count) + " connected components\n" +
        format_table({"rank", "entities", "most connected entity"}, rows, {0, 1}));
  return kExitOk;
}

// How many members each community lists, most central first.
constexpr std::size_t kCommunityTopMembers = 3;

// Communities, largest first, each with its size, the relations inside it and
// its members of highest PageRank; the modularity; with --json every entity's
// community.
int run_communities(const KnowledgeGraph& g, const QueryOptions& options) {
  const Communities found =
      timed(options, [&] { return detect_communities(g, options.communities); });
  const auto count = static_cast<std::size_t>(found.count);
  const std::size_t listed = options.top == 0 ? count : std::min(options.top, count);
  const auto top =
      community_members(found, centrality(g, Centrality::kPageRank), kCommunityTopMembers);
  std::vector<std::size_t> size(count, 0);
  std::vector<std::size_t> inside(count, 0);
  for (const int c : found.membership) ++size[static_cast<std::size_t>(c)];
  for (const RelationEnds& e : g.relation_ends()) {
    const int c = found.membership[e.source];
    if (c == found.membership[e.target]) ++inside[static_cast<std::size_t>(c)];
  }

  if (options.json) {
    json communities = json::array();
    for (std::size_t c = 0; c < listed; ++c) {
      json members = json::array();
      for (const Vertex v : top[c]) members.push_back(g.entity(v).name);
      communities.push_back({{"community", c},
                             {"size", size[c]},
                             {"relations", inside[c]},
                             {"top_members", std::move(members)}});
    }
    json entities = json::array();
    for (Vertex v = 0; v < g.entity_count(); ++v) {
      json entry = entity_json(g, v);
      entry["community"] = found.membership[v];
      entities.push_back(std::move(entry));
    }
    print(json{{"count", count},
               {"modularity", found.modularity},
               {"seed", options.communities.seed},
               {"resolution", options.communities.resolution},
               {"communities", std::move(communities)},
               {"entities", std::move(entities)}});
    return kExitOk;
  }
  std::vector<std::vector<std::string>> rows;
  for (std::size_t c = 0; c < listed; ++c) {
    std::string names;
    for (const Vertex v : top[c]) names += (names.empty() ? "" : ", ") + g.entity(v).name;
    rows.push_back({std::to_string(c), std::to_string(size[c]), std::to_string(inside[c]), names});
  }
  print(std::to_string(count) + (count == 1 ? " community" : " communities") + ", modularity " +
        format_score(found.modularity) + "\n" +
        format_table({"community", "entities", "relations", "most central members"}, rows,
                     {0, 1, 2}));
  return kExitOk;
}

// Answers options.question about `g`.
int answer(const KnowledgeGraph& g, const QueryOptions& options) {
  switch (options.question) {
    case Question::kCentrality:
      return run_centrality(g, options);
    case Question::kComponents:
      return run_components(g, options);
    case Question::kCommunities:
      return run_communities(g, options);
    case Question::kNeighbors:
      return run_neighbors(g, options);
    case Question::kPath:
      return run_path(g, options);
    case Question::kFind:
      return run_find(g, options);
  }
  return fail(
      "query: no question given (centrality, components, communities, neighbors, path or find)");
}

}  // namespace

int run_query(const QueryOptions& options) {
  const Clock::time_point start = Clock::now();
  auto graph = load_graph(options.graph_path);
  if (!graph.ok()) return fail(graph.status());
  report_time(options, "load", milliseconds_since(start));
  if (!options.filter_given()) return answer(*graph, options);
  const Result<KnowledgeGraph> narrowed = filter_graph(*graph, options.filter);
  if (!narrowed.ok()) return fail(options.graph_path + ": " + narrowed.status().message());
  return answer(*narrowed, options);
}

}  // namespace kg::cli
