// Small KnowledgeGraphs shared by the render tests.
#pragma once

#include <string>
#include <vector>

#include "kg/graph.h"

namespace kg::render::test {

inline Vertex add_entity(KnowledgeGraph& g, const std::string& name, EntityType type) {
  return g.add_entity(EntityRecord{name, type, {}, 1}, "sample.txt");
}

inline Edge add_relation(KnowledgeGraph& g, Vertex source, Vertex target,
                         const std::string& predicate, const std::string& label = {},
                         bool symmetric = false, const std::string& sentence = {},
                         std::map<std::string, std::string> qualifiers = {}) {
  RelationEdge relation;
  relation.predicate = predicate;
  relation.label = label;
  relation.symmetric = symmetric;
  relation.qualifiers = std::move(qualifiers);
  relation.confidence = 0.9;
  if (!sentence.empty()) relation.evidence.push_back(Evidence{"sample.txt", 0, 0, 10, sentence});
  return g.add_relation(source, target, relation);
}

// Five entities of three types, five relations (one symmetric, one with a
// qualifier, one without a display label):
//   0 To Lam (Person), 1 Vietnam (Country), 2 Malaysia (Country),
//   3 Anwar Ibrahim (Person), 4 ASEAN (Organization).
inline KnowledgeGraph five_node_graph() {
  KnowledgeGraph g;
  const Vertex to_lam = add_entity(g, "To Lam", EntityType::kPerson);
  const Vertex vietnam = add_entity(g, "Vietnam", EntityType::kCountry);
  const Vertex malaysia = add_entity(g, "Malaysia", EntityType::kCountry);
  const Vertex anwar = add_entity(g, "Anwar Ibrahim", EntityType::kPerson);
  const Vertex asean = add_entity(g, "ASEAN", EntityType::kOrganization);
  add_relation(g, to_lam, malaysia, "visited", "visited", false,
               "To Lam paid an official visit to Malaysia in November.", {{"year", "2024"}});
  add_relation(g, vietnam, malaysia, "comprehensive strategic partnership", "CSP(2024)", true,
               "Vietnam and Malaysia upgraded ties to a Comprehensive Strategic Partnership.");
  add_relation(g, anwar, malaysia, "prime minister of", "PM of", false,
               "Malaysian Prime Minister Anwar Ibrahim welcomed him.");
  add_relation(g, vietnam, asean, "member of");
  add_relation(g, malaysia, asean, "member of", "member of");
  return g;
}

// Names that break naive DOT, SVG or HTML writers.
inline const std::vector<std::string>& adversarial_names() {
  static const std::vector<std::string> names = {
      "Say \"hi\"",
      "back\\slash",
      "<script>alert(1)</script>",
      "&amp;",
      "]]>",
      "Vi\u1EC7t Nam",
      "Smile \U0001F600 Corp",
      "\u200F\u05E9\u05DC\u05D5\u05DD rtl",
      "trailing\\",
      "\\N and \\G",
      "AT&T",
      "&#65;",
  };
  return names;
}

// One Organization per adversarial name, joined in a chain by relations whose
// labels are adversarial too.
inline KnowledgeGraph adversarial_graph() {
  KnowledgeGraph g;
  std::vector<Vertex> vertices;
  for (const std::string& name : adversarial_names()) {
    vertices.push_back(add_entity(g, name, EntityType::kOrganization));
  }
  for (std::size_t i = 0; i + 1 < vertices.size(); ++i) {
    add_relation(g, vertices[i], vertices[i + 1], "linked to", "<b>&\"\\l", false,
                 "He said \"<b>\" & \\n\nthen left.");
  }
  return g;
}

}  // namespace kg::render::test
