// The graph model: entity types, the triples and entities the extractor
// reads from a document, and KnowledgeGraph, the graph they are merged into
// (entities and relations in a Boost adjacency_list, with an index from
// canonical name and alias to vertex).
//
// EntityType is the closed set of entity kinds kg knows, named as in
// graph.json, triples.jsonl and the gold files ("Person", ...).
//
// KnowledgeGraph merging joins the same entity across documents (same
// canonical name, or a name that is a known alias, after case and diacritic
// folding, when the types are compatible) and merges identical relations
// (same endpoints, predicate and qualifiers; symmetric relations regardless of
// direction), keeping every piece of evidence. The graph owns all its data;
// vertex and edge descriptors stay valid until the next mutation.
#pragma once

#include <boost/graph/adjacency_list.hpp>
#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kg/aliases.h"

namespace kg {

enum class EntityType {
  kPerson,
  kCountry,
  kOrganization,
  kPlace,
  kEvent,
  kAgreement,
  kDate,
  kMoney,
  kOther
};

inline constexpr EntityType kAllEntityTypes[] = {
    EntityType::kPerson, EntityType::kCountry, EntityType::kOrganization,
    EntityType::kPlace,  EntityType::kEvent,   EntityType::kAgreement,
    EntityType::kDate,   EntityType::kMoney,   EntityType::kOther};

// "Person", "Country", ...; "Thing" for kOther.
std::string_view to_string(EntityType type);

// Inverse of to_string ("Other" is also accepted for kOther); nullopt for an
// unknown name. Case-sensitive.
std::optional<EntityType> parse_entity_type(std::string_view name);

// Where a fact was read: the document, the sentence index within it, the byte
// offsets of the sentence in the original file, and the sentence text.
struct Evidence {
  std::string document;  // the path of the file as given, lexically normalised
  int sentence = 0;
  std::size_t start = 0;
  std::size_t end = 0;
  std::string text;

  friend bool operator==(const Evidence&, const Evidence&) = default;
};

// One subject–predicate–object statement.
//   predicate: normalised relation label, lower case ("visited", "prime minister of",
//              "comprehensive strategic partnership").
//   label:     short display label for diagrams ("CSP(2024)"); equals predicate when
//              there is nothing shorter.
//   symmetric: the relation reads the same both ways (met, partnership).
//   qualifiers: key=value facts about the relation ("year" -> "2024").
struct Triple {
  std::string subject;
  EntityType subject_type = EntityType::kOther;
  std::string predicate;
  std::string label;
  std::string object;
  EntityType object_type = EntityType::kOther;
  bool symmetric = false;
  std::map<std::string, std::string> qualifiers;
  double confidence = 1.0;  // in [0, 1]; the extractor gives three decimals
  Evidence evidence;
};

// Why the extractor tied one mention of a document to its entity record.
enum class MentionRule {
  kFirstMention,   // the first mention: it made the entity
  kSameName,       // the entity's name or one of its other names, as written
  kFoldedName,     // the same name but for case or diacritics ("Munoz", "Muñoz")
  kLexiconName,    // a lexicon form of the name: a demonym, an abbreviation
                   // ("Malaysian", "U.S.")
  kFullerName,     // a fuller name of an entity named shorter before
  kShortForm,      // part of the name: a person's surname, a company without
                   // its company words ("Anwar", "Brauer")
  kAcronym,        // the initials of the name, or written after it in brackets
  kPronoun,        // he, she, his, her, its, it
  kRoleReference,  // a title standing for a person ("the Party chief")
  kDescription,    // a common noun standing for a named organisation, event or
                   // agreement ("the company", "the tournament", "the pact")
};

inline constexpr MentionRule kAllMentionRules[] = {
    MentionRule::kFirstMention, MentionRule::kSameName,   MentionRule::kFoldedName,
    MentionRule::kLexiconName,  MentionRule::kFullerName, MentionRule::kShortForm,
    MentionRule::kAcronym,      MentionRule::kPronoun,    MentionRule::kRoleReference,
    MentionRule::kDescription};

// "first mention", "same name", "case or diacritics", "lexicon name",
// "fuller name", "short form", "acronym", "pronoun", "role reference",
// "description".
std::string_view to_string(MentionRule rule);
// The rule to_string names; nullopt for any other string.
std::optional<MentionRule> parse_mention_rule(std::string_view name);

// One mention of an entity in a document: the words as written (titles left
// out of names), the sentence index, and the rule that tied it.
struct MentionRecord {
  std::string text;
  int sentence = 0;
  MentionRule rule = MentionRule::kFirstMention;

