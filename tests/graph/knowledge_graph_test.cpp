#include <doctest/doctest.h>

#include "kg/aliases.h"
#include "kg/graph.h"

namespace kg {

namespace {

Triple triple(const std::string& s, EntityType st, const std::string& p, const std::string& o,
              EntityType ot, const std::string& document, int sentence, double confidence = 0.8) {
  Triple t;
  t.subject = s;
  t.subject_type = st;
  t.predicate = p;
  t.object = o;
  t.object_type = ot;
  t.confidence = confidence;
  t.evidence = {document, sentence, 0, 10, "sentence " + std::to_string(sentence)};
  return t;
}

DocumentExtraction first_document() {
  DocumentExtraction doc;
  doc.document = "a.txt";
  doc.title = "Visit";
  doc.sentences = 3;
  doc.entities = {{"To Lam", EntityType::kPerson, {"Lam", "General Secretary To Lam"}, 4},
                  {"Vi\xe1\xbb\x87t Nam", EntityType::kCountry, {}, 2},  // Việt Nam
                  {"Malaysia", EntityType::kCountry, {}, 3}};
  doc.triples = {triple("To Lam", EntityType::kPerson, "visited", "Malaysia", EntityType::kCountry,
                        "a.txt", 0, 0.7)};
  return doc;
}

DocumentExtraction second_document() {
  DocumentExtraction doc;
  doc.document = "b.txt";
  doc.sentences = 5;
  doc.entities = {{"Lam", EntityType::kPerson, {}, 1},
                  {"Viet Nam", EntityType::kOther, {"Vietnam"}, 1},
                  {"Malaysia", EntityType::kCountry, {}, 1},
                  {"Malaysia", EntityType::kPerson, {}, 1}};
  doc.triples = {triple("Lam", EntityType::kPerson, "visited", "Malaysia", EntityType::kCountry,
                        "b.txt", 2, 0.9)};
  return doc;
}

}  // namespace

TEST_CASE("documents merge entities by alias and by folded name") {
  KnowledgeGraph g;
  g.add_document(first_document());
  g.add_document(second_document());
  // To Lam (+ "Lam"), Việt Nam (+ "Viet Nam"), Malaysia country; the person
  // called "Malaysia" has an incompatible type and stays apart.
  REQUIRE(g.entity_count() == 4);
  const auto lam = g.find("To Lam");
  REQUIRE(lam.has_value());
  CHECK(g.entity(*lam).mentions == 5);
  CHECK(g.entity(*lam).documents == std::set<std::string>{"a.txt", "b.txt"});
  CHECK(g.find("Lam") == lam);
  CHECK(g.find("general secretary to lam") == lam);

  const auto vn = g.find("Viet Nam");
  REQUIRE(vn.has_value());
  CHECK(g.entity(*vn).name == "Vi\xe1\xbb\x87t Nam");
  CHECK(g.entity(*vn).type == EntityType::kCountry);  // the specific type wins over kOther
  CHECK(g.entity(*vn).aliases == std::set<std::string>{"Viet Nam", "Vietnam"});
  CHECK(g.find("VIETNAM") == vn);

  // One relation with both pieces of evidence and the higher confidence.
  REQUIRE(g.relation_count() == 1);
  const Edge e = *boost::edges(g.graph()).first;
  CHECK(g.relation(e).evidence.size() == 2);
  CHECK(g.relation(e).confidence == doctest::Approx(0.9));
  CHECK(g.relation(e).label == "visited");
  CHECK(g.documents().size() == 2);
  CHECK(g.documents()[1].sentences == 5);
}

TEST_CASE("identical evidence is kept once per distinct piece") {
  KnowledgeGraph g;
  DocumentExtraction doc = first_document();
  doc.triples.push_back(doc.triples[0]);  // exact duplicate: merged away
  Triple again = doc.triples[0];
  again.evidence.sentence = 2;  // same fact, another sentence: kept
  doc.triples.push_back(again);
  g.add_document(doc);
  g.add_document(doc);  // re-adding the document adds no evidence
  REQUIRE(g.relation_count() == 1);
  CHECK(g.relation(*boost::edges(g.graph()).first).evidence.size() == 2);
  CHECK(g.documents().size() == 1);
}

TEST_CASE("relations differ by qualifiers and direction unless symmetric") {
  KnowledgeGraph g;
  const Vertex a = g.add_entity({"Vietnam", EntityType::kCountry, {}, 1});
  const Vertex b = g.add_entity({"Malaysia", EntityType::kCountry, {}, 1});
  RelationEdge partnership;
  partnership.predicate = "partnership";
  partnership.symmetric = true;
  partnership.qualifiers = {{"year", "2024"}};
  partnership.confidence = 0.5;
  partnership.evidence = {{"a.txt", 1, 0, 5, "x"}};
  const Edge first = g.add_relation(a, b, partnership);
  RelationEdge reverse = partnership;
  reverse.confidence = 0.6;
  reverse.evidence = {{"b.txt", 1, 0, 5, "y"}};
  CHECK(g.add_relation(b, a, reverse) == first);
  CHECK(g.relation(first).evidence.size() == 2);
  CHECK(g.relation(first).confidence == doctest::Approx(0.6));
  RelationEdge other_year = partnership;
  other_year.qualifiers = {{"year", "2015"}};
  CHECK(g.add_relation(a, b, other_year) != first);
  RelationEdge visit;
  visit.predicate = "visited";
  g.add_relation(a, b, visit);
  g.add_relation(b, a, visit);
  CHECK(g.relation_count() == 4);
}

TEST_CASE("relation_ends lists each relation's ends in the order added") {
  KnowledgeGraph g;
  g.reserve(3, 4);
  for (const char* name : {"A", "B", "C"}) g.add_entity({name, EntityType::kPerson, {}, 1});
  RelationEdge relation;
  relation.predicate = "met";
  const Edge ab = g.add_relation(0, 1, relation);
  CHECK(g.add_relation(0, 1, relation) == ab);  // merged: no new relation
  relation.predicate = "called";
  g.add_relation(2, 0, relation);
  g.append_relation(1, 1, relation);
  REQUIRE(g.relation_ends().size() == 3);
  CHECK(g.relation_ends()[0].source == 0);
  CHECK(g.relation_ends()[0].target == 1);
  CHECK(g.relation_ends()[1].source == 2);
  CHECK(g.relation_ends()[1].target == 0);
  CHECK(g.relation_ends()[2].source == 1);
  CHECK(g.relation_ends()[2].target == 1);
  // Every Boost edge carries the index of its relation and its ends.
  for (auto [e, end] = boost::edges(g.graph()); e != end; ++e) {
    const RelationEnds& ends = g.relation_ends()[g.graph()[*e]];
    CHECK(ends.source == boost::source(*e, g.graph()));
    CHECK(ends.target == boost::target(*e, g.graph()));
  }
  CHECK(g.relation(ab).predicate == "met");
  CHECK(g.entity(2).name == "C");
}

TEST_CASE("name matches beat alias matches and ambiguity yields nullopt") {
  KnowledgeGraph g;
  const Vertex georgia_country = g.add_entity({"Georgia", EntityType::kCountry, {}, 5});
  const Vertex georgia_person = g.add_entity({"Georgia", EntityType::kPerson, {}, 1});
  CHECK(georgia_country != georgia_person);
  // Exact name shared by two vertices: the most mentioned wins.
  CHECK(g.find("Georgia") == georgia_country);
  const Vertex anwar = g.add_entity({"Anwar Ibrahim", EntityType::kPerson, {"Anwar"}, 3});
  const Vertex other = g.add_entity({"Anwar Hassan", EntityType::kPerson, {"Anwar"}, 3});
  CHECK(anwar != other);
  CHECK_FALSE(g.find("Anwar").has_value());  // alias of two, same mentions
  g.add_entity({"Anwar Ibrahim", EntityType::kPerson, {}, 1});
  CHECK(g.find("anwar") == anwar);  // now unique at the top count
  CHECK_FALSE(g.find("Nobody").has_value());
  // A new entity named like an existing alias joins that vertex...
  CHECK(g.add_entity({"anwar ibrahim", EntityType::kOther, {}, 1}) == anwar);
  // ...and a kOther entity takes the most specific compatible match.
  const Vertex thing = g.add_entity({"Mystery", EntityType::kOther, {}, 1});
  CHECK(g.add_entity({"Mystery", EntityType::kOrganization, {}, 1}) == thing);
  CHECK(g.entity(thing).type == EntityType::kOrganization);
  CHECK(g.add_entity({"Mystery", EntityType::kPerson, {}, 1}) != thing);
}

TEST_CASE("a canonical-name match wins over a better-mentioned alias match") {
  KnowledgeGraph g;
  const Vertex lam = g.append_entity({"Lam", EntityType::kPerson, {}, {}, 1});
  const Vertex to_lam = g.append_entity({"To Lam", EntityType::kPerson, {"Lam"}, {}, 10});
  CHECK(g.add_entity({"LAM", EntityType::kPerson, {}, 1}) == lam);
  CHECK(g.entity(lam).mentions == 2);
  CHECK(g.entity(to_lam).mentions == 10);
  CHECK(g.find("Lam") == lam);  // exact canonical name before alias
}

TEST_CASE("an entity whose alias is an existing name joins it") {
  KnowledgeGraph g;
  const Vertex short_form = g.add_entity({"UMNO", EntityType::kOrganization, {}, 1});
  const Vertex full =
      g.add_entity({"United Malays National Organisation", EntityType::kOrganization, {"UMNO"}, 2});
  CHECK(full == short_form);
  CHECK(g.entity(full).name == "UMNO");
  CHECK(g.entity(full).aliases.count("United Malays National Organisation") == 1);
  CHECK(g.entity(full).mentions == 3);
}

TEST_CASE("add_entity says which rule placed a record") {
  KnowledgeGraph g;
  JoinRule rule = JoinRule::kSameName;
  const Vertex lam = g.add_entity({"To Lam", EntityType::kPerson, {"Lam"}, 2}, "a.txt", &rule);
  CHECK(rule == JoinRule::kNewEntity);
  CHECK(g.add_entity({"TO LAM", EntityType::kPerson, {}, 1}, "b.txt", &rule) == lam);
  CHECK(rule == JoinRule::kSameName);
  CHECK(g.add_entity({"Lam", EntityType::kPerson, {}, 1}, "c.txt", &rule) == lam);
  CHECK(rule == JoinRule::kNameIsAlias);
  CHECK(g.add_entity({"General Secretary", EntityType::kOther, {"To Lam"}, 1}, "d.txt", &rule) ==
        lam);
  CHECK(rule == JoinRule::kAliasIsName);
  CHECK(to_string(JoinRule::kAliasIsName) == "alias is the name");
}

TEST_CASE("a 'different' decision keeps a record apart from the entity it would join") {
  KnowledgeGraph g;
  g.set_aliases(*parse_aliases("different\tKerry\tJohn Kerry\n", "t"));
  JoinRule rule = JoinRule::kSameName;
  const Vertex john = g.add_entity({"John Kerry", EntityType::kPerson, {"Kerry"}, 3}, "a", &rule);
  CHECK(rule == JoinRule::kNewEntity);  // one document's own record is not split
  const Vertex kerry = g.add_entity({"Kerry", EntityType::kPerson, {}, 1}, "b", &rule);
  CHECK(kerry != john);
  CHECK(rule == JoinRule::kKeptApartByAliases);
  CHECK(g.entity(kerry).name == "Kerry");
  CHECK(g.entity(john).mentions == 3);
  // Later records named Kerry join the entity kept apart, by its name.
  CHECK(g.add_entity({"KERRY", EntityType::kPerson, {}, 1}, "c", &rule) == kerry);
  CHECK(rule == JoinRule::kSameName);
  CHECK(to_string(JoinRule::kKeptApartByAliases) == "kept apart by aliases file");
}

TEST_CASE("a 'different' decision lets a record join the next match") {
  KnowledgeGraph g;
  g.set_aliases(*parse_aliases("different\tLam\tTo Lam\n", "t"));
  const Vertex lam = g.add_entity({"To Lam", EntityType::kPerson, {"Lam"}, 3});
  const Vertex other = g.add_entity({"Lam", EntityType::kPerson, {}, 1});
  JoinRule rule = JoinRule::kNewEntity;
  CHECK(g.add_entity({"Lam", EntityType::kOther, {"To Lam"}, 1}, "", &rule) == other);
  CHECK(rule == JoinRule::kSameName);
  CHECK(other != lam);
}

TEST_CASE("a 'same' decision joins two names kg would keep apart, whatever the types") {
  KnowledgeGraph g;
  g.set_aliases(*parse_aliases("same\tBrussels\tEuropean Commission\n", "t"));
  JoinRule rule = JoinRule::kSameName;
  const Vertex commission = g.add_entity(
      {"European Commission", EntityType::kOrganization, {"Commission"}, 2}, "a", &rule);
  CHECK(rule == JoinRule::kNewEntity);
  CHECK(g.add_entity({"brussels", EntityType::kPlace, {}, 1}, "b", &rule) == commission);
  CHECK(rule == JoinRule::kForcedByAliases);
  CHECK(to_string(rule) == "forced by aliases file");
  const EntityNode& node = g.entity(commission);
  CHECK(node.type == EntityType::kOrganization);
  CHECK(node.aliases.count("brussels") == 1);
  CHECK(node.mentions == 3);
  CHECK(g.entity_count() == 1);
  // Without the decision the two stay apart.
  KnowledgeGraph plain;
  plain.add_entity({"European Commission", EntityType::kOrganization, {}, 2});
  plain.add_entity({"brussels", EntityType::kPlace, {}, 1});
  CHECK(plain.entity_count() == 2);
}

TEST_CASE("a 'same' decision does not override a same-name match") {
  KnowledgeGraph g;
  g.set_aliases(*parse_aliases("same\tA Corp\tB Corp\n", "t"));
  const Vertex b = g.add_entity({"B Corp", EntityType::kOrganization, {}, 1});
  JoinRule rule = JoinRule::kNewEntity;
  // The first A Corp is forced into B Corp, whose alias it becomes.
  CHECK(g.add_entity({"A Corp", EntityType::kOrganization, {}, 1}, "", &rule) == b);
  CHECK(rule == JoinRule::kForcedByAliases);
  CHECK(g.add_entity({"B Corp", EntityType::kOrganization, {}, 1}, "", &rule) == b);
  CHECK(rule == JoinRule::kSameName);
}

}  // namespace kg
