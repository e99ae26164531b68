#include "graph/rdf.h"

#include <cmath>
#include <unordered_map>

#include "base/utf8.h"
#include "graph/encoding.h"

namespace kg::rdf {

namespace {

std::string iri(std::string_view base, std::string_view local) {
  std::string out(base);
  out += local;
  return out;
}

Term plain(std::string_view text) { return {false, repair_utf8(text), {}}; }
Term typed(std::string value, std::string_view xsd_type) {
  return {false, std::move(value), iri(kXsd, xsd_type)};
}
Term integer(long long value) { return typed(std::to_string(value), "integer"); }
Term link(std::string target) { return {true, std::move(target), {}}; }

void add(Node& node, std::string_view base, std::string_view local, Term object) {
  node.properties.push_back({iri(base, local), std::move(object)});
}

// Per vertex, its entity IRI; names shared by several vertices get a suffix
// from the second vertex on (';' is always percent-encoded inside names).
std::vector<std::string> entity_iris(const KnowledgeGraph& g) {
  std::vector<std::string> iris(g.entity_count());
  std::unordered_map<std::string, int> seen;
  for (std::size_t v = 0; v < iris.size(); ++v) {
    iris[v] = entity_iri(g.entity(v).name);
    if (seen[iris[v]]++ > 0) iris[v] += ";v=" + std::to_string(v);
  }
  return iris;
}

Node entity_node(const EntityNode& entity, std::string subject) {
  Node node{std::move(subject), type_iris(entity.type), {}};
  add(node, kSchema, "name", plain(entity.name));
  for (const std::string& alias : entity.aliases) add(node, kSchema, "alternateName", plain(alias));
  add(node, kVocab, "mentions", integer(entity.mentions));
  for (const std::string& document : entity.documents)
    add(node, kVocab, "document", plain(document));
  return node;
}

// Appends the statement node of one relation and its qualifier and evidence nodes.
void describe_relation(const RelationEdge& relation, const std::string& subject,
                       const std::string& object, std::size_t index, std::vector<Node>& out) {
  const std::string statement_iri = iri(kRelationBase, std::to_string(index));
  Node statement{statement_iri, {iri(kRdf, "Statement")}, {}};
  add(statement, kRdf, "subject", link(subject));
  add(statement, kRdf, "predicate", link(predicate_iri(relation.predicate)));
  add(statement, kRdf, "object", link(object));
  add(statement, kVocab, "label", plain(relation.label));
  add(statement, kVocab, "predicate", plain(relation.predicate));
  add(statement, kVocab, "symmetric", typed(relation.symmetric ? "true" : "false", "boolean"));
  add(statement, kVocab, "confidence",
      typed(format_double(std::isfinite(relation.confidence) ? relation.confidence : 0.0),
            "double"));
  std::vector<Node> parts;
  std::size_t q = 0;
  for (const auto& [key, value] : relation.qualifiers) {
    Node qualifier{
        statement_iri + ":qualifier:" + std::to_string(q++), {iri(kVocab, "Qualifier")}, {}};
    add(qualifier, kVocab, "key", plain(key));
    add(qualifier, kVocab, "value", plain(value));
    add(statement, kVocab, "qualifier", link(qualifier.iri));
    parts.push_back(std::move(qualifier));
  }
  for (std::size_t e = 0; e < relation.evidence.size(); ++e) {
    const Evidence& evidence = relation.evidence[e];
    Node node{statement_iri + ":evidence:" + std::to_string(e), {iri(kVocab, "Evidence")}, {}};
    add(node, kVocab, "document", plain(evidence.document));
    add(node, kVocab, "sentence", integer(evidence.sentence));
    add(node, kVocab, "start", integer(static_cast<long long>(evidence.start)));
    add(node, kVocab, "end", integer(static_cast<long long>(evidence.end)));
    add(node, kVocab, "text", plain(evidence.text));
    add(statement, kProv, "wasDerivedFrom", link(node.iri));
    parts.push_back(std::move(node));
  }
  out.push_back(std::move(statement));
  for (Node& part : parts) out.push_back(std::move(part));
}

}  // namespace

std::string entity_iri(std::string_view name) { return iri(kEntityBase, percent_encode(name)); }

std::string predicate_iri(std::string_view predicate) {
  if (predicate.empty()) return iri(kVocab, "related_to");
  std::string spaced(predicate);
  for (char& c : spaced) {
    if (c == ' ') c = '_';
  }
  return iri(kVocab, percent_encode(spaced, "_"));
}

std::vector<std::string> type_iris(EntityType type) {
  switch (type) {
    case EntityType::kPerson:
      return {iri(kSchema, "Person")};
    case EntityType::kCountry:
      return {iri(kSchema, "Country")};
    case EntityType::kOrganization:
      return {iri(kSchema, "Organization")};
    case EntityType::kPlace:
      return {iri(kSchema, "Place")};
    case EntityType::kEvent:
      return {iri(kSchema, "Event")};
    case EntityType::kAgreement:
      return {iri(kVocab, "Agreement"), iri(kSchema, "CreativeWork")};
    case EntityType::kDate:
      return {iri(kVocab, "Date")};
    case EntityType::kMoney:
      return {iri(kVocab, "Money"), iri(kSchema, "MonetaryAmount")};
    case EntityType::kOther:
      break;
  }
  return {iri(kSchema, "Thing")};
}

std::vector<Node> describe(const KnowledgeGraph& g) {
  const Graph& graph = g.graph();
  const std::vector<std::string> iris = entity_iris(g);
  std::vector<Node> nodes;
  nodes.reserve(iris.size());
  for (std::size_t v = 0; v < iris.size(); ++v) nodes.push_back(entity_node(g.entity(v), iris[v]));
  std::size_t index = 0;
  for (auto [it, end] = boost::edges(graph); it != end; ++it, ++index) {
    const RelationEdge& relation = g.relation(*it);
    const std::string& subject = iris[boost::source(*it, graph)];
    const std::string& object = iris[boost::target(*it, graph)];
    nodes[boost::source(*it, graph)].properties.push_back(
        {predicate_iri(relation.predicate), link(object)});
    describe_relation(relation, subject, object, index, nodes);
  }
  return nodes;
}

}  // namespace kg::rdf
