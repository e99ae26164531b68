#include "render/dot_builder.h"

#include <graphviz/cgraph.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <iterator>
#include <optional>
#include <vector>

#include "render/community_style.h"
#include "render/edge_bundle.h"
#include "render/label_escape.h"
#include "render/legend.h"
#include "render/style.h"

namespace kg::render {
namespace {

constexpr std::string_view kFont = "Helvetica,Arial,sans-serif";
constexpr std::size_t kTypeCount = std::size(kAllEntityTypes);

int append_to_string(void* channel, const char* text) {
  static_cast<std::string*>(channel)->append(text);
  return 0;
}

int flush_nothing(void* /*channel*/) { return 0; }

// Graphs built here write through this discipline: agwrite's channel is a
// std::string* instead of a FILE*.
Agdisc_t* string_discipline() {
  static Agiodisc_t io{AgIoDisc.afread, append_to_string, flush_nothing};
  static Agdisc_t discipline{&AgMemDisc, &AgIdDisc, &io};
  return &discipline;
}

// cgraph takes char* for names and values; these copies keep literals intact.
void declare(Agraph_t* graph, int kind, std::string_view name, std::string_view value) {
  std::string n(name);
  std::string v(value);
  agattr(graph, kind, n.data(), v.data());
}

void set_attr(void* object, std::string_view name, std::string_view value) {
  std::string n(name);
  std::string v(value);
  std::string no_default;
  agsafeset(object, n.data(), v.data(), no_default.data());
}

Agnode_t* add_node(Agraph_t* graph, const std::string& name) {
  std::string copy = name;
  return agnode(graph, copy.data(), 1);
}

std::string format_number(double value) {
  std::array<char, 32> buffer{};
  const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value,
                                    std::chars_format::fixed, 2);
  return {buffer.data(), result.ptr};
}

void apply_type_style(void* node, EntityType type) {
  const TypeStyle& style = type_style(type);
  set_attr(node, "shape", style.shape);
  set_attr(node, "fillcolor", style.fillcolor);
}

void set_graph_attributes(Agraph_t* graph, const RenderOptions& options, std::string_view engine,
                          std::size_t nodes) {
  set_attr(graph, "layout", engine);
  set_attr(graph, "fontname", kFont);
  set_attr(graph, "outputorder", "edgesfirst");
  set_attr(graph, "pad", "0.3");
  if (!options.title.empty()) {
    set_attr(graph, "label", escape_label(options.title, kMaxTitleChars));
    set_attr(graph, "labelloc", "t");
    set_attr(graph, "fontsize", "18");
  }
  if (engine == "dot") {
    set_attr(graph, "rankdir", "LR");
    set_attr(graph, "nodesep", "0.3");
    set_attr(graph, "ranksep", "0.8");
  } else {
    // Force-directed and circular layouts overlap nodes unless told not to;
    // big sfdp graphs use the cheaper removal (sfdp_overlap). Spline routing
    // around nodes is costly on sfdp-sized graphs, so sfdp draws straight
    // edges.
    set_attr(graph, "overlap", engine == "sfdp" ? sfdp_overlap(nodes) : "false");
    set_attr(graph, "splines", engine == "sfdp" ? "false" : "true");
    set_attr(graph, "sep", "+6");
  }

  declare(graph, AGNODE, "label", "\\N");
  declare(graph, AGNODE, "tooltip", "");
  declare(graph, AGNODE, "style", "filled");
  declare(graph, AGNODE, "shape", "ellipse");
  declare(graph, AGNODE, "fillcolor", "#ffffff");
  declare(graph, AGNODE, "color", "#4d4d4d");
  declare(graph, AGNODE, "penwidth", "0.8");
  declare(graph, AGNODE, "fontname", kFont);
  declare(graph, AGNODE, "fontsize", format_number(kMinNodeSize.fontsize));
  declare(graph, AGNODE, "width", format_number(kMinNodeSize.width));

  declare(graph, AGEDGE, "label", "");
  declare(graph, AGEDGE, "tooltip", "");
  declare(graph, AGEDGE, "dir", "forward");
  declare(graph, AGEDGE, "fontname", kFont);
  declare(graph, AGEDGE, "fontsize", "9");
  declare(graph, AGEDGE, "color", "#707070");
  declare(graph, AGEDGE, "fontcolor", "#303030");
  declare(graph, AGEDGE, "arrowsize", "0.7");
}

struct ScoreRange {
  double min = 0.0;
  double max = 0.0;
};

std::optional<ScoreRange> score_range(const std::vector<double>& scores,
                                      const std::vector<Vertex>& vertices) {
  std::optional<ScoreRange> range;
  for (const Vertex v : vertices) {
    const double score = scores[v];
    if (std::isnan(score)) continue;
    if (!range) range = ScoreRange{score, score};
    range->min = std::min(range->min, score);
    range->max = std::max(range->max, score);
  }
  return range;
}

// Engines that draw clusters; the others ignore them and would scatter the
// legend entries among the entities.
bool draws_clusters(std::string_view engine) { return engine == "dot" || engine == "fdp"; }

// Sets an HTML-like label (Graphviz's <...> strings) on a node.
void set_html_label(Agraph_t* graph, Agnode_t* node, const std::string& html) {
  std::string name = "label";
  Agsym_t* symbol = agattr(graph, AGNODE, name.data(), nullptr);
  std::string copy = html;
  char* value = agstrdup_html(graph, copy.data());
  agxset(node, symbol, value);
  agstrfree(graph, value);
}

// One legend entry: its node's name, its text, and how it is drawn.
struct LegendItem {
  std::string node;
  std::string label;
  std::string_view shape;
  std::string_view fillcolor;
};

// Engines without clusters: one plaintext node whose label is a table of the
// entries' colours and the note (render/legend.h).
void add_legend_table(Agraph_t* graph, const std::vector<LegendItem>& items,
                      const std::string& note) {
  std::vector<LegendRow> rows;
  rows.reserve(items.size());
  for (const LegendItem& item : items) rows.push_back({item.label, item.fillcolor});
  Agnode_t* legend = add_node(graph, "legend");
  set_html_label(graph, legend, legend_table(rows, note));
  set_attr(legend, "shape", "plaintext");
  set_attr(legend, "style", "");
  set_attr(legend, "margin", "0");
}

// Engines that draw clusters: a labelled cluster of one node per entry, in
// the entry's shape and colour, and the note as a plain text node.
void add_legend_cluster(Agraph_t* graph, const std::vector<LegendItem>& items,
                        const std::string& note) {
  std::string name = "cluster_legend";
  Agraph_t* cluster = agsubg(graph, name.data(), 1);
  set_attr(cluster, "label", "Legend");
  set_attr(cluster, "fontname", kFont);
  set_attr(cluster, "fontsize", "12");
  set_attr(cluster, "style", "rounded");
  set_attr(cluster, "color", "#b0b0b0");
  for (const LegendItem& item : items) {
    Agnode_t* node = add_node(cluster, item.node);
    set_attr(node, "label", escape_label(item.label));
    set_attr(node, "tooltip", escape_tooltip(item.label));
    set_attr(node, "shape", item.shape);
    set_attr(node, "fillcolor", item.fillcolor);
  }
  if (!note.empty()) {
    Agnode_t* node = add_node(cluster, "legend_note");
    set_attr(node, "label", escape_label(note, 0));
    set_attr(node, "shape", "plaintext");
    set_attr(node, "style", "");
    set_attr(node, "fontsize", "9");
    set_attr(node, "fontcolor", "#606060");
  }
}

// The legend: `items` and the count of entities left out for having no
// relation, as a cluster or as one table node depending on the engine.
void add_legend(Agraph_t* graph, const std::vector<LegendItem>& items,
                const DrawSelection& selection, std::string_view engine) {
  const std::string note = isolated_note(selection.hidden_isolated);
  if (items.empty() && note.empty()) return;
  if (draws_clusters(engine)) {
    add_legend_cluster(graph, items, note);
  } else {
    add_legend_table(graph, items, note);
  }
}

// The types present, each in its own shape and colour ("legend<type number>").
std::vector<LegendItem> type_legend(const std::array<bool, kTypeCount>& present) {
  std::vector<LegendItem> items;
  for (std::size_t i = 0; i < kTypeCount; ++i) {
    if (!present[i]) continue;
    const EntityType type = kAllEntityTypes[i];
    items.push_back({"legend" + std::to_string(i), std::string(legend_label(type)),
                     type_style(type).shape, type_style(type).fillcolor});
  }
  return items;
}

// The communities drawn, largest first, as boxes in their colour
// ("legendc<entry number>").
std::vector<LegendItem> community_legend(const KnowledgeGraph& g, const CommunityColoring& coloring,
                                         const std::vector<Vertex>& vertices) {
  std::vector<LegendItem> items;
  for (CommunityLegendEntry& entry : coloring.legend(g, vertices)) {
    items.push_back(
        {"legendc" + std::to_string(items.size()), std::move(entry.label), "box", entry.fillcolor});
  }
  return items;
}

// Draws each bundle of relations (render/edge_bundle.h) as one edge; the
// tooltip puts each relation on a line of its own ("\n" after escaping).
void add_edges(Agraph_t* graph, const KnowledgeGraph& g, const DrawSelection& selection,
               const std::vector<Agnode_t*>& nodes, bool all_edges) {
  for (const EdgeBundle& bundle : bundle_edges(g, selection.edges, all_edges)) {
    const Edge strongest = bundle.strongest();
    Agnode_t* tail = nodes[g.source(strongest)];
    Agnode_t* head = nodes[g.target(strongest)];
    if (tail == nullptr || head == nullptr) continue;
    Agedge_t* edge = agedge(graph, tail, head, nullptr, 1);
    set_attr(edge, "label", escape_label(bundle_label(g, bundle)));
    std::string tooltip;
    for (const std::string& line : bundle_tooltip_lines(g, bundle)) {
      if (!tooltip.empty()) tooltip += "\\n";
      tooltip += escape_tooltip(line);
    }
    set_attr(edge, "tooltip", tooltip);
    set_attr(edge, "dir", bundle_direction(bundle));
  }
}

// The focus entity stands out: a thick dark outline, drawn twice.
void highlight_focus(Agnode_t* node) {
  set_attr(node, "penwidth", "3");
  set_attr(node, "color", "#1a1a1a");
  set_attr(node, "peripheries", "2");
}

// How many names a "+N more" node's tooltip lists.
constexpr std::size_t kCollapsedTooltipNames = 20;

// One "+N more" node per collapsed group, joined to its hub by a dashed line;
// the tooltip names the first leaves.
void add_collapsed_groups(Agraph_t* graph, const KnowledgeGraph& g, const DrawSelection& selection,
                          const std::vector<Agnode_t*>& nodes) {
  for (const LeafGroup& group : selection.collapsed) {
    Agnode_t* hub = nodes[group.hub];
    if (hub == nullptr) continue;
    Agnode_t* node = add_node(graph, "more" + std::to_string(group.hub));
    std::string names;
    for (std::size_t i = 0; i < group.leaves.size() && i < kCollapsedTooltipNames; ++i) {
      names += (i == 0 ? "" : ", ") + g.entity(group.leaves[i]).name;
    }
    if (group.leaves.size() > kCollapsedTooltipNames) names += ", ...";
    std::string label = std::to_string(group.leaves.size());
    label.insert(0, 1, '+');
    set_attr(node, "label", label + " more");
    set_attr(node, "tooltip", escape_tooltip(names));
    set_attr(node, "shape", "box");
    set_attr(node, "style", "filled,dashed,rounded");
    set_attr(node, "fillcolor", "#f2f2f2");
    Agedge_t* edge = agedge(graph, hub, node, nullptr, 1);
    set_attr(edge, "style", "dashed");
    set_attr(edge, "dir", "none");
  }
}

}  // namespace

