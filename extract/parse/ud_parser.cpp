// UdParser and train_model_file (kg/parse.h): the public face of kg_parse,
// over the model (model.h), the input readers (documents.h) and the trainer.
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "extract/parse/conllu.h"
#include "extract/parse/documents.h"
#include "extract/parse/embedded_model.h"
#include "extract/parse/model.h"
#include "extract/parse/trainer.h"
#include "kg/extract.h"
#include "kg/parse.h"

namespace kg::parse {
namespace {

bool is_conllu_name(const std::string& path) {
  return std::filesystem::path(path).extension() == ".conllu";
}

std::string to_conllu(const std::vector<Sentence>& sentences) {
  std::string out;
  for (const Sentence& s : sentences) append_conllu(s, out);
  return out;
}

}  // namespace

std::vector<std::string> input_extensions(InputFormat format) {
  if (format == InputFormat::kConllu) return {".conllu"};
  return extract::kTextFileExtensions;
}

Result<UdParser> UdParser::load(const std::string& model_path) {
  if (!model_path.empty()) {
    auto model = load_model_file(model_path);
    if (!model.ok()) return model.status();
    return UdParser(std::make_shared<const Model>(std::move(*model)));
  }
  const std::string_view bytes = embedded_model_bytes();
  if (bytes.empty())
    return Status::NotFound("this kg was built without a parser model; give one with --model");
  auto model = Model::deserialize(bytes, std::string(kEmbeddedModelName));
  if (!model.ok()) return model.status();
  return UdParser(std::make_shared<const Model>(std::move(*model)));
}

Result<std::string> UdParser::parse_files(const std::vector<std::string>& paths,
                                          const ParseFilesOptions& options) const {
  std::vector<Sentence> sentences;
  for (const std::string& path : paths) {
    const bool conllu = options.format == InputFormat::kConllu ||
                        (options.format == InputFormat::kAuto && is_conllu_name(path));
    Status status = conllu              ? read_conllu_input(path, sentences)
                    : options.tokenized ? read_tokenized_input(path, sentences)
                                        : read_text_input(path, *model_, sentences);
    if (!status.ok()) return status;
  }
  annotate_all(*model_, sentences, options.threads, options.on_progress);
  return to_conllu(sentences);
}

std::string UdParser::parse_text(std::string_view text, const std::string& document) const {
  std::vector<Sentence> sentences = text_sentences(std::string(text), document, *model_);
  annotate_all(*model_, sentences, 1);
  return to_conllu(sentences);
}

Result<std::string> train_model_file(const ModelTrainingOptions& options) {
  std::vector<Sentence> train;
  std::vector<Sentence> dev;
  for (const std::string& path : options.train)
    if (Status status = read_treebank(path, train); !status.ok()) return status;
  for (const std::string& path : options.dev)
    if (Status status = read_treebank(path, dev); !status.ok()) return status;
  if (options.log) {
    options.log(std::to_string(train.size()) + " training and " + std::to_string(dev.size()) +
                " dev sentences");
  }
  TrainingOptions training;
  training.seed = options.seed;
  training.parser_epochs = options.parser_epochs;
  training.tagger_epochs = options.tagger_epochs;
  training.threads = options.threads;
  training.log = options.log;
  auto model = train_model(train, dev, training);
  if (!model.ok()) return model.status();
  return model->serialize();
}

}  // namespace kg::parse
