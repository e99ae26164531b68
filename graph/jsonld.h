// JSON-LD export of a KnowledgeGraph: {"@context": {...}, "@graph": [...]}
// with the RDF content described in rdf.h. The context is inline (prefixes
// schema, prov, rdf, xsd and kg = urn:kg:vocab:), so JSON-LD processors need
// no network. Integers and booleans are native JSON values; doubles are
// {"@value": number, "@type": "xsd:double"}. Output is valid UTF-8 JSON.
#pragma once

#include <string>

#include "graph/knowledge_graph.h"

namespace kg {

std::string to_jsonld(const KnowledgeGraph& g);

}  // namespace kg
