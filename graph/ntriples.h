// N-Triples export of a KnowledgeGraph: the same RDF content as the JSON-LD
// export (see rdf.h), one triple per line. Literals escape \ " LF CR as \\ \"
// \n \r and other control characters as \uXXXX; IRIs escape characters
// N-Triples forbids in IRIREF as \uXXXX.
#pragma once

#include <string>
#include <string_view>

#include "graph/knowledge_graph.h"

namespace kg {

std::string to_ntriples(const KnowledgeGraph& g);

// "<iri>" and "\"text\"" in N-Triples syntax (exposed for tests and reuse).
std::string ntriples_iri(std::string_view iri);
std::string ntriples_literal(std::string_view text);

}  // namespace kg
