#include "cli/diff_command.h"

#include <iostream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "cli/graph_input.h"
#include "cli/output.h"
#include "kg/diff.h"
#include "kg/render.h"

namespace kg::cli {
namespace {

using json = nlohmann::ordered_json;

std::string qualifier_text(const std::map<std::string, std::string>& qualifiers) {
  std::string out;
  for (const auto& [key, value] : qualifiers) out += (out.empty() ? "" : ";") + key + "=" + value;
  return out;
}

std::string signed_score(double change) {
  return (change >= 0 ? "+" : "-") + format_score(change >= 0 ? change : -change);
}

std::string relations_table(const std::vector<RelationChange>& relations) {
  std::vector<std::vector<std::string>> rows;
  for (const RelationChange& r : relations)
    rows.push_back({r.source, r.predicate, r.target, qualifier_text(r.qualifiers)});
  return format_table({"source", "predicate", "target", "qualifiers"}, rows);
}

std::string text_report(const GraphDiff& diff, const DiffCommandOptions& options) {
  std::map<EntityChangeKind, std::size_t> counts;
  std::vector<std::vector<std::string>> entity_rows;
  for (const EntityChange& change : diff.entities) {
    ++counts[change.kind];
    entity_rows.push_back(
        {std::string(to_string(change.kind)), join_names(change.before), join_names(change.after)});
  }
  std::string text = "entities:  ";
  for (EntityChangeKind kind :
       {EntityChangeKind::kAdded, EntityChangeKind::kRemoved, EntityChangeKind::kRenamed,
        EntityChangeKind::kMerged, EntityChangeKind::kSplit, EntityChangeKind::kRegrouped}) {
    text += std::to_string(counts[kind]) + " " + std::string(to_string(kind)) +
            (kind == EntityChangeKind::kRegrouped ? "\n" : ", ");
  }
  text += "relations: " + std::to_string(diff.added_relations.size()) + " added, " +
          std::to_string(diff.removed_relations.size()) + " removed\n";
  if (!entity_rows.empty())
    text += "\nentities\n" + format_table({"change", "before", "after"}, entity_rows);
  if (!diff.added_relations.empty())
    text += "\nrelations added\n" + relations_table(diff.added_relations);
  if (!diff.removed_relations.empty())
    text += "\nrelations removed\n" + relations_table(diff.removed_relations);
  if (!diff.centrality.empty()) {
    std::vector<std::vector<std::string>> rows;
    for (const CentralityChange& c : diff.centrality) {
      rows.push_back({c.name, format_score(c.before), format_score(c.after),
                      signed_score(c.after - c.before)});
    }
    text += "\nlargest " + std::string(to_string(options.measure)) + " changes\n" +
            format_table({"entity", "before", "after", "change"}, rows, {1, 2, 3});
  }
  return text;
}

json relations_json(const std::vector<RelationChange>& relations) {
  json list = json::array();
  for (const RelationChange& r : relations) {
    list.push_back({{"source", r.source},
                    {"predicate", r.predicate},
                    {"target", r.target},
                    {"qualifiers", r.qualifiers}});
  }
  return list;
}

json json_report(const GraphDiff& diff, const DiffCommandOptions& options) {
  json entities = json::array();
  for (const EntityChange& change : diff.entities) {
    entities.push_back(
        {{"change", to_string(change.kind)}, {"before", change.before}, {"after", change.after}});
  }
  json changes = json::array();
  for (const CentralityChange& c : diff.centrality) {
    changes.push_back({{"entity", c.name},
                       {"before", c.before},
                       {"after", c.after},
                       {"change", c.after - c.before}});
  }
  return {{"before", options.before},
          {"after", options.after},
          {"entities", entities},
          {"relations",
           {{"added", relations_json(diff.added_relations)},
            {"removed", relations_json(diff.removed_relations)}}},
          {"centrality", {{"measure", to_string(options.measure)}, {"changes", changes}}}};
}

}  // namespace

int run_diff(const DiffCommandOptions& options) {
  auto before = load_graph(options.before);
  if (!before.ok()) return fail(before.status());
  auto after = load_graph(options.after);
  if (!after.ok()) return fail(after.status());
  DiffOptions diff_options;
  diff_options.measure = options.measure;
  diff_options.top = options.top;
  const GraphDiff diff = diff_graphs(*before, *after, diff_options);
  if (!options.draw.empty()) {
    KnowledgeGraph drawing;
    add_changes(*before, *after, diff, drawing);
    RenderOptions render_options;
    render_options.format = options.draw_format;
    render_options.title = "kg diff " + options.before + " " + options.after;
    // Every change is drawn: each relation added or removed on its own edge,
    // and entities whose change involves no relation.
    render_options.all_edges = true;
    render_options.isolated = true;
    auto bytes = render_graph(drawing, render_options);
    if (!bytes.ok()) return fail(bytes.status());
    if (Status s = write_output(options.draw, *bytes); !s.ok()) return fail(s);
    if (options.draw == "-") return kExitOk;
  }
  if (options.json) {
    std::cout << json_report(diff, options).dump(2, ' ', false, json::error_handler_t::replace)
              << '\n';
  } else {
    std::cout << text_report(diff, options);
  }
  return kExitOk;
}

}  // namespace kg::cli