  friend bool operator==(const MentionRecord&, const MentionRecord&) = default;
};

// An entity as resolved within one document: its canonical (fullest proper)
// name, its type, the other names the document used for it, how often it was
// named, and every mention tied to it (names and references, in text order).
struct EntityRecord {
  std::string name;
  EntityType type = EntityType::kOther;
  std::vector<std::string> aliases;
  int mentions = 0;
  std::vector<MentionRecord> mention_records{};
};

// Text of a document that was not read for facts (boilerplate: a byline, a
// photo caption, a related-articles list, a repeated paragraph), with the
// reason, so that nothing is dropped silently. Offsets are bytes of the file.
struct RemovedText {
  std::size_t start = 0;
  std::size_t end = 0;
  std::string reason;
  std::string text;

  friend bool operator==(const RemovedText&, const RemovedText&) = default;
};

// Everything extracted from one document. Every triple's subject and object is
// the name of an EntityRecord in `entities`.
struct DocumentExtraction {
  std::string document;  // the path of the file as given (see Evidence)
  std::string title;     // headline, if the cleaner found one
  int sentences = 0;
  std::vector<EntityRecord> entities;
  std::vector<Triple> triples;
  std::vector<RemovedText> removed;  // in document order
};

struct EntityNode {
  std::string name;
  EntityType type = EntityType::kOther;
  std::set<std::string> aliases;    // other names, never including `name`
  std::set<std::string> documents;  // documents that mention it
  int mentions = 0;

  friend bool operator==(const EntityNode&, const EntityNode&) = default;
};

struct RelationEdge {
  std::string predicate;
  std::string label;
  bool symmetric = false;
  std::map<std::string, std::string> qualifiers;
  double confidence = 0.0;  // highest confidence of any merged triple
  std::vector<Evidence> evidence;

  friend bool operator==(const RelationEdge&, const RelationEdge&) = default;
};

struct DocumentInfo {
  std::string name;
  std::string title;
  int sentences = 0;
  // What the cleaner left out as boilerplate (DocumentExtraction::removed):
  // spans, and the UTF-8 characters in them.
  int removed_paragraphs = 0;
  std::size_t removed_characters = 0;

  friend bool operator==(const DocumentInfo&, const DocumentInfo&) = default;
};

// The Boost graph holds the structure only: vertex v is entity v, and an
// edge's bundled property is the index of its RelationEdge in the
// KnowledgeGraph. Keeping the (large, string-holding) properties out of the
// adjacency lists keeps those lists small and close together in memory.
using RelationIndex = std::size_t;
using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS,
                                    boost::no_property, RelationIndex>;
using Vertex = boost::graph_traits<Graph>::vertex_descriptor;
using Edge = boost::graph_traits<Graph>::edge_descriptor;

// The two ends of a relation, as vertex numbers.
struct RelationEnds {
  std::uint32_t source = 0;
  std::uint32_t target = 0;
};

// Why KnowledgeGraph::add_entity put an entity record where it did (names
// compared folded: case, diacritics).
enum class JoinRule {
  kNewEntity,           // nothing matched: the record became a new entity
  kSameName,            // its name is the entity's name
  kNameIsAlias,         // its name is one of the entity's aliases
  kAliasIsName,         // one of its aliases is the entity's name
  kForcedByAliases,     // a "same" decision of the aliases file joined it
  kKeptApartByAliases,  // a new entity because "different" decisions forbade
                        // every match
};

// "new entity", "same name", "name is an alias", "alias is the name",
// "forced by aliases file", "kept apart by aliases file".
std::string_view to_string(JoinRule rule);

// Where add_document put one entity record of a document: one of the
// document's entities (listed), or a triple's end the document did not list
// (added bare, with no mentions).
struct EntityJoin {
  EntityRecord record;
  bool listed = true;
  Vertex vertex = 0;
  JoinRule rule = JoinRule::kNewEntity;
};

class KnowledgeGraph {
 public:
  // The user's decisions (kg/aliases.h) that add_entity applies from now on;
  // set them before adding documents.
  void set_aliases(AliasDecisions decisions) { aliases_ = std::move(decisions); }

