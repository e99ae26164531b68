// Extractor: text -> typed entities -> triples with provenance, for one
// document at a time (DESIGN.md, "Pipeline (extract)").
//
// An Extractor owns its lexicons and relation extractors and is immutable after
// create(): one instance may serve many documents, and extract_* are safe to
// call from several threads at once (the clause extractor keeps one Link
// Grammar parser per thread). Errors are returned, never thrown.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "extract/text/text_loader.h"
#include "graph/triple.h"

namespace kg::extract {

struct ExtractorOptions {
  std::size_t max_file_bytes = kDefaultMaxTextBytes;  // larger inputs are refused
  double min_confidence = 0.0;                        // drop triples below this
  // Read clauses from a Link Grammar parse (ParsedClauses); false uses only
  // the pattern extractors of kg 0.1, which are ~20x faster and less exact.
  bool parse_clauses = true;
};

// The name of the document read from `path`: the path as given, lexically
// normalised ("./a//b.txt" -> "a/b.txt"), so that files of the same name in
// different folders stay different documents and each names a file the user
// can open.
std::string document_name(const std::string& path);

// What the cleaner removes from the file at `path` before extraction (the
// same spans as DocumentExtraction::removed), without extracting anything.
// Errors as Extractor::extract_file.
Result<std::vector<RemovedText>> removed_text(const std::string& path,
                                              std::size_t max_file_bytes = kDefaultMaxTextBytes);

class Lexicon;
class ParsedClauses;
class RelationExtractor;

class Extractor {
 public:
  // Loads the built-in lexicons and, with parse_clauses, the Link Grammar
  // dictionary (shared by the process). Fails if the lexicons are corrupt (a
  // build error) or the dictionary cannot be loaded (package missing).
  static Result<Extractor> create(ExtractorOptions options = {});

  // Reads, validates and extracts one file, named document_name(path). Errors
  // name the file: missing, unreadable, empty, binary, not UTF-8, too large,
  // not prose.
  Result<DocumentExtraction> extract_file(const std::string& path) const;

  // Extracts `paths` on `threads` workers (0: one per core), each taking the
  // next unread file; results come in the order of `paths`. Every file is
  // read and validated first, so a bad one fails the call before any parsing;
  // the error is that of the first failing file in the order of `paths`. `on_done`, if set, is
  // called with the number of files finished so far, one call at a time.
  Result<std::vector<DocumentExtraction>> extract_files(
      const std::vector<std::string>& paths, unsigned threads,
      const std::function<void(std::size_t)>& on_done = {}) const;

  // Extracts from text already in memory (validated as by extract_file).
  Result<DocumentExtraction> extract_text(std::string_view text, const std::string& document) const;

  const Lexicon& lexicon() const { return *lexicon_; }

  // Link Grammar work so far: sentences parsed, and sentences whose parse was
  // reused from the parse cache (same words after collapsing mentions). Both
  // zero without parse_clauses.
  struct ParseCounts {
    std::uint64_t parsed = 0;
    std::uint64_t reused = 0;
  };
  ParseCounts parse_counts() const;

 private:
  Extractor(std::shared_ptr<const Lexicon> lexicon, ExtractorOptions options,
            std::vector<std::shared_ptr<const RelationExtractor>> relations,
            std::shared_ptr<const ParsedClauses> parsed);
  std::shared_ptr<const Lexicon> lexicon_;
  ExtractorOptions options_;
  std::vector<std::shared_ptr<const RelationExtractor>>
      relations_;                                // run in order on each sentence
  std::shared_ptr<const ParsedClauses> parsed_;  // among relations_, or null
};

}  // namespace kg::extract
