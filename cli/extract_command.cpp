#include "cli/extract_command.h"

#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "cli/output.h"
#include "extract/extractor.h"
#include "extract/input_files.h"
#include "graph/triples_jsonl.h"

namespace kg::cli {
namespace {

// Output formats of `kg extract`; each one is a case of format_triple.
enum class TripleFormat { kJsonl, kTsv };

struct ExtractOptions {
  std::vector<std::string> inputs;
  TripleFormat format = TripleFormat::kJsonl;
};

// A TSV field: tabs and line breaks become spaces so every triple stays one line.
std::string tsv_field(std::string text) {
  for (char& c : text)
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  return text;
}

std::string confidence_text(double confidence) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%g", confidence);
  return buffer;
}

std::string tsv_line(const Triple& t) {
  std::string qualifiers;
  for (const auto& [key, value] : t.qualifiers) {
    if (!qualifiers.empty()) qualifiers += ';';
    qualifiers += key + "=" + value;
  }
  return tsv_field(t.subject) + '\t' + tsv_field(t.predicate) + '\t' + tsv_field(t.object) + '\t' +
         tsv_field(qualifiers) + '\t' + confidence_text(t.confidence);
}

std::string format_triple(const Triple& t, TripleFormat format) {
  switch (format) {
    case TripleFormat::kJsonl:
      return triple_to_json_line(t);
    case TripleFormat::kTsv:
      return tsv_line(t);
  }
  return {};
}

int run_extract(const ExtractOptions& options) {
  auto files = extract::collect_input_files(options.inputs);
  if (!files.ok()) return fail(files.status());
  auto extractor = extract::Extractor::create();
  if (!extractor.ok()) return fail(extractor.status());
  std::string out;
  for (const std::string& file : *files) {
    auto doc = extractor->extract_file(file);
    if (!doc.ok()) return fail(doc.status());
    for (const Triple& triple : doc->triples) {
      out += format_triple(triple, options.format);
      out += '\n';
    }
  }
  if (Status status = write_output("-", out); !status.ok()) return fail(status);
  return kExitOk;
}

}  // namespace

Command add_extract_command(CLI::App& app) {
  auto options = std::make_shared<ExtractOptions>();
  CLI::App* cmd = app.add_subcommand("extract", "Print the triples extracted from articles");
  cmd->add_option("inputs", options->inputs,
                  "Text files, or folders searched recursively for .txt, .text and .md files")
      ->required();
  add_choice_option(*cmd, "-f,--format", options->format,
                    {{"jsonl", TripleFormat::kJsonl}, {"tsv", TripleFormat::kTsv}},
                    "jsonl: one JSON object per triple (the kgscore format); tsv: subject, "
                    "predicate, object, qualifiers (k=v;k=v), confidence");
  return {cmd, [options] { return run_extract(*options); }};
}

}  // namespace kg::cli
