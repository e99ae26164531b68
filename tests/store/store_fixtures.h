// Extractions for the store tests: documents whose entities overlap (so that
// merge order matters), with odd bytes in their strings, and a field-by-field
// comparison of extractions.
#pragma once

#include <doctest/doctest.h>

#include <string>

#include "kg/graph.h"
#include "kg/store.h"

namespace kg::test {

// A document named `name` mentioning `person` and `country`; `variant`
// changes its counts and text.
inline DocumentExtraction sample_extraction(const std::string& name, const std::string& person,
                                            const std::string& country, int variant = 0) {
  DocumentExtraction doc;
  doc.document = name;
  doc.title = "Title of " + name;
  doc.sentences = 3 + variant;
  doc.entities = {
      {person,
       EntityType::kPerson,
       {"Mr " + person},
       2 + variant,
       {{person, 0, MentionRule::kFirstMention},
        {"he", 1, MentionRule::kPronoun},
        {"Mr " + person, 2, MentionRule::kSameName}}},
      {country, EntityType::kCountry, {}, 1, {{country, 1, MentionRule::kFirstMention}}},
      {"Comprehensive Strategic Partnership", EntityType::kAgreement, {"CSP"}, 1}};
  Triple t;
  t.subject = person;
  t.subject_type = EntityType::kPerson;
  t.predicate = "visited";
  t.label = "visited";
  t.object = country;
  t.object_type = EntityType::kCountry;
  t.qualifiers = {{"year", "2024"}, {"month", "11"}};
  t.confidence = 0.1 + 0.7 / 3.0;  // not exact in decimal
  t.evidence = {name, 1, 10, 90 + static_cast<std::size_t>(variant),
                person + " visited " + country + std::string("\0 and \xff.", 8)};
  doc.triples.push_back(t);
  t.predicate = "partnership";
  t.label = "CSP(2024)";
  t.symmetric = true;
  t.qualifiers = {};
  t.object = "Comprehensive Strategic Partnership";
  t.object_type = EntityType::kAgreement;
  doc.triples.push_back(t);
  doc.removed = {{0, 12, "byline", "By A Reporter"}};
  return doc;
}

inline StoreDocument stored_document(const DocumentExtraction& extraction,
                                     const std::string& text) {
  return {extraction, text, ""};
}

// Equal extractions; the entities' mention records too when `mention_records`.
inline void check_same_extraction(const DocumentExtraction& a, const DocumentExtraction& b,
                                  bool mention_records = false) {
  CHECK(a.document == b.document);
  CHECK(a.title == b.title);
  CHECK(a.sentences == b.sentences);
  REQUIRE(a.entities.size() == b.entities.size());
  for (std::size_t i = 0; i < a.entities.size(); ++i) {
    CHECK(a.entities[i].name == b.entities[i].name);
    CHECK(a.entities[i].type == b.entities[i].type);
    CHECK(a.entities[i].aliases == b.entities[i].aliases);
    CHECK(a.entities[i].mentions == b.entities[i].mentions);
    if (mention_records) CHECK(a.entities[i].mention_records == b.entities[i].mention_records);
  }
  REQUIRE(a.triples.size() == b.triples.size());
  for (std::size_t i = 0; i < a.triples.size(); ++i) {
    const Triple& x = a.triples[i];
    const Triple& y = b.triples[i];
    CHECK(x.subject == y.subject);
    CHECK(x.subject_type == y.subject_type);
    CHECK(x.predicate == y.predicate);
    CHECK(x.label == y.label);
    CHECK(x.object == y.object);
    CHECK(x.object_type == y.object_type);
    CHECK(x.symmetric == y.symmetric);
    CHECK(x.qualifiers == y.qualifiers);
    CHECK(x.confidence == y.confidence);  // bit for bit
    CHECK(x.evidence == y.evidence);
  }
  CHECK(a.removed == b.removed);
}

}  // namespace kg::test
