#include <algorithm>
#include <tuple>
#include <unordered_map>
#include <utility>

#include "base/name_fold.h"
#include "base/utf8.h"
#include "kg/graph.h"

namespace kg {

namespace {

bool compatible(EntityType a, EntityType b) {
  return a == b || a == EntityType::kOther || b == EntityType::kOther;
}

// Among `candidates`, the vertex with the most mentions if no other has as
// many; nullopt when the set is empty or the best count is shared.
std::optional<Vertex> unique_most_mentioned(const std::vector<EntityNode>& g,
                                            const std::vector<Vertex>& candidates) {
  std::optional<Vertex> best;
  bool tied = false;
  for (Vertex v : candidates) {
    if (best && *best == v) continue;
    if (!best || g[v].mentions > g[*best].mentions) {
      best = v;
      tied = false;
    } else if (g[v].mentions == g[*best].mentions) {
      tied = true;
    }
  }
  if (tied) return std::nullopt;
  return best;
}

void merge_evidence(RelationEdge& into, const RelationEdge& from) {
  for (const Evidence& e : from.evidence) {
    if (std::find(into.evidence.begin(), into.evidence.end(), e) == into.evidence.end()) {
      into.evidence.push_back(e);
    }
  }
  into.confidence = std::max(into.confidence, from.confidence);
  if (into.label.empty()) into.label = from.label.empty() ? from.predicate : from.label;
}

bool same_relation(const RelationEdge& a, const RelationEdge& b) {
  return a.predicate == b.predicate && a.qualifiers == b.qualifiers;
}

}  // namespace

void KnowledgeGraph::index_key(const std::string& key, Vertex v) {
  if (key.empty()) return;
  auto [first, last] = index_.equal_range(key);
  for (auto it = first; it != last; ++it) {
    if (it->second == v) return;
  }
  index_.emplace(key, v);
}

void KnowledgeGraph::index_names(Vertex v) {
  index_key(folded_names_[v], v);
  for (const std::string& alias : entities_[v].aliases) index_key(fold_name(alias), v);
}

std::optional<std::pair<Vertex, JoinRule>> KnowledgeGraph::find_merge_target(
    const std::string& key, const std::vector<std::string>& alias_keys, EntityType type,
    bool* kept_apart) const {
  // Rank: name match before alias match, equal type before kOther, more
  // mentions, older vertex.
  std::optional<std::pair<Vertex, JoinRule>> best;
  std::tuple<int, int, int> best_rank{};
  auto consider = [&](Vertex v, JoinRule rule) {
    const EntityNode& node = entities_[v];
    if (!compatible(node.type, type)) return;
    if (aliases_.apart(key, folded_names_[v])) {
      *kept_apart = true;
      return;
    }
    const int tier = rule == JoinRule::kSameName ? 0 : 1;
    const std::tuple<int, int, int> rank{-tier, node.type == type ? 1 : 0, node.mentions};
    if (!best || rank > best_rank || (rank == best_rank && v < best->first)) {
      best = {v, rule};
      best_rank = rank;
    }
  };
  if (!key.empty()) {
    auto [first, last] = index_.equal_range(key);
    for (auto it = first; it != last; ++it) {
      consider(it->second,
               folded_names_[it->second] == key ? JoinRule::kSameName : JoinRule::kNameIsAlias);
    }
  }
  for (const std::string& alias_key : alias_keys) {
    auto [first, last] = index_.equal_range(alias_key);
    for (auto it = first; it != last; ++it) {
      if (folded_names_[it->second] == alias_key) consider(it->second, JoinRule::kAliasIsName);
    }
  }
  return best;
}

std::optional<Vertex> KnowledgeGraph::find_forced_target(const std::string& key) const {
  auto partners = aliases_.same.find(key);
  if (partners == aliases_.same.end()) return std::nullopt;
  std::optional<Vertex> best;
  for (const std::string& partner : partners->second) {
    auto [first, last] = index_.equal_range(partner);
    for (auto it = first; it != last; ++it) {
      const Vertex v = it->second;
      if (folded_names_[v] != partner) continue;
      if (!best || entities_[v].mentions > entities_[*best].mentions ||
          (entities_[v].mentions == entities_[*best].mentions && v < *best))
        best = v;
    }
  }
  return best;
}

Vertex KnowledgeGraph::add_entity(const EntityRecord& entity, const std::string& document,
                                  JoinRule* rule) {
  const std::string key = fold_name(entity.name);
  std::vector<std::string> alias_keys;
  for (const std::string& alias : entity.aliases) {
    std::string folded = fold_name(alias);
    if (!folded.empty() && folded != key) alias_keys.push_back(std::move(folded));
  }
  std::optional<std::pair<Vertex, JoinRule>> target;
  bool kept_apart = false;
  if (!key.empty()) target = find_merge_target(key, alias_keys, entity.type, &kept_apart);
  if (!key.empty() && (!target || target->second != JoinRule::kSameName)) {
    if (auto forced = find_forced_target(key)) target = {{*forced, JoinRule::kForcedByAliases}};
  }
  if (rule) {
    *rule = target       ? target->second
            : kept_apart ? JoinRule::kKeptApartByAliases
                         : JoinRule::kNewEntity;
  }
  if (!target) {
    EntityNode node;
    node.name = entity.name;
    node.type = entity.type;
    for (const std::string& alias : entity.aliases) {
      if (alias != entity.name && !alias.empty()) node.aliases.insert(alias);
    }
    if (!document.empty()) node.documents.insert(document);
    node.mentions = entity.mentions;
    return append_entity(std::move(node));
  }
  const Vertex v = target->first;
  EntityNode& node = entities_[v];
  if (node.type == EntityType::kOther) node.type = entity.type;
  if (entity.name != node.name && !entity.name.empty()) node.aliases.insert(entity.name);
  for (const std::string& alias : entity.aliases) {
    if (alias != node.name && !alias.empty()) node.aliases.insert(alias);
  }
  if (!document.empty()) node.documents.insert(document);
  node.mentions += entity.mentions;
  index_names(v);
  return v;
}

Vertex KnowledgeGraph::append_entity(EntityNode node) {
  node.aliases.erase(node.name);
  const Vertex v = boost::add_vertex(graph_);
  entities_.push_back(std::move(node));
  folded_names_.resize(boost::num_vertices(graph_));
  folded_names_[v] = fold_name(entities_[v].name);
  index_names(v);
  return v;
}

Edge KnowledgeGraph::add_relation(Vertex source, Vertex target, const RelationEdge& relation) {
  for (auto [it, end] = boost::out_edges(source, graph_); it != end; ++it) {
    if (boost::target(*it, graph_) == target && same_relation(relations_[graph_[*it]], relation)) {
      merge_evidence(relations_[graph_[*it]], relation);
      return *it;
    }
  }
  if (relation.symmetric) {
    for (auto [it, end] = boost::out_edges(target, graph_); it != end; ++it) {
      const RelationEdge& existing = relations_[graph_[*it]];
      if (boost::target(*it, graph_) == source && existing.symmetric &&
          same_relation(existing, relation)) {
        merge_evidence(relations_[graph_[*it]], relation);
        return *it;
      }
    }
  }
  RelationEdge copy = relation;
  if (copy.label.empty()) copy.label = copy.predicate;
  copy.evidence.clear();
  merge_evidence(copy, relation);
  return append_relation(source, target, std::move(copy));
}

Edge KnowledgeGraph::append_relation(Vertex source, Vertex target, RelationEdge relation) {
  relations_.push_back(std::move(relation));
  ends_.push_back({static_cast<std::uint32_t>(source), static_cast<std::uint32_t>(target)});
  return boost::add_edge(source, target, relations_.size() - 1, graph_).first;
}

void KnowledgeGraph::reserve(std::size_t entities, std::size_t relations) {
  entities_.reserve(entities);
  folded_names_.reserve(entities);
  relations_.reserve(relations);
  ends_.reserve(relations);
}

void KnowledgeGraph::add_document_info(DocumentInfo info) {
  for (DocumentInfo& known : documents_) {
    if (known.name == info.name) {
      known = std::move(info);
      return;
    }
  }
  documents_.push_back(std::move(info));
}

std::string_view to_string(JoinRule rule) {
  switch (rule) {
    case JoinRule::kNewEntity:
      return "new entity";
    case JoinRule::kSameName:
      return "same name";
    case JoinRule::kNameIsAlias:
      return "name is an alias";
    case JoinRule::kAliasIsName:
      return "alias is the name";
    case JoinRule::kForcedByAliases:
      return "forced by aliases file";
    case JoinRule::kKeptApartByAliases:
      return "kept apart by aliases file";
  }
  return "joined";
}

void KnowledgeGraph::add_document(const DocumentExtraction& doc, std::vector<EntityJoin>* joins) {
  std::size_t removed_characters = 0;
  for (const RemovedText& r : doc.removed) removed_characters += utf8_length(r.text);
  add_document_info({doc.document, doc.title, doc.sentences, static_cast<int>(doc.removed.size()),
                     removed_characters});
  // A document may use one name for entities of different types ("Georgia"
  // the country and the person): resolve triple ends by name and type.
  std::unordered_map<std::string, std::vector<Vertex>> local;
  for (const EntityRecord& entity : doc.entities) {
    JoinRule rule = JoinRule::kNewEntity;
    const Vertex v = add_entity(entity, doc.document, &rule);
    local[entity.name].push_back(v);
    if (joins) joins->push_back({entity, true, v, rule});
  }
  auto resolve = [&](const std::string& name, EntityType type) {
    std::vector<Vertex>& known = local[name];
    std::optional<Vertex> compatible_match;
    for (Vertex v : known) {
      if (entities_[v].type == type) return v;
      if (!compatible_match && compatible(entities_[v].type, type)) compatible_match = v;
    }
    if (compatible_match) return *compatible_match;
    // A triple naming an entity the document did not list: add it bare.
    const EntityRecord bare{name, type, {}, 0};
    JoinRule rule = JoinRule::kNewEntity;
    const Vertex v = add_entity(bare, doc.document, &rule);
    known.push_back(v);
    if (joins) joins->push_back({bare, false, v, rule});
    return v;
  };
  for (const Triple& t : doc.triples) {
    const Vertex s = resolve(t.subject, t.subject_type);
    const Vertex o = resolve(t.object, t.object_type);
    RelationEdge relation;
    relation.predicate = t.predicate;
    relation.label = t.label.empty() ? t.predicate : t.label;
    relation.symmetric = t.symmetric;
    relation.qualifiers = t.qualifiers;
    relation.confidence = t.confidence;
    Evidence evidence = t.evidence;
    if (evidence.document.empty()) evidence.document = doc.document;
    relation.evidence.push_back(std::move(evidence));
    add_relation(s, o, relation);
  }
}

std::vector<Vertex> KnowledgeGraph::find_all(std::string_view name) const {
  const std::string key = fold_name(name);
  if (key.empty()) return {};
  auto [first, last] = index_.equal_range(key);
  std::vector<Vertex> exact;
  std::vector<Vertex> folded;
  std::vector<Vertex> alias;
  for (auto it = first; it != last; ++it) {
    const Vertex v = it->second;
    if (entities_[v].name == name) {
      exact.push_back(v);
    } else if (folded_names_[v] == key) {
      folded.push_back(v);
    } else {
      alias.push_back(v);
    }
  }
  for (std::vector<Vertex>* level : {&exact, &folded, &alias}) {
    if (level->empty()) continue;
    std::sort(level->begin(), level->end());
    level->erase(std::unique(level->begin(), level->end()), level->end());
    return std::move(*level);
  }
  return {};
}

std::optional<Vertex> KnowledgeGraph::find(std::string_view name) const {
  const std::vector<Vertex> matches = find_all(name);
  if (matches.empty()) return std::nullopt;
  return unique_most_mentioned(entities_, matches);
}

}  // namespace kg
