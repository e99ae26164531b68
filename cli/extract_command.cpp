#include "cli/extract_command.h"

#include <cstdint>
#include <cstdio>
#include <string>
#include <thread>
#include <vector>

#include "cli/output.h"
#include "cli/progress.h"
#include "kg/extract.h"
#include "kg/io.h"

namespace kg::cli {
namespace {

// The first line of --format tsv: the column names.
constexpr const char* kTsvHeader = "subject\tpredicate\tobject\tqualifiers\tconfidence";

std::string tsv_line(const Triple& t) {
  return single_line(t.subject) + '\t' + single_line(t.predicate) + '\t' + single_line(t.object) +
         '\t' + single_line(format_qualifiers(t.qualifiers, ";")) + '\t' +
         format_confidence(t.confidence);
}

std::string format_triple(const Triple& t, TripleFormat format) {
  switch (format) {
    case TripleFormat::kJsonl:
      return triple_to_json_line(t);
    case TripleFormat::kTsv:
      return tsv_line(t);
    case TripleFormat::kCarb:
      break;
  }
  return {};
}

// "FILE: 2 lines of more than 250 tokens were not parsed and have no tuples
// (lines 3, 8)"; at most five line numbers are listed.
std::string too_long_note(const std::string& file, const std::vector<int>& lines) {
  std::string text = file + ": " + std::to_string(lines.size()) +
                     (lines.size() == 1 ? " line" : " lines") + " of more than " +
                     std::to_string(extract::kOpenIeMaxTokens) +
                     " tokens were not parsed and have no tuples (line";
  text += lines.size() == 1 ? " " : "s ";
  for (std::size_t k = 0; k < lines.size() && k < 5; ++k)
    text += (k > 0 ? ", " : "") + std::to_string(lines[k]);
  return text + (lines.size() > 5 ? ", ...)" : ")");
}

// CaRB's tabbed format: sentence, confidence, relation, arguments.
int run_carb(const std::vector<std::string>& files, unsigned threads) {
  std::vector<std::string> lines;
  std::vector<std::vector<std::string>> sentences;
  std::vector<std::string> notes;
  for (const std::string& file : files) {
    auto text = extract::load_text_file(file);
    if (!text.ok()) return fail(text.status());
    std::vector<int> too_long;
    for (extract::TokenizedLine& line : extract::tokenized_lines(*text)) {
      if (line.tokens.size() > extract::kOpenIeMaxTokens) too_long.push_back(line.line);
      lines.push_back(single_line(std::move(line.text)));
      sentences.push_back(std::move(line.tokens));
    }
    if (!too_long.empty()) notes.push_back(too_long_note(file, too_long));
  }
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  auto tuples = extract::extract_open_ie(sentences, threads);
  if (!tuples.ok()) return fail(tuples.status());
  std::string out;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    for (const extract::OpenIeTuple& t : (*tuples)[i]) {
      out += lines[i] + '\t' + format_confidence(t.confidence) + '\t' + single_line(t.relation);
      for (const std::string& arg : t.args) out += '\t' + single_line(arg);
      out += '\n';
    }
  }
  if (Status status = write_output("-", out); !status.ok()) return fail(status);
  for (const std::string& text : notes) note(text);
  return kExitOk;
}

// The text the cleaner removes, one span a line: document, byte range in the
// file, reason, text (tabs and line breaks as spaces), under a header line.
int run_show_cleaning(const std::vector<std::string>& files) {
  std::string out = "document\tstart\tend\treason\ttext\n";
  for (const std::string& file : files) {
    auto removed = extract::removed_text(file);
    if (!removed.ok()) return fail(removed.status());
    for (const RemovedText& r : *removed) {
      out += single_line(extract::document_name(file)) + '\t' + std::to_string(r.start) + '\t' +
             std::to_string(r.end) + '\t' + r.reason + '\t' + single_line(r.text) + '\n';
    }
  }
  if (Status status = write_output("-", out); !status.ok()) return fail(status);
  return kExitOk;
}

}  // namespace

int run_extract(const ExtractOptions& options) {
  auto files = extract::collect_input_files(options.inputs);
  if (!files.ok()) return fail(files.status());
  if (options.show_cleaning) return run_show_cleaning(*files);
  if (options.format == TripleFormat::kCarb) return run_carb(*files, options.threads);
  extract::ExtractorOptions extractor_options;
  extractor_options.parse_clauses = !options.patterns_only;
  extractor_options.min_confidence = options.min_confidence;
  auto extractor = extract::Extractor::create(extractor_options);
  if (!extractor.ok()) return fail(extractor.status());
  ProgressBar progress("documents", files->size(), progress_mode(options.progress, options.quiet));
  auto docs = extractor->extract_files(
      *files, options.threads,
      [&](std::size_t done, std::uint64_t sentences) { progress.update(done, sentences); });
  progress.finish();
  if (!docs.ok()) return fail(docs.status());
  std::string out = options.format == TripleFormat::kTsv ? std::string(kTsvHeader) + '\n' : "";
  for (const DocumentExtraction& doc : *docs) {
    for (const Triple& triple : doc.triples) {
      out += format_triple(triple, options.format);
      out += '\n';
    }
  }
  if (Status status = write_output("-", out); !status.ok()) return fail(status);
  return kExitOk;
}

}  // namespace kg::cli
