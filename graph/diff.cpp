#include "kg/diff.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <set>
#include <tuple>
#include <unordered_map>
#include <utility>

namespace kg {
namespace {

bool compatible(EntityType a, EntityType b) {
  return a == b || a == EntityType::kOther || b == EntityType::kOther;
}

// Union-find over the entities of both graphs: old vertex v is v, new
// vertex w is old_count + w.
class Groups {
 public:
  explicit Groups(std::size_t n) : parent_(n) { std::iota(parent_.begin(), parent_.end(), 0); }
  std::size_t find(std::size_t x) {
    while (parent_[x] != x) x = parent_[x] = parent_[parent_[x]];
    return x;
  }
  void join(std::size_t a, std::size_t b) {
    a = find(a);
    b = find(b);
    if (a != b) parent_[std::max(a, b)] = std::min(a, b);
  }

 private:
  std::vector<std::size_t> parent_;
};

std::unordered_map<std::string, std::vector<Vertex>> by_name(const KnowledgeGraph& g) {
  std::unordered_map<std::string, std::vector<Vertex>> index;
  for (Vertex v = 0; v < g.entity_count(); ++v) index[g.entity(v).name].push_back(v);
  return index;
}

// Joins every old entity to the new entities that carry its name (as name or
// alias) or whose name it carries as an alias.
Groups link_entities(const KnowledgeGraph& before, const KnowledgeGraph& after) {
  const std::size_t offset = before.entity_count();
  Groups groups(offset + after.entity_count());
  const auto old_names = by_name(before);
  const auto new_names = by_name(after);
  auto link = [&](const std::unordered_map<std::string, std::vector<Vertex>>& index,
                  const std::string& name, EntityType type, auto&& join) {
    auto it = index.find(name);
    if (it == index.end()) return;
    for (Vertex v : it->second) join(v, type);
  };
  for (Vertex w = 0; w < after.entity_count(); ++w) {
    const EntityNode& node = after.entity(w);
    auto join = [&](Vertex v, EntityType type) {
      if (compatible(before.entity(v).type, type)) groups.join(v, offset + w);
    };
    link(old_names, node.name, node.type, join);
    for (const std::string& alias : node.aliases) link(old_names, alias, node.type, join);
  }
  for (Vertex v = 0; v < before.entity_count(); ++v) {
    const EntityNode& node = before.entity(v);
    auto join = [&](Vertex w, EntityType type) {
      if (compatible(after.entity(w).type, type)) groups.join(v, offset + w);
    };
    for (const std::string& alias : node.aliases) link(new_names, alias, node.type, join);
  }
  return groups;
}

struct Group {
  std::vector<std::string> before;
  std::vector<std::string> after;
  double score_before = 0.0;
  double score_after = 0.0;
};

EntityChangeKind kind_of(const Group& group) {
  if (group.before.empty()) return EntityChangeKind::kAdded;
  if (group.after.empty()) return EntityChangeKind::kRemoved;
  if (group.before.size() == 1 && group.after.size() == 1) return EntityChangeKind::kRenamed;
  if (group.after.size() == 1) return EntityChangeKind::kMerged;
  if (group.before.size() == 1) return EntityChangeKind::kSplit;
  return EntityChangeKind::kRegrouped;
}

using RelationKey =
    std::tuple<std::size_t, std::string, std::map<std::string, std::string>, std::size_t>;

// Every relation of `g` by key, with the first relation of each key as
// reported. `group_of` maps a vertex of g to its group.
template <typename GroupOf>
std::map<RelationKey, RelationChange> relation_keys(const KnowledgeGraph& g, GroupOf group_of) {
  std::map<RelationKey, RelationChange> keys;
  for (auto [it, end] = boost::edges(g.graph()); it != end; ++it) {
    const RelationEdge& r = g.relation(*it);
    const Vertex s = g.source(*it);
    const Vertex t = g.target(*it);
    std::size_t a = group_of(s);
    std::size_t b = group_of(t);
    if (r.symmetric && b < a) std::swap(a, b);
    keys.emplace(RelationKey{a, r.predicate, r.qualifiers, b},
                 RelationChange{g.entity(s).name, r.predicate, g.entity(t).name, r.qualifiers});
  }
  return keys;
}

bool relation_less(const RelationChange& a, const RelationChange& b) {
  return std::tie(a.source, a.predicate, a.target, a.qualifiers) <
         std::tie(b.source, b.predicate, b.target, b.qualifiers);
}

// The relations whose key is in `from` but not in `other`, sorted.
std::vector<RelationChange> missing_from(const std::map<RelationKey, RelationChange>& from,
                                         const std::map<RelationKey, RelationChange>& other) {
  std::vector<RelationChange> out;
  for (const auto& [key, relation] : from)
    if (!other.count(key)) out.push_back(relation);
  std::sort(out.begin(), out.end(), relation_less);
  return out;
}

}  // namespace

std::string_view to_string(EntityChangeKind kind) {
  switch (kind) {
    case EntityChangeKind::kAdded:
      return "added";
    case EntityChangeKind::kRemoved:
      return "removed";
    case EntityChangeKind::kRenamed:
      return "renamed";
    case EntityChangeKind::kMerged:
      return "merged";
    case EntityChangeKind::kSplit:
      return "split";
    case EntityChangeKind::kRegrouped:
      return "regrouped";
  }
  return "changed";
}

std::string join_names(const std::vector<std::string>& names) {
  std::string out;
  for (const std::string& name : names) out += (out.empty() ? "" : " + ") + name;
  return out;
}

GraphDiff diff_graphs(const KnowledgeGraph& before, const KnowledgeGraph& after,
                      const DiffOptions& options) {
  const std::size_t offset = before.entity_count();
  Groups links = link_entities(before, after);
  const std::vector<double> old_scores = centrality(before, options.measure, options.centrality);
  const std::vector<double> new_scores = centrality(after, options.measure, options.centrality);

  // Groups numbered by their root, in order of first appearance.
  std::vector<std::size_t> group_of(offset + after.entity_count());
  std::unordered_map<std::size_t, std::size_t> number;
  std::vector<Group> groups;
  for (std::size_t x = 0; x < group_of.size(); ++x) {
    auto [it, fresh] = number.emplace(links.find(x), groups.size());
    if (fresh) groups.emplace_back();
    group_of[x] = it->second;
    Group& group = groups[it->second];
    if (x < offset) {
      group.before.push_back(before.entity(x).name);
      group.score_before += old_scores[x];
    } else {
      group.after.push_back(after.entity(x - offset).name);
      group.score_after += new_scores[x - offset];
    }
  }

  GraphDiff diff;
  std::vector<CentralityChange> changes;
  for (Group& group : groups) {
    std::sort(group.before.begin(), group.before.end());
    std::sort(group.after.begin(), group.after.end());
    const bool same = group.before.size() == 1 && group.after == group.before;
    if (!same) diff.entities.push_back({kind_of(group), group.before, group.after});
    if (group.score_after != group.score_before) {
      changes.push_back({join_names(group.after.empty() ? group.before : group.after),
                         group.score_before, group.score_after});
    }
  }
  std::sort(diff.entities.begin(), diff.entities.end(),
            [](const EntityChange& a, const EntityChange& b) {
              return std::tie(a.kind, a.before, a.after) < std::tie(b.kind, b.before, b.after);
            });
  std::sort(changes.begin(), changes.end(),
            [](const CentralityChange& a, const CentralityChange& b) {
              const double da = std::abs(a.after - a.before);
              const double db = std::abs(b.after - b.before);
              return da != db ? da > db : a.name < b.name;
            });
  if (options.top > 0 && changes.size() > options.top) changes.resize(options.top);
  diff.centrality = std::move(changes);

  const auto old_keys = relation_keys(before, [&](Vertex v) { return group_of[v]; });
  const auto new_keys = relation_keys(after, [&](Vertex w) { return group_of[offset + w]; });
  diff.added_relations = missing_from(new_keys, old_keys);
  diff.removed_relations = missing_from(old_keys, new_keys);
  return diff;
}

namespace {

// The nodes of a drawing of changes, one per name.
class DrawingNodes {
 public:
  DrawingNodes(const KnowledgeGraph& before, const KnowledgeGraph& after, KnowledgeGraph& drawing)
      : old_names_(by_name(before)),
        new_names_(by_name(after)),
        before_(before),
        after_(after),
        drawing_(drawing) {}

