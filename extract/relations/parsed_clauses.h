// ParsedClauses: relations between entities read from each sentence's Link
// Grammar parse (DESIGN.md pipeline step 6, clauses), the clause extractor of
// `kg build`.
//
// Every mention that names an entity, a role reference or a named relation is
// collapsed, titles and honorifics included, into one placeholder token
// (LinkParser::placeholder) before parsing: "PM Dato' Seri Anwar Ibrahim" is
// one proper noun to the parser, which makes the parse both faster and right.
// The clauses of the parse are read by the Open IE reader (open_ie.h); a
// clause gives a relation when its subject's head is an entity (a pronoun or a
// role reference counts through the resolver) and
//   - an object's head is an entity: "visited X", "was elected by X" (a passive
//     with a by-agent is turned around), "met with A , B and C";
//   - or a short object noun phrase is followed by a prepositional argument
//     headed by an entity: "held talks with X", "paid a visit to X";
//   - or the subject is a coordination of entities and the clause has no
//     entity object: "A and B agreed to protect ..." relates A and B.
// Negated verb groups ("did not sign") are kept as read.
//
// The Extractor parses with max_null_count 0 (complete linkages only) and runs
// this beside the pattern extractor of kg 0.1 (PatternClauses), merging both:
// a sentence without a complete linkage is still read by the patterns, and the
// patterns keep relations a wrong parse loses (README, "How extraction works").
//
// Sentences of more than 100 words (after collapsing) are not parsed.
//
// Parses are memoised in a ParseCache keyed by the collapsed words: sentences
// that differ only in the names they mention, and repeated sentences, are
// parsed once per instance. The cache is bounded (96 MiB by default).
//
// Thread safety: extract() may run on several threads at once; each thread
// lazily creates its own LinkParser over the shared dictionary.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "extract/linkgrammar/link_parser.h"
#include "extract/linkgrammar/parse_cache.h"
#include "extract/relations/relation_extractor.h"

namespace kg::extract {

// The words handed to the parser for one sentence, with the mention each word
// stands for (-1 for none), and the token each word starts at.
struct ParseInput {
  std::vector<std::string> words;
  std::vector<int> mention;
  std::vector<std::size_t> token;
};

// Collapses name, role-reference and named-relation mentions of `s` (from
// span_begin, titles included) into placeholder words; pronouns keep their
// word and point at their mention.
ParseInput collapse_mentions(const AnalysedSentence& s);

class ParsedClauses : public RelationExtractor {
 public:
  // `dictionary` may be null: extract() then adds nothing. `cache_bytes` 0
  // disables the parse cache.
  explicit ParsedClauses(std::shared_ptr<const LinkDictionary> dictionary,
                         LinkParserOptions options = {}, std::size_t cache_bytes = 96u << 20);

  std::string_view name() const override { return "parsed clauses"; }
  void extract(const DocumentContext& ctx, const AnalysedSentence& s,
               std::vector<RawRelation>& out) const override;

  // Hits and misses of the parse cache so far (all zero without a cache).
  ParseCache::Stats cache_stats() const;

 private:
  const LinkParser* parser() const;

  std::shared_ptr<const LinkDictionary> dictionary_;
  LinkParserOptions options_;
  std::shared_ptr<ParseCache> cache_;  // null when disabled
  std::uint64_t id_;                   // keys this instance's per-thread parsers
};

}  // namespace kg::extract
