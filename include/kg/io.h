// Reading and writing graphs: graph.json (the complete graph with provenance,
// the input of kg query, render and export), the exports (JSON Lines triples,
// JSON-LD, GraphML, N-Triples, Neo4j CSV) and atomic file output.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "kg/graph.h"
#include "kg/status.h"

namespace kg {

// graph.json: the complete graph with provenance, the input of `kg query`,
// `kg render` and `kg export`. Format (version 1):
//   {"format": "kg-graph", "version": 1,
//    "documents": [{"name", "title", "sentences"}],
//    "entities":  [{"id", "name", "type", "aliases": [], "documents": [], "mentions"}],
//    "relations": [{"source", "target", "predicate", "label", "symmetric",
//                   "qualifiers": {}, "confidence", "evidence": [{"document",
//                   "sentence", "start", "end", "text"}]}]}
// where source and target are entity ids (their index in "entities").
std::string to_graph_json(const KnowledgeGraph& g);

// Parses graph.json text; `source` names the file in error messages. Rejects
// wrong shapes, unknown types, dangling ids and excessive nesting with a
// one-line InvalidInput status.
Result<KnowledgeGraph> parse_graph_json(const std::string& text, const std::string& source);

// Reads and parses a graph.json file (missing, unreadable, empty, not JSON: errors);
// `path` "-" reads standard input, named "stdin" in errors.
Result<KnowledgeGraph> load_graph_json(const std::string& path);

// Triples as JSON Lines, the format ../shared/tools/kgscore reads:
//   {"document", "subject", "subject_type", "predicate", "label", "object",
//    "object_type", "symmetric", "qualifiers": {}, "confidence",
//    "evidence": {"sentence", "start", "end", "text"}}
// One line, without the trailing newline; "document" is the evidence's
// document, an empty label is written as the predicate, a non-finite
// confidence as 0, invalid UTF-8 as U+FFFD.
std::string triple_to_json_line(const Triple& t);

// Every relation of the graph, one line per piece of evidence (one line with
// empty evidence for a relation that has none), each ending in a newline.
std::string graph_to_jsonl(const KnowledgeGraph& g);

// JSON-LD export of a KnowledgeGraph: {"@context": {...}, "@graph": [...]}
// with the RDF content described in rdf.h. The context is inline (prefixes
// schema, prov, rdf, xsd and kg = urn:kg:vocab:), so JSON-LD processors need
// no network. Integers and booleans are native JSON values; doubles are
// {"@value": number, "@type": "xsd:double"}. Output is valid UTF-8 JSON.
std::string to_jsonld(const KnowledgeGraph& g);

// GraphML export of a KnowledgeGraph (directed; parallel edges kept), readable
// by networkx.read_graphml, igraph's Read_GraphML, Gephi and Cytoscape. Node
// ids are "n<vertex>", edge ids "e<index>"; every attribute is a declared
// <key>. Node data: label and name (both the entity's name: Gephi shows
// "label", Cytoscape and igraph use "name"), type, aliases and documents
// (each sorted and joined with "|"), mentions (int), and the undirected
// centralities of kg::centrality with default options (double): degree,
// pagerank, betweenness (sampled with kAutoBetweennessSamples sources above
// kAutoBetweennessThreshold entities, as kg query does), eigenvector, and
// closeness (left out, key and values, above kAutoBetweennessThreshold
// entities: it costs O(n m)). Edge data: label, predicate, qualifiers (a JSON
// object of strings), symmetric (boolean), confidence (double), evidence
// (int, the number of evidence sentences). Text is XML-escaped; characters
// XML 1.0 forbids are dropped.
std::string to_graphml(const KnowledgeGraph& g);

// N-Triples export of a KnowledgeGraph: the same RDF content as the JSON-LD
// export (see rdf.h), one triple per line. Literals escape \ " LF CR as \\ \"
// \n \r and other control characters as \uXXXX; IRIs escape characters
// N-Triples forbids in IRIREF as \uXXXX.
std::string to_ntriples(const KnowledgeGraph& g);

// CSV files for Neo4j's bulk importer, `neo4j-admin database import full
// --nodes=nodes.csv --relationships=relationships.csv
// --array-delimiter=U+001F --multiline-fields=true`, in its header convention:
// `:ID` (the entity's vertex number, as graph.json's "id"), `:LABEL` (two
// labels: Entity and the type), `name:type` typed properties, `:START_ID`,
// `:END_ID`, `:TYPE`. Every string field is quoted as RFC 4180 says ('"'
// doubled; commas and line breaks kept inside the quotes); invalid UTF-8
// becomes U+FFFD; records end with LF. Array properties (`:string[]`) join
// their elements with kNeo4jArrayDelimiter (U+001F, the ASCII unit
// separator, which no article text holds; it is dropped from the elements).
//   nodes:         kNeo4jNodesHeader, one row per entity (aliases and
//                  documents sorted)
//   relationships: kNeo4jRelationshipsHeader, one row per relation; :TYPE is
//                  neo4j_relationship_type(predicate); qualifiers as
//                  "key=value" elements; documents and sentences are parallel
//                  arrays, one element per piece of evidence; confidence as
//                  the shortest decimal that reads back (0 when not finite).
inline constexpr char kNeo4jArrayDelimiter = '\x1f';
inline constexpr std::string_view kNeo4jNodesHeader =
    ":ID,:LABEL,name,type,aliases:string[],documents:string[],mentions:int";
inline constexpr std::string_view kNeo4jRelationshipsHeader =
    ":START_ID,:END_ID,:TYPE,predicate,label,qualifiers:string[],symmetric:boolean,"
    "confidence:float,documents:string[],sentences:string[]";
struct Neo4jCsv {
  std::string nodes;          // nodes.csv
  std::string relationships;  // relationships.csv
};
Neo4jCsv to_neo4j_csv(const KnowledgeGraph& g);

// A Neo4j relationship type for a predicate, in Neo4j's upper snake case:
// ASCII letters upper-cased, digits and non-ASCII characters kept, every run
// of other characters one '_' (none at either end): "met with" -> "MET_WITH",
// "prime minister of" -> "PRIME_MINISTER_OF"; "RELATED_TO" when nothing is
// left.
std::string neo4j_relationship_type(std::string_view predicate);

// Atomic file output: content is written to a temporary file in the target's
// folder, flushed, and renamed over the target, so readers see either the old
// file or the complete new one, never a partial write. The temporary file is
// hidden (".NAME.tmp.XXXXXX"); a process killed before the rename leaves it
// behind, any other failure removes it.
// Writes `content` to `path` atomically. On error the target is untouched, the
// temporary file is removed, and the Status names the path and the cause.
Status write_file_atomic(const std::string& path, std::string_view content);

// Writes several files so that either all of them are replaced or none: each
// content goes to its own temporary file first, and only when every one is
// written and flushed are they renamed over their targets, in order, each
// existing target kept meanwhile as a hard link. A failure while writing
// removes every temporary file and leaves all targets untouched; a failed
// rename (a folder in a target's place, say) also puts back the targets
// already replaced. (A target whose old content could not be linked, on a
// file system without hard links, cannot be put back.)
struct FileContent {
  std::string path;
  std::string_view content;
};
Status write_files_atomic(const std::vector<FileContent>& files);

}  // namespace kg
