// UdClauses: relations between entities read from each sentence's
// Universal Dependencies parse (kg_parse's tagger and parser), the clause
// extractor of `kg build`.
//
// The sentence's tokens are parsed as they are, one word each; the tuples
// of the tree (read_ud_tuples, ud_open_ie.h) are read into relations by
// read_clause_tuples (clause_tuples.h), an argument standing for the
// mention that covers its head word (a name with its titles, a role
// reference or a pronoun).
//
// Only sentences with two or more relation ends are parsed (relation_ends).
// Thread safety: extract() may run on several threads at once.
#pragma once

#include <atomic>
#include <cstdint>
#include <memory>

#include "extract/parse/model.h"
#include "extract/relations/relation_extractor.h"

namespace kg::extract {

class UdClauses : public RelationExtractor {
 public:
  explicit UdClauses(std::shared_ptr<const parse::Model> model) : model_(std::move(model)) {}

  std::string_view name() const override { return "parsed clauses"; }
  void extract(const DocumentContext& ctx, const AnalysedSentence& s,
               std::vector<RawRelation>& out) const override;

  // Sentences parsed so far, by all threads.
  std::uint64_t parsed() const { return parsed_.load(std::memory_order_relaxed); }

 private:
  std::shared_ptr<const parse::Model> model_;
  mutable std::atomic<std::uint64_t> parsed_{0};
};

}  // namespace kg::extract
