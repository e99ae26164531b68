// The RDF description of a KnowledgeGraph, shared by the JSON-LD and
// N-Triples exporters so both always state the same triples.
//
// Entities:   urn:kg:entity:<percent-encoded name> (";v=<vertex>" appended for
//             the second and later vertices sharing a name), typed with
//             schema.org / kg classes, with schema:name, schema:alternateName,
//             kg:mentions, kg:document.
// Relations:  one direct property kg:<predicate> from subject to object, plus
//             a statement node urn:kg:relation:<edge index> (rdf:Statement)
//             with rdf:subject/predicate/object, kg:label, kg:predicate,
//             kg:symmetric, kg:confidence, kg:qualifier nodes (kg:key,
//             kg:value) and prov:wasDerivedFrom evidence nodes (kg:document,
//             kg:sentence, kg:start, kg:end, kg:text).
// Every literal is valid UTF-8 (bad bytes become U+FFFD); every IRI is ASCII;
// a non-finite confidence is stated as 0.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "kg/graph.h"

namespace kg::rdf {

inline constexpr std::string_view kSchema = "http://schema.org/";
inline constexpr std::string_view kProv = "http://www.w3.org/ns/prov#";
inline constexpr std::string_view kRdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
inline constexpr std::string_view kXsd = "http://www.w3.org/2001/XMLSchema#";
inline constexpr std::string_view kVocab = "urn:kg:vocab:";
inline constexpr std::string_view kEntityBase = "urn:kg:entity:";
inline constexpr std::string_view kRelationBase = "urn:kg:relation:";

// An RDF object: an IRI, or a literal with an optional datatype IRI (empty
// datatype = plain xsd:string).
struct Term {
  bool is_iri = false;
  std::string value;
  std::string datatype;
};

struct Property {
  std::string predicate;  // full IRI
  Term object;
};

// One subject with its rdf:type values and other properties, in output order.
struct Node {
  std::string iri;
  std::vector<std::string> types;  // full IRIs
  std::vector<Property> properties;
};

// "urn:kg:entity:" + percent-encoded UTF-8 name (only unreserved characters kept).
std::string entity_iri(std::string_view name);

// "urn:kg:vocab:" + predicate with spaces as '_' and every other character
// outside [A-Za-z0-9_] percent-encoded; "related_to" for an empty predicate.
std::string predicate_iri(std::string_view predicate);

// The class IRIs of an entity type, most specific first.
std::vector<std::string> type_iris(EntityType type);

// All nodes: entities in vertex order, then per relation its statement node,
// qualifier nodes and evidence nodes.
std::vector<Node> describe(const KnowledgeGraph& g);

}  // namespace kg::rdf
