// What changed between two graphs of the same corpus at two moments (two
// builds, or a store before and after adds): entities added, removed, renamed,
// merged, split or regrouped; relations added and removed; the entities whose
// centrality changed most.
//
// Entities are matched by name: an entity of the old graph is linked to an
// entity of the new one when the new one's name or one of its aliases is the
// old one's name, or the new one's name is one of the old one's aliases, and
// their types are compatible (equal, or one is Thing). The links group the
// entities of both graphs into correspondence groups (connected components of
// the links); a group's kind follows from its sizes: one old entity and one
// new one of the same name is unchanged, of another name renamed; several old
// and one new merged; one old and several new split; several of both
// regrouped; no old entity added; no new one removed.
//
// Relations are compared by (group of source, predicate, qualifiers, group of
// target), both ends in either order for symmetric relations, so that a merge
// alone adds or removes no relation. A group's centrality is the sum of its
// members' scores in each graph.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "kg/analytics.h"
#include "kg/graph.h"

namespace kg {

enum class EntityChangeKind { kAdded, kRemoved, kRenamed, kMerged, kSplit, kRegrouped };

// "added", "removed", "renamed", "merged", "split", "regrouped".
std::string_view to_string(EntityChangeKind kind);

// One correspondence group that changed: the names of its old and new
// entities, each list sorted.
struct EntityChange {
  EntityChangeKind kind = EntityChangeKind::kAdded;
  std::vector<std::string> before;
  std::vector<std::string> after;
};

// A relation as the diff reports it, by the names of its ends in the graph
// that holds it.
struct RelationChange {
  std::string source;
  std::string predicate;
  std::string target;
  std::map<std::string, std::string> qualifiers;
};

// A group's centrality in both graphs; `name` is its new names joined by
// " + " (its old ones when it was removed).
struct CentralityChange {
  std::string name;
  double before = 0.0;
  double after = 0.0;
};

struct GraphDiff {
  std::vector<EntityChange> entities;  // by kind, then by names
  std::vector<RelationChange> added_relations;
  std::vector<RelationChange> removed_relations;  // each list sorted
  std::vector<CentralityChange> centrality;       // largest |after - before| first, ties by name
};

struct DiffOptions {
  Centrality measure = Centrality::kPageRank;
  CentralityOptions centrality;
  std::size_t top = 10;  // centrality changes listed (0: every group that changed)
};

// Names joined by " + " ("Lam + To Lam"), as groups are shown.
std::string join_names(const std::vector<std::string>& names);

GraphDiff diff_graphs(const KnowledgeGraph& before, const KnowledgeGraph& after,
                      const DiffOptions& options = {});

// The changed neighbourhood as a graph to draw, added to `drawing` (which
// should be empty): every entity of a changed group and every end of an added
// or removed relation, one node per name (as in the new graph when it has
// that name, else as in the old); the added relations labelled "+ label", the
// removed ones "- label", and for a renamed, merged, split or regrouped group
// a relation "merged into" (renamed to, split into, regrouped into) from each
// old name to each new name that differs from it.
void add_changes(const KnowledgeGraph& before, const KnowledgeGraph& after, const GraphDiff& diff,
                 KnowledgeGraph& drawing);

}  // namespace kg
