// The extraction API: news articles (plain UTF-8 text) to the typed entities
// and relation triples of each document (kg/graph.h's DocumentExtraction),
// and the Open IE mode that reads every clause of pre-tokenised sentences.
//
// An Extractor runs the pipeline of extract/ on each document: load and
// validate, normalise, clean boilerplate, split sentences, tokenise, find and
// resolve mentions, read relations (patterns and a parse), merge. It is
// immutable after create(): one instance serves many documents, from several
// threads at once. Errors are returned as Status, never thrown.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "kg/graph.h"
#include "kg/status.h"

namespace kg::extract {

// The largest article kg reads by default. Extraction time and memory grow
// with the text; 8 MiB is far above any article.
inline constexpr std::size_t kDefaultMaxTextBytes = std::size_t{8} << 20;

// The input path that stands for standard input ("-"), and the name of the
// document read from it ("stdin": in graph.json, evidence and messages).
inline constexpr std::string_view kStdinPath = "-";
inline constexpr std::string_view kStdinDocument = "stdin";

// Reads the file at `path` and returns its text with a leading UTF-8 BOM removed.
// `path` "-" reads standard input, once per process: later calls return the
// same text (an input given twice, or read twice by one command, is the same).
// Errors, all with a message "<path>: <cause>":
//   NotFound       the path does not exist;
//   IoError        the path is a directory or cannot be opened or read;
//   ResourceLimit  the file is larger than `max_bytes`;
//   InvalidInput   not usable as article text: empty or only white space,
//                  binary, HTML, UTF-16/32, invalid UTF-8, or data that is not
//                  prose (JSON, XML, DOT, N-Triples, CSV/TSV, kg's outputs).
Result<std::string> load_text_file(const std::string& path,
                                   std::size_t max_bytes = kDefaultMaxTextBytes);

// The file name endings collect_input_files looks for in folders by default.
inline const std::vector<std::string> kTextFileExtensions = {".txt", ".text", ".md"};

// Expands command-line inputs (files and folders) into the list of text files
// to read. A folder contributes its regular files ending in one of
// `extensions` (given in lower case, matched in any case; by default .txt,
// .text or .md), recursively, sorted by path, hidden files skipped. A file reached twice
// (given twice, or both alone and inside a given folder) is listed once, where
// it was first reached. "-" (standard input) is kept as it is, once. Errors,
// one line naming the path: a path that does not
// exist, a folder with no text files, a path that is neither a file nor a
// folder, no inputs at all.
Result<std::vector<std::string>> collect_input_files(
    const std::vector<std::string>& paths,
    const std::vector<std::string>& extensions = kTextFileExtensions);

struct ExtractorOptions {
  std::size_t max_file_bytes = kDefaultMaxTextBytes;  // larger inputs are refused
  double min_confidence = 0.0;                        // drop triples below this
  // Read clauses from each sentence's UD parse (UdClauses); false uses only
  // the pattern extractors, faster and less exact (README, "Speed").
  bool parse_clauses = true;
};

// The name of the document read from `path`: the path as given, lexically
// normalised ("./a//b.txt" -> "a/b.txt"), so that files of the same name in
// different folders stay different documents and each names a file the user
// can open; "stdin" for "-".
std::string document_name(const std::string& path);

// What the cleaner removes from the file at `path` before extraction (the
// same spans as DocumentExtraction::removed), without extracting anything.
// Errors as Extractor::extract_file.
Result<std::vector<RemovedText>> removed_text(const std::string& path,
                                              std::size_t max_file_bytes = kDefaultMaxTextBytes);

class Lexicon;
class UdClauses;
class RelationExtractor;

class Extractor {
 public:
  // Loads the built-in lexicons and, with parse_clauses, the built-in parser
  // model. Fails if either is corrupt or missing (a build error).
  static Result<Extractor> create(ExtractorOptions options = {});