  // The node of `name`: the new graph's entity of that name, else the old one's.
  Vertex node(const std::string& name) {
    auto known = nodes_.find(name);
    if (known != nodes_.end()) return known->second;
    EntityNode entity;
    if (auto it = new_names_.find(name); it != new_names_.end()) {
      entity = after_.entity(it->second.front());
    } else if (auto old = old_names_.find(name); old != old_names_.end()) {
      entity = before_.entity(old->second.front());
    } else {
      entity.name = name;
    }
    const Vertex v = drawing_.append_entity(std::move(entity));
    nodes_.emplace(name, v);
    return v;
  }

 private:
  std::unordered_map<std::string, std::vector<Vertex>> old_names_;
  std::unordered_map<std::string, std::vector<Vertex>> new_names_;
  const KnowledgeGraph& before_;
  const KnowledgeGraph& after_;
  KnowledgeGraph& drawing_;
  std::unordered_map<std::string, Vertex> nodes_;
};

// "merged into", "renamed to" ...: how an old name became a new one.
std::string becomes(EntityChangeKind kind) {
  return kind == EntityChangeKind::kRenamed ? "renamed to" : std::string(to_string(kind)) + " into";
}

}  // namespace

void add_changes(const KnowledgeGraph& before, const KnowledgeGraph& after, const GraphDiff& diff,
                 KnowledgeGraph& drawing) {
  DrawingNodes nodes(before, after, drawing);
  for (const EntityChange& change : diff.entities) {
    for (const std::string& name : change.before) nodes.node(name);
    for (const std::string& name : change.after) nodes.node(name);
    for (const std::string& from : change.before) {
      for (const std::string& into : change.after) {
        if (from == into) continue;
        RelationEdge edge;
        edge.predicate = becomes(change.kind);
        edge.label = edge.predicate;
        drawing.append_relation(nodes.node(from), nodes.node(into), std::move(edge));
      }
    }
  }
  auto draw = [&](const std::vector<RelationChange>& relations, const char* sign) {
    for (const RelationChange& r : relations) {
      RelationEdge edge;
      edge.predicate = r.predicate;
      edge.label = sign + r.predicate;
      edge.qualifiers = r.qualifiers;
      drawing.append_relation(nodes.node(r.source), nodes.node(r.target), std::move(edge));
    }
  };
  draw(diff.added_relations, "+ ");
  draw(diff.removed_relations, "- ");
}

}  // namespace kg
