#include "kg/lookup.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace kg;

namespace {

Vertex add(KnowledgeGraph& g, const std::string& name, EntityType type,
           std::set<std::string> aliases = {}) {
  EntityNode node;
  node.name = name;
  node.type = type;
  node.aliases = std::move(aliases);
  return g.append_entity(node);
}

void relate(KnowledgeGraph& g, Vertex a, Vertex b) {
  RelationEdge r;
  r.predicate = "met";
  g.append_relation(a, b, r);
}

std::vector<std::string> names(const KnowledgeGraph& g, const std::vector<Vertex>& vertices) {
  std::vector<std::string> out;
  for (Vertex v : vertices) out.push_back(g.entity(v).name);
  return out;
}

}  // namespace

TEST_CASE("a name that names one entity is found, through aliases and folding") {
  KnowledgeGraph g;
  const Vertex cyril = add(g, "Cyril Ramaphosa", EntityType::kPerson, {"Ramaphosa"});
  add(g, "South Africa", EntityType::kCountry);
  CHECK(lookup_entity(g, "cyril ramaphosa").matches == std::vector<Vertex>{cyril});
  CHECK(lookup_entity(g, "RAMAPHOSA").matches == std::vector<Vertex>{cyril});
  CHECK(lookup_entity(g, "Ramaphosa").suggestions.empty());
}

TEST_CASE("an ambiguous name lists every candidate, most relations first") {
  KnowledgeGraph g;
  const Vertex country = add(g, "States", EntityType::kCountry);
  const Vertex thing = add(g, "States", EntityType::kOther);
  const Vertex other = add(g, "Texas", EntityType::kPlace);
  relate(g, thing, other);
  const EntityLookup found = lookup_entity(g, "States");
  CHECK(found.matches == std::vector<Vertex>{thing, country});
  CHECK(relation_degree(g, thing) == 1);
  CHECK(relation_degree(g, country) == 0);
  // find() still picks when one candidate has the most mentions; lookup never does.
  CHECK(g.find_all("states") == std::vector<Vertex>{country, thing});
}

TEST_CASE("an exact canonical name wins over another entity's alias") {
  KnowledgeGraph g;
  const Vertex lam = add(g, "Lam", EntityType::kPerson);
  add(g, "To Lam", EntityType::kPerson, {"Lam"});
  CHECK(lookup_entity(g, "Lam").matches == std::vector<Vertex>{lam});
}

TEST_CASE("a misspelt name gets suggestions: whole names, surnames, diacritics") {
  KnowledgeGraph g;
  add(g, "Cyril Ramaphosa", EntityType::kPerson);
  add(g, "Việt Nam", EntityType::kCountry);
  add(g, "Malaysia", EntityType::kCountry);
  add(g, "Anwar Ibrahim", EntityType::kPerson, {"Anwar"});
  CHECK(names(g, lookup_entity(g, "Ramaposa").suggestions) ==
        std::vector<std::string>{"Cyril Ramaphosa"});
  CHECK(names(g, lookup_entity(g, "Viet Nan").suggestions) == std::vector<std::string>{"Việt Nam"});
  CHECK(names(g, lookup_entity(g, "Malaysa").suggestions) == std::vector<std::string>{"Malaysia"});
  CHECK(names(g, lookup_entity(g, "Anwr").suggestions) ==
        std::vector<std::string>{"Anwar Ibrahim"});
  const EntityLookup none = lookup_entity(g, "Zimbabwe");
  CHECK(none.matches.empty());
  CHECK(none.suggestions.empty());
  CHECK(lookup_entity(g, "Malaysa", 0).suggestions.empty());
}

TEST_CASE("search_entities: part of a name or alias, exact and prefix first") {
  KnowledgeGraph g;
  const Vertex party = add(g, "Communist Party of Vietnam", EntityType::kOrganization);
  const Vertex vietnam = add(g, "Vietnam", EntityType::kCountry, {"Viet Nam"});
  const Vertex airline = add(g, "Vietnam Airlines", EntityType::kOrganization);
  add(g, "Malaysia", EntityType::kCountry);
  CHECK(search_entities(g, "vietnam") == std::vector<Vertex>{vietnam, airline, party});
  CHECK(search_entities(g, "viet nam") == std::vector<Vertex>{vietnam});
  CHECK(search_entities(g, "  ").empty());
}