  // Reads, validates and extracts one file, named document_name(path). Errors
  // name the file: missing, unreadable, empty, binary, not UTF-8, too large,
  // not prose.
  Result<DocumentExtraction> extract_file(const std::string& path) const;

  // Extracts `paths` on `threads` workers (0: one per core), each taking the
  // next unread file; results come in the order of `paths`. Every file is
  // read and validated first, so a bad one fails the call before any parsing;
  // the error is that of the first failing file in the order of `paths`. `on_done`, if set, is
  // called with the number of files finished so far and the number of
  // sentences in them, one call at a time.
  Result<std::vector<DocumentExtraction>> extract_files(
      const std::vector<std::string>& paths, unsigned threads,
      const std::function<void(std::size_t, std::uint64_t)>& on_done = {}) const;

  // Extracts from text already in memory (validated as by extract_file).
  Result<DocumentExtraction> extract_text(std::string_view text, const std::string& document) const;

  const Lexicon& lexicon() const { return *lexicon_; }

  // Sentences parsed so far (those with two or more possible relation ends);
  // zero without parse_clauses.
  std::uint64_t parsed_sentences() const;

 private:
  Extractor(std::shared_ptr<const Lexicon> lexicon, ExtractorOptions options,
            std::vector<std::shared_ptr<const RelationExtractor>> relations,
            std::shared_ptr<const UdClauses> parsed);
  std::shared_ptr<const Lexicon> lexicon_;
  ExtractorOptions options_;
  std::vector<std::shared_ptr<const RelationExtractor>>
      relations_;                            // run in order on each sentence
  std::shared_ptr<const UdClauses> parsed_;  // among relations_, or null
};

// Open IE (the CaRB benchmark's task): every clause of a sentence as a tuple
// (relation, arguments), each argument a span of the sentence's own tokens.

// Where an argument sits in the input tokens.
struct OpenIeSpan {
  int first = -1;          // first input token of the argument
  int last = -1;           // last input token
  int prep = -1;           // the preposition the argument starts with, or -1
  std::vector<int> heads;  // the head token, or each conjunct's head ("A , B and C")
};

struct OpenIeTuple {
  std::string relation;
  std::vector<std::string> args;  // arg1 (subject), arg2 ...
  std::vector<OpenIeSpan> spans;  // parallel to args
  double confidence = 0.0;
  // True when no word of the sentence states the relation ("Trek 's
  // president" -> has): CaRB counts these, the entity graph does not.
  bool implicit = false;
  // False when the subject is borrowed from another clause (a coordinated
  // verb's, the main clause's for a participle phrase).
  bool own_subject = true;
  // False when the clause is said under a negation or a verb of denial
  // ("denied reports that X met Y"): read, but not stated as a fact.
  bool asserted = true;
  // The relation is a passive ending in "by" and args[1] is its agent ("was
  // signed by"; "co-led by" of a participle modifying the subject).
  bool passive = false;
  // The input tokens the relation's words come from, in order (empty when
  // implicit, and from readers that do not record them).
  std::vector<int> relation_tokens;
};

// Sentences longer than this many tokens are not parsed and get no tuples.
inline constexpr std::size_t kOpenIeMaxTokens = 250;

// One line of a file of pre-tokenised sentences (the CaRB input format).
struct TokenizedLine {
  std::string text;  // the line without its line break or surrounding spaces
  std::vector<std::string> tokens;
  int line = 0;  // 1-based line number in the text
};

// Each non-blank line with its whitespace-separated tokens, kept verbatim.
// Lines end at LF (a preceding CR is dropped).
std::vector<TokenizedLine> tokenized_lines(std::string_view text);

// The tuples of each tokenised sentence, in the order of `sentences`, the
// same whatever `threads` is (at least one worker is used, never more than
// there are sentences). Errors: the built-in parser model cannot be loaded
// (a build error).
Result<std::vector<std::vector<OpenIeTuple>>> extract_open_ie(
    const std::vector<std::vector<std::string>>& sentences, unsigned threads);

}  // namespace kg::extract
