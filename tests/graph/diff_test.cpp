#include "kg/diff.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace kg {
namespace {

EntityRecord record(const std::string& name, EntityType type,
                    std::vector<std::string> aliases = {}) {
  return {name, type, std::move(aliases), 1};
}

Triple relation(const std::string& s, EntityType st, const std::string& p, const std::string& o,
                EntityType ot) {
  Triple t;
  t.subject = s;
  t.subject_type = st;
  t.predicate = p;
  t.object = o;
  t.object_type = ot;
  t.evidence = {"a.txt", 0, 0, 5, "text"};
  return t;
}

KnowledgeGraph graph_of(std::vector<EntityRecord> entities, std::vector<Triple> triples) {
  DocumentExtraction doc;
  doc.document = "a.txt";
  doc.entities = std::move(entities);
  doc.triples = std::move(triples);
  KnowledgeGraph g;
  g.add_document(doc);
  return g;
}

constexpr EntityType kPerson = EntityType::kPerson;
constexpr EntityType kCountry = EntityType::kCountry;

std::vector<std::string> names(std::initializer_list<const char*> list) {
  return {list.begin(), list.end()};
}

}  // namespace

TEST_CASE("A graph compared with itself has no change") {
  const KnowledgeGraph g =
      graph_of({record("To Lam", kPerson, {"Lam"}), record("Malaysia", kCountry)},
               {relation("To Lam", kPerson, "visited", "Malaysia", kCountry)});
  const GraphDiff diff = diff_graphs(g, g);
  CHECK(diff.entities.empty());
  CHECK(diff.added_relations.empty());
  CHECK(diff.removed_relations.empty());
  CHECK(diff.centrality.empty());
}

TEST_CASE("Entities added, removed, renamed, merged and split") {
  const KnowledgeGraph before =
      graph_of({record("Lam", kPerson), record("To Lam", kPerson), record("Anwar Ibrahim", kPerson),
                record("Georgia", kCountry), record("Old Corp", EntityType::kOrganization, {"OC"}),
                record("Vietnam", kCountry, {"Viet Nam", "VN"})},
               {});
  const KnowledgeGraph after =
      graph_of({record("To Lam", kPerson, {"Lam"}), record("Anwar", kPerson, {"Anwar Ibrahim"}),
                record("Georgia", kPerson), record("Georgia", kCountry), record("OC", kCountry),
                record("Viet Nam", kCountry), record("VN", kCountry), record("Malaysia", kCountry)},
               {});
  const GraphDiff diff = diff_graphs(before, after);
  REQUIRE(diff.entities.size() == 7);
  CHECK(diff.entities[0].kind == EntityChangeKind::kAdded);
  CHECK(diff.entities[0].after == names({"Georgia"}));  // the person: types differ
  CHECK(diff.entities[1].kind == EntityChangeKind::kAdded);
  CHECK(diff.entities[1].after == names({"Malaysia"}));
  CHECK(diff.entities[2].kind == EntityChangeKind::kAdded);
  CHECK(diff.entities[2].after == names({"OC"}));  // not the organisation's alias: types differ
  CHECK(diff.entities[3].kind == EntityChangeKind::kRemoved);
  CHECK(diff.entities[3].before == names({"Old Corp"}));
  CHECK(diff.entities[4].kind == EntityChangeKind::kRenamed);
  CHECK(diff.entities[4].before == names({"Anwar Ibrahim"}));
  CHECK(diff.entities[4].after == names({"Anwar"}));
  CHECK(diff.entities[5].kind == EntityChangeKind::kMerged);
  CHECK(diff.entities[5].before == names({"Lam", "To Lam"}));
  CHECK(diff.entities[5].after == names({"To Lam"}));
  CHECK(diff.entities[6].kind == EntityChangeKind::kSplit);
  CHECK(diff.entities[6].before == names({"Vietnam"}));
  CHECK(diff.entities[6].after == names({"VN", "Viet Nam"}));

  const GraphDiff back = diff_graphs(after, before);
  bool split = false;
  bool vietnam = false;
  for (const EntityChange& change : back.entities) {
    if (change.kind == EntityChangeKind::kSplit) {
      CHECK(change.before == names({"To Lam"}));
      CHECK(change.after == names({"Lam", "To Lam"}));
      split = true;
    }
    if (change.kind == EntityChangeKind::kMerged && change.after == names({"Vietnam"})) {
      CHECK(change.before == names({"VN", "Viet Nam"}));
      vietnam = true;
    }
  }
  CHECK(split);
  CHECK(vietnam);
  CHECK(to_string(EntityChangeKind::kRegrouped) == "regrouped");
  CHECK(join_names({"Lam", "To Lam"}) == "Lam + To Lam");
}