  // Adds a document's entities and triples, merging as described above; with
  // `joins`, appends where each entity record went and why.
  void add_document(const DocumentExtraction& doc, std::vector<EntityJoin>* joins = nullptr);

  // Adds or merges one entity; returns its vertex. Aliases are added to the index.
  // A name matches a vertex when its folded form equals the vertex's folded
  // name or one of its folded aliases, or one of the record's aliases equals
  // the vertex's folded name, and the types are equal or one is kOther (the
  // specific type wins). Name matches win over alias matches. The aliases
  // decisions, compared on canonical names, override this: "different" rules
  // out a vertex (the next match, or a new entity); "same" joins a record
  // with no same-name match to the vertex named as its declared partner (the
  // most mentioned, then the oldest), whatever the types. With `rule`,
  // stores which match placed it.
  Vertex add_entity(const EntityRecord& entity, const std::string& document = {},
                    JoinRule* rule = nullptr);

  // Adds or merges one relation between existing vertices: evidence not yet
  // present is appended, the confidence becomes the maximum, an empty label
  // takes the predicate.
  Edge add_relation(Vertex source, Vertex target, const RelationEdge& relation);

  // Adds a vertex exactly as given, without merging (loaders rebuilding a
  // saved graph). Its name and aliases are indexed for find().
  Vertex append_entity(EntityNode node);

  // Adds an edge exactly as given, without merging.
  Edge append_relation(Vertex source, Vertex target, RelationEdge relation);

  // Room for this many entities and relations in all (loaders that know the
  // counts: the adjacency lists are then allocated close together).
  void reserve(std::size_t entities, std::size_t relations);

  // Finds an entity by canonical name or alias: exact canonical name first,
  // then folded canonical name, then folded alias. When several vertices match
  // at the first level that matches, the one with the most mentions wins if it
  // is the only one with that count; otherwise the result is nullopt.
  std::optional<Vertex> find(std::string_view name) const;

  // Every entity `name` names at the first level of find() that matches
  // (exact canonical name, folded canonical name, folded alias), ascending;
  // empty when none does.
  std::vector<Vertex> find_all(std::string_view name) const;

  const Graph& graph() const { return graph_; }
  const EntityNode& entity(Vertex v) const { return entities_[v]; }
  const RelationEdge& relation(Edge e) const { return relations_[graph_[e]]; }
  Vertex source(Edge e) const { return boost::source(e, graph_); }
  Vertex target(Edge e) const { return boost::target(e, graph_); }
  std::size_t entity_count() const { return boost::num_vertices(graph_); }
  std::size_t relation_count() const { return boost::num_edges(graph_); }
  // The ends of every relation in the order added (the edge whose property is
  // i has ends relation_ends()[i]): one flat array that the analytics turn
  // into their adjacency (graph/adjacency.h) without walking the Boost lists.
  std::span<const RelationEnds> relation_ends() const { return ends_; }
  const std::vector<DocumentInfo>& documents() const { return documents_; }
  // Records a document; a document already known by name is replaced.
  void add_document_info(DocumentInfo info);

 private:
  Graph graph_;
  std::vector<EntityNode> entities_;     // per vertex
  std::vector<RelationEdge> relations_;  // indexed by the edges' property
  std::vector<RelationEnds> ends_;       // likewise
  std::vector<DocumentInfo> documents_;
  std::multimap<std::string, Vertex> index_;  // folded name or alias -> vertex
  std::vector<std::string> folded_names_;     // per vertex: fold_name(name)
  AliasDecisions aliases_;

  void index_key(const std::string& key, Vertex v);
  void index_names(Vertex v);
  std::optional<std::pair<Vertex, JoinRule>> find_merge_target(
      const std::string& key, const std::vector<std::string>& alias_keys, EntityType type,
      bool* kept_apart) const;
  std::optional<Vertex> find_forced_target(const std::string& key) const;
};

}  // namespace kg
