// Helpers for the tests of the relation extractors: a document's context and
// its relations rendered as "Subject | predicate | Object {k=v}".
#pragma once

#include <string>
#include <vector>

#include "extract/relations/relation_extractor.h"
#include "tests/extract/mentions/mention_fixture.h"

namespace kg::test {

using extract::DocumentContext;
using extract::RawRelation;
using extract::RelationExtractor;

inline DocumentContext context(const Analysis& a) { return {lexicon(), a.sentences, a.resolved}; }

// "Subject | predicate | Object", with " {k=v;k=v}" when there are qualifiers.
inline std::string render(const Analysis& a, const RawRelation& r) {
  std::string s = a.name(r.subject) + " | " + r.predicate + " | " + a.name(r.object);
  if (!r.qualifiers.empty()) {
    std::string q;
    for (const auto& [k, v] : r.qualifiers) q += (q.empty() ? "" : ";") + k + "=" + v;
    s += " {" + q + "}";
  }
  return s;
}

// The relations one extractor finds in every sentence of `sentences`, rendered.
inline Strings relations(const RelationExtractor& x, const Strings& sentences) {
  Analysis a = analyse(sentences);
  DocumentContext ctx = context(a);
  std::vector<RawRelation> raw;
  for (const AnalysedSentence& s : a.sentences) x.extract(ctx, s, raw);
  Strings out;
  for (const RawRelation& r : raw) out.push_back(render(a, r));
  return out;
}

}  // namespace kg::test
