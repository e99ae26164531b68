#include "cli/parse_command.h"

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "cli/output.h"
#include "cli/parse_input.h"
#include "extract/input_files.h"
#include "extract/parse/conllu.h"
#include "extract/parse/embedded_model.h"
#include "extract/parse/model.h"

namespace kg::cli {
namespace {

enum class InputFormat { kAuto, kText, kConllu };

struct ParseOptions {
  std::vector<std::string> inputs;
  InputFormat format = InputFormat::kAuto;
  bool tokenized = false;
  std::string model;     // empty: the built-in model
  unsigned threads = 0;  // 0: one per core
};

bool is_conllu_name(const std::string& path) {
  return std::filesystem::path(path).extension() == ".conllu";
}

// The files to read, in order: "-" stands for stdin; folders give their
// .conllu files (--format conllu) or their text files.
Result<std::vector<std::string>> input_files(const ParseOptions& options) {
  std::vector<std::string> files;
  for (const std::string& input : options.inputs) {
    std::error_code ec;
    if (input == "-") {
      files.push_back(input);
      continue;
    }
    if (options.format != InputFormat::kConllu || !std::filesystem::is_directory(input, ec)) {
      auto found = extract::collect_input_files({input});
      if (!found.ok()) return found.status();
      files.insert(files.end(), found->begin(), found->end());
      continue;
    }
    std::vector<std::string> found;
    for (auto it = std::filesystem::recursive_directory_iterator(input, ec);
         !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
      if (it->is_regular_file(ec) && is_conllu_name(it->path().string()) &&
          !it->path().filename().string().starts_with("."))
        found.push_back(it->path().string());
    }
    if (ec) return Status::IoError(input + ": " + ec.message());
    if (found.empty()) return Status::NotFound(input + ": no .conllu files in this folder");
    std::sort(found.begin(), found.end());
    files.insert(files.end(), found.begin(), found.end());
  }
  return files;
}

Result<parse::Model> load_model(const std::string& path) {
  if (!path.empty()) return parse::load_model_file(path);
  const std::string_view bytes = parse::embedded_model_bytes();
  if (bytes.empty())
    return Status::NotFound("this kg was built without a parser model; give one with --model");
  return parse::Model::deserialize(bytes, std::string(parse::kEmbeddedModelName));
}

int run_parse(const ParseOptions& options) {
  auto files = input_files(options);
  if (!files.ok()) return fail(files.status());
  auto model = load_model(options.model);
  if (!model.ok()) return fail(model.status());
  std::vector<parse::Sentence> sentences;
  for (const std::string& file : *files) {
    const bool conllu = options.format == InputFormat::kConllu ||
                        (options.format == InputFormat::kAuto && is_conllu_name(file));
    Status status = conllu              ? read_conllu_input(file, sentences)
                    : options.tokenized ? read_tokenized_input(file, sentences)
                                        : read_text_input(file, *model, sentences);
    if (!status.ok()) return fail(status);
  }
  annotate_all(*model, sentences, options.threads);
  std::string out;
  for (const parse::Sentence& s : sentences) parse::append_conllu(s, out);
  if (Status status = write_output("-", out); !status.ok()) return fail(status);
  return kExitOk;
}

}  // namespace

Command add_parse_command(CLI::App& app) {
  auto options = std::make_shared<ParseOptions>();
  CLI::App* cmd = app.add_subcommand(
      "parse", "Tag and parse text into Universal Dependencies (CoNLL-U on stdout)");
  cmd->add_option("inputs", options->inputs,
                  "Text or CoNLL-U files, folders (searched recursively), or - for stdin")
      ->required();
  add_choice_option(*cmd, "-f,--format", options->format,
                    {{"auto", InputFormat::kAuto},
                     {"text", InputFormat::kText},
                     {"conllu", InputFormat::kConllu}},
                    "Input format: text (raw text, or with --tokenized one tokenised sentence a "
                    "line), conllu (the words of a CoNLL-U file, as given); auto: conllu for "
                    ".conllu files, text otherwise");
  cmd->add_flag("--tokenized", options->tokenized,
                "Text input is one sentence a line, words separated by spaces (no tokenizer)");
  cmd->add_option("--model", options->model,
                  "A model file written by kg train-parser (default: the built-in model)");
  cmd->add_option("-j,--threads", options->threads,
                  "Sentences parsed at once (default 0: one per core)");
  return {cmd, [options] { return run_parse(*options); }};
}

}  // namespace kg::cli
