// RelationExtractor: the interface every relation extractor implements
// (DESIGN.md pipeline step 6), so that pattern extractors and the clause
// extractor built on a syntactic parse slot in side by side. Extractors read
// analysed, resolved sentences and append candidate relations; the pipeline
// merges, normalises and deduplicates them.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "extract/lexicon/lexicon.h"
#include "extract/mentions/entity_resolver.h"
#include "extract/mentions/mention.h"

namespace kg::extract {

// A relation between two document entities, before normalisation.
struct RawRelation {
  int subject = -1;
  std::string predicate;  // lower case, as read ("held talks with")
  int object = -1;
  bool symmetric = false;
  std::map<std::string, std::string> qualifiers;
  double confidence = 0.5;
  int sentence = 0;
  bool named = false;  // the predicate is a named relation ("Strategic Partnership")
};

// Appends `r` unless an end is missing (-1) or both ends are the same entity.
inline void append_relation(std::vector<RawRelation>& out, RawRelation r) {
  if (r.subject >= 0 && r.object >= 0 && r.subject != r.object) out.push_back(std::move(r));
}

struct DocumentContext {
  const Lexicon& lexicon;
  const std::vector<AnalysedSentence>& sentences;
  const ResolvedDocument& resolved;
};

class RelationExtractor {
 public:
  virtual ~RelationExtractor() = default;
  virtual std::string_view name() const = 0;
  // Appends the relations found in sentence `s` (which is one of ctx.sentences).
  virtual void extract(const DocumentContext& ctx, const AnalysedSentence& s,
                       std::vector<RawRelation>& out) const = 0;
};

}  // namespace kg::extract
