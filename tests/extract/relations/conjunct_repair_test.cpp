#include "extract/relations/conjunct_repair.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using kg::EntityType;
using kg::extract::repair_conjuncts;

namespace {

struct Row {
  std::string form;
  int head;
  std::string deprel;
  EntityType type = EntityType::kOther;
};

struct Tree {
  kg::parse::Sentence sentence;
  std::vector<EntityType> types;
};

Tree tree(const std::vector<Row>& rows) {
  Tree t;
  for (const Row& r : rows) {
    kg::parse::Word w;
    w.form = r.form;
    w.head = r.head;
    w.deprel = r.deprel;
    t.sentence.words.push_back(w);
    t.types.push_back(r.type);
  }
  return t;
}

constexpr EntityType kPerson = EntityType::kPerson;
constexpr EntityType kOrg = EntityType::kOrganization;

// "It went to Ann Lee of Acme and Bo Park of Zeta": Bo hung on Acme.
std::vector<Row> misattached() {
  return {{"It", 2, "nsubj"},          {"went", 0, "root"},
          {"to", 4, "case"},           {"Ann", 2, "obl", kPerson},
          {"Lee", 4, "flat", kPerson}, {"of", 7, "case"},
          {"Acme", 4, "nmod", kOrg},   {"and", 9, "cc"},
          {"Bo", 7, "conj", kPerson},  {"Park", 9, "flat", kPerson},
          {"of", 12, "case"},          {"Zeta", 9, "nmod", kOrg}};
}

}  // namespace

TEST_CASE("a person hung on the organisation of the person before moves to that person") {
  Tree t = tree(misattached());
  CHECK(repair_conjuncts(t.sentence, t.types) == 1);
  CHECK(t.sentence.words[8].head == 4);  // Bo -> Ann
  CHECK(t.sentence.words[8].deprel == "conj");
  CHECK(t.sentence.words[11].head == 9);  // Zeta stays Bo's
}

TEST_CASE("conjuncts of one type, or of no entity, stay where the parser put them") {
  // "Ann Lee of Acme and Zeta": two organisations.
  std::vector<Row> rows = misattached();
  rows[8].type = kOrg;
  rows[9].type = kOrg;
  Tree same = tree(rows);
  CHECK(repair_conjuncts(same.sentence, same.types) == 0);
  CHECK(same.sentence.words[8].head == 7);
  // A conjunct naming nothing.
  rows[8].type = EntityType::kOther;
  Tree plain = tree(rows);
  CHECK(repair_conjuncts(plain.sentence, plain.types) == 0);
  // No word of the conjunct's type up the chain: "of Acme" hangs from a verb.
  rows = misattached();
  rows[6].head = 2;
  rows[6].deprel = "obl";
  Tree verb = tree(rows);
  CHECK(repair_conjuncts(verb.sentence, verb.types) == 0);
}

TEST_CASE("types that do not match the words are ignored") {
  Tree t = tree(misattached());
  t.types.pop_back();
  CHECK(repair_conjuncts(t.sentence, t.types) == 0);
}
