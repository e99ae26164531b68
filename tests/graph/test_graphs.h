// Small graphs shared by the graph tests: entities named "v0", "v1", ... and
// relations given as (source, target) pairs, added without merging.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "kg/graph.h"

namespace kg::testing {

inline KnowledgeGraph make_graph(std::size_t n,
                                 const std::vector<std::pair<std::size_t, std::size_t>>& edges) {
  KnowledgeGraph g;
  for (std::size_t v = 0; v < n; ++v) {
    EntityNode node;
    node.name = std::to_string(v);
    node.name.insert(0, 1, 'v');  // not "v" + ...: GCC 12 -Wrestrict false positive
    node.type = EntityType::kPerson;
    g.append_entity(node);
  }
  for (const auto& [s, t] : edges) {
    RelationEdge relation;
    relation.predicate = "knows";
    relation.label = "knows";
    relation.confidence = 1.0;
    g.append_relation(s, t, relation);
  }
  return g;
}

// A two-document graph whose strings are hostile to every output syntax.
inline KnowledgeGraph adversarial_graph() {
  KnowledgeGraph g;
  DocumentExtraction doc;
  doc.document = "doc \"1\".txt";
  doc.title = "Title <b>&amp;</b>";
  doc.sentences = 2;
  doc.removed = {{0, 12, "byline", "By J\xc3\xa9r\xc3\xb4me"}, {40, 45, "photo caption", "(AFP)"}};
  const std::string nasty =
      "Quote \" back\\slash <script>alert(1)</script> &amp; \n line2 \U0001F600";
  const std::string vietnamese = "Vi\xe1\xbb\x87t Nam \xe2\x80\x8f";  // "Việt Nam" + RLM
  doc.entities.push_back({nasty, EntityType::kPerson, {"Alias|one", "tab\there"}, 3});
  doc.entities.push_back({vietnamese, EntityType::kCountry, {}, 2});
  doc.entities.push_back({"Deal", EntityType::kAgreement, {}, 1});
  Triple t;
  t.subject = nasty;
  t.subject_type = EntityType::kPerson;
  t.predicate = "met with \"friends\"/co";
  t.label = "met <with>";
  t.object = vietnamese;
  t.object_type = EntityType::kCountry;
  t.symmetric = true;
  t.qualifiers = {{"year", "2024"}, {"note", "a \"b\"\r\nc\x01"}};
  t.confidence = 0.9;
  t.evidence = {"doc \"1\".txt", 1, 10, 42, "He said \"hi\" \\ <b>bold</b>\x7f\x02"};
  doc.triples.push_back(t);
  Triple u = t;
  u.predicate = "signed";
  u.label = "signed";
  u.object = "Deal";
  u.object_type = EntityType::kAgreement;
  u.symmetric = false;
  u.qualifiers.clear();
  u.confidence = 0.5;
  doc.triples.push_back(u);
  g.add_document(doc);
  return g;
}

}  // namespace kg::testing
