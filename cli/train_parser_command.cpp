#include "cli/train_parser_command.h"

#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "cli/output.h"
#include "extract/parse/conllu.h"
#include "extract/parse/trainer.h"
#include "extract/text_loader.h"

namespace kg::cli {
namespace {

struct TrainParserOptions {
  std::vector<std::string> train;
  std::vector<std::string> dev;
  std::string output;
  std::uint64_t seed = 1;
  int epochs = 15;
  int tagger_epochs = 10;
  int threads = 2;
};

constexpr std::size_t kMaxTreebankBytes = std::size_t{1} << 30;

// Reads a treebank; every sentence must be a labelled tree.
Status read_treebank(const std::string& path, std::vector<parse::Sentence>& out) {
  auto text = extract::load_text_file(path, kMaxTreebankBytes);
  if (!text.ok()) return text.status();
  auto sentences = parse::read_conllu(*text, path);
  if (!sentences.ok()) return sentences.status();
  for (parse::Sentence& s : *sentences) {
    if (Status status = parse::check_tree(s, path); !status.ok()) return status;
    for (std::size_t i = 0; i < s.words.size(); ++i) {
      const std::string& rel = s.words[i].deprel;
      if (rel.empty() || rel == "_" || rel.find('^') != std::string::npos) {
        return Status::InvalidInput(path + ": line " + std::to_string(s.line) + ": word " +
                                    std::to_string(i + 1) + " has no usable DEPREL");
      }
    }
    out.push_back(std::move(s));
  }
  return Status::Ok();
}

int run_train_parser(const TrainParserOptions& options) {
  std::vector<parse::Sentence> train;
  std::vector<parse::Sentence> dev;
  for (const std::string& path : options.train)
    if (Status status = read_treebank(path, train); !status.ok()) return fail(status);
  for (const std::string& path : options.dev)
    if (Status status = read_treebank(path, dev); !status.ok()) return fail(status);
  std::cerr << "kg train-parser: " << train.size() << " training and " << dev.size()
            << " dev sentences\n";
  parse::TrainingOptions training;
  training.seed = options.seed;
  training.parser_epochs = options.epochs;
  training.tagger_epochs = options.tagger_epochs;
  training.threads = options.threads;
  training.log = [](const std::string& line) { std::cerr << "kg train-parser: " << line << '\n'; };
  auto model = parse::train_model(train, dev, training);
  if (!model.ok()) return fail(model.status());
  const std::string bytes = model->serialize();
  if (Status status = write_output(options.output, bytes); !status.ok()) return fail(status);
  std::cerr << "kg train-parser: wrote " << options.output << " (" << bytes.size() << " bytes)\n";
  return kExitOk;
}

}  // namespace

Command add_train_parser_command(CLI::App& app) {
  auto options = std::make_shared<TrainParserOptions>();
  CLI::App* cmd = app.add_subcommand(
      "train-parser", "Train the tagger and parser of kg parse on CoNLL-U treebanks");
  cmd->add_option("--train", options->train, "Training treebanks (CoNLL-U)")->required();
  cmd->add_option("--dev", options->dev, "Dev treebank(s): epochs are chosen on them")->required();
  cmd->add_option("-o,--output", options->output, "The model file to write")->required();
  cmd->add_option("--seed", options->seed, "Seed of the shuffling and exploration (default 1)");
  cmd->add_option("--epochs", options->epochs, "Parser training epochs (default 15)")
      ->check(CLI::Range(1, 1000));
  cmd->add_option("--tagger-epochs", options->tagger_epochs, "Tagger training epochs (default 10)")
      ->check(CLI::Range(1, 1000));
  cmd->add_option("-j,--threads", options->threads,
                  "Taggers trained at once (default 2); the model does not depend on it")
      ->check(CLI::Range(1, 64));
  return {cmd, [options] { return run_train_parser(*options); }};
}

}  // namespace kg::cli