TEST_CASE("Several old entities linked to several new ones are regrouped") {
  const KnowledgeGraph before = graph_of({record("A", kPerson), record("B", kPerson)}, {});
  const KnowledgeGraph after =
      graph_of({record("P", kPerson, {"A", "B"}), record("Q", kPerson, {"A"})}, {});
  const GraphDiff diff = diff_graphs(before, after);
  REQUIRE(diff.entities.size() == 1);
  CHECK(diff.entities[0].kind == EntityChangeKind::kRegrouped);
  CHECK(diff.entities[0].before == names({"A", "B"}));
  CHECK(diff.entities[0].after == names({"P", "Q"}));
}

TEST_CASE("Relations are compared through the entity groups") {
  const KnowledgeGraph before =
      graph_of({record("Lam", kPerson), record("To Lam", kPerson), record("Malaysia", kCountry),
                record("Vietnam", kCountry)},
               {relation("Lam", kPerson, "visited", "Malaysia", kCountry),
                relation("To Lam", kPerson, "visited", "Malaysia", kCountry),
                relation("To Lam", kPerson, "leads", "Vietnam", kCountry)});
  Triple met = relation("Malaysia", kCountry, "partnership", "Vietnam", kCountry);
  met.symmetric = true;
  const KnowledgeGraph after =
      graph_of({record("To Lam", kPerson, {"Lam"}), record("Malaysia", kCountry),
                record("Vietnam", kCountry)},
               {relation("To Lam", kPerson, "visited", "Malaysia", kCountry), met});
  const GraphDiff diff = diff_graphs(before, after);
  REQUIRE(diff.added_relations.size() == 1);
  CHECK(diff.added_relations[0].predicate == "partnership");
  REQUIRE(diff.removed_relations.size() == 1);
  CHECK(diff.removed_relations[0].source == "To Lam");
  CHECK(diff.removed_relations[0].predicate == "leads");
  CHECK(diff.removed_relations[0].target == "Vietnam");

  // A symmetric relation read the other way round is the same relation.
  Triple reversed = relation("Vietnam", kCountry, "partnership", "Malaysia", kCountry);
  reversed.symmetric = true;
  const KnowledgeGraph turned =
      graph_of({record("To Lam", kPerson, {"Lam"}), record("Malaysia", kCountry),
                record("Vietnam", kCountry)},
               {relation("To Lam", kPerson, "visited", "Malaysia", kCountry), reversed});
  const GraphDiff same = diff_graphs(after, turned);
  CHECK(same.added_relations.empty());
  CHECK(same.removed_relations.empty());
}

TEST_CASE("Centrality changes: largest first, at most top, groups summed") {
  const KnowledgeGraph before =
      graph_of({record("A", kPerson), record("B", kPerson), record("C", kPerson)},
               {relation("A", kPerson, "met", "B", kPerson)});
  const KnowledgeGraph after = graph_of(
      {record("A", kPerson), record("B", kPerson), record("C", kPerson)},
      {relation("A", kPerson, "met", "B", kPerson), relation("B", kPerson, "met", "C", kPerson)});
  DiffOptions options;
  options.measure = Centrality::kDegree;
  const GraphDiff diff = diff_graphs(before, after, options);
  REQUIRE(diff.centrality.size() == 2);  // A's degree is unchanged
  CHECK(diff.centrality[0].name == "B");
  CHECK(diff.centrality[0].before == doctest::Approx(0.5));
  CHECK(diff.centrality[0].after == doctest::Approx(1.0));
  CHECK(diff.centrality[1].name == "C");
  options.top = 1;
  CHECK(diff_graphs(before, after, options).centrality.size() == 1);
}

TEST_CASE("add_changes draws the changed groups and relations, one node per name") {
  const KnowledgeGraph before =
      graph_of({record("Lam", kPerson), record("To Lam", kPerson), record("Vietnam", kCountry)},
               {relation("To Lam", kPerson, "leads", "Vietnam", kCountry)});
  const KnowledgeGraph after =
      graph_of({record("To Lam", kPerson, {"Lam"}), record("Malaysia", kCountry)},
               {relation("To Lam", kPerson, "visited", "Malaysia", kCountry)});
  const GraphDiff diff = diff_graphs(before, after);
  KnowledgeGraph drawing;
  add_changes(before, after, diff, drawing);
  std::vector<std::string> entity_names;
  for (Vertex v = 0; v < drawing.entity_count(); ++v)
    entity_names.push_back(drawing.entity(v).name);
  std::sort(entity_names.begin(), entity_names.end());
  CHECK(entity_names == names({"Lam", "Malaysia", "To Lam", "Vietnam"}));
  std::vector<std::string> labels;
  for (auto [it, end] = boost::edges(drawing.graph()); it != end; ++it) {
    labels.push_back(drawing.entity(drawing.source(*it)).name + " " + drawing.relation(*it).label +
                     " " + drawing.entity(drawing.target(*it)).name);
  }
  std::sort(labels.begin(), labels.end());
  CHECK(labels ==
        names({"Lam merged into To Lam", "To Lam + visited Malaysia", "To Lam - leads Vietnam"}));
}

}  // namespace kg