void AgraphCloser::operator()(Agraph_s* graph) const {
  if (graph != nullptr) agclose(graph);
}

AgraphPtr build_agraph(const KnowledgeGraph& g, const DrawSelection& selection,
                       const RenderOptions& options, std::string_view engine) {
  std::string name = "kg";
  AgraphPtr owner(agopen(name.data(), Agdirected, string_discipline()));
  Agraph_t* graph = owner.get();
  if (graph == nullptr) return owner;
  set_graph_attributes(graph, options, engine, selection.vertices.size());

  const std::optional<ScoreRange> range =
      options.scores.empty() ? std::nullopt : score_range(options.scores, selection.vertices);
  std::optional<CommunityColoring> coloring;
  if (options.color == NodeColor::kCommunity) {
    coloring.emplace(g, options.communities, options.scores);
  }
  std::vector<Agnode_t*> nodes(g.entity_count(), nullptr);
  std::array<bool, kTypeCount> present{};
  for (const Vertex v : selection.vertices) {
    const EntityNode& entity = g.entity(v);
    Agnode_t* node = add_node(graph, "n" + std::to_string(v));
    nodes[v] = node;
    present[static_cast<std::size_t>(entity.type)] = true;
    set_attr(node, "label", escape_label(entity.name));
    std::string tooltip = entity.name + " (" + std::string(to_string(entity.type));
    if (coloring) tooltip += ", community " + std::to_string(coloring->community(v));
    set_attr(node, "tooltip", escape_tooltip(tooltip + ")"));
    apply_type_style(node, entity.type);
    if (coloring) set_attr(node, "fillcolor", coloring->color(v));
    if (range) {
      const NodeSize size = node_size(options.scores[v], range->min, range->max);
      set_attr(node, "width", format_number(size.width));
      set_attr(node, "fontsize", format_number(size.fontsize));
    }
    if (selection.focus == v) highlight_focus(node);
  }

  add_edges(graph, g, selection, nodes, options.all_edges);
  add_collapsed_groups(graph, g, selection, nodes);
  add_legend(graph,
             coloring ? community_legend(g, *coloring, selection.vertices) : type_legend(present),
             selection, engine);
  return owner;
}

std::string write_dot(Agraph_s* graph) {
  std::string out;
  agwrite(graph, &out);
  return out;
}

}  // namespace kg::render
