// Linked-data and graph-exchange exports of a KnowledgeGraph.
//
// JSON-LD: entities typed with schema.org (schema:Person, schema:Country,
// schema:Organization, schema:Place, schema:Event; Agreement as
// schema:CreativeWork with kg:Agreement, Date/Money as kg types), names and
// aliases as schema:name / schema:alternateName; one property per relation in
// the kg vocabulary (https://kg.example.org/vocab#); each relation also as an
// rdf:Statement-like node carrying subject, predicate, object, qualifiers,
// confidence and provenance (prov:wasDerivedFrom, the evidence text and
// offsets). All strings are JSON-escaped; IRIs are percent-encoded.
#pragma once

#include <string>

#include "graph/knowledge_graph.h"

namespace kg {

std::string to_jsonld(const KnowledgeGraph& g);
std::string to_graphml(const KnowledgeGraph& g);
std::string to_ntriples(const KnowledgeGraph& g);

}  // namespace kg
