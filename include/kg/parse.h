// Universal Dependencies parsing (kg parse, kg train-parser): English text to
// the words, lemmas, part-of-speech tags and dependency trees of its
// sentences, written as CoNLL-U (https://universaldependencies.org/format.html),
// and the training of the model that does it from UD treebanks.
//
// A UdParser holds one model (the one built into kg, or a model file). It is
// immutable after load(): one instance serves many documents, from several
// threads at once. Errors are returned as Status, never thrown.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "kg/status.h"

namespace kg::parse {

class Model;

// How UdParser::parse_files reads its inputs.
enum class InputFormat {
  kAuto,    // files ending in .conllu as CoNLL-U, the others as text
  kText,    // text (raw, or tokenised with ParseFilesOptions::tokenized)
  kConllu,  // the words of a CoNLL-U file, as given
};

// The file name endings a folder is searched for (collect_input_files) when
// its inputs are read as `format`: .conllu for kConllu, text files otherwise.
std::vector<std::string> input_extensions(InputFormat format);

struct ParseFilesOptions {
  InputFormat format = InputFormat::kAuto;
  bool tokenized = false;  // text is one sentence a line, words separated by spaces
  unsigned threads = 0;    // sentences annotated at once; 0 = one per core
  // If set, called with the sentences annotated so far and their total, one
  // call at a time, after each sentence.
  std::function<void(std::size_t, std::size_t)> on_progress;
};

class UdParser {
 public:
  // The model file at `model_path` (written by train_model_file), or the
  // model built into kg when the path is empty. Errors, one line naming the
  // file: NotFound (no such file, or a kg built without a model), IoError,
  // InvalidInput (not a kg parser model, another format version, truncated,
  // corrupt).
  static Result<UdParser> load(const std::string& model_path = {});

  // Reads each of `paths` ("-" is standard input) and returns the CoNLL-U of
  // all their sentences, in order, the same whatever the thread count.
  //   text: paragraphs, sentences (the extraction pipeline's normaliser and
  //     sentence splitter, then the model's segmenter) and UD English tokens;
  //     FORMs are the input's own characters, with "# newdoc id" (the
  //     document_name of the path, "stdin" for "-"), "# newpar", "# sent_id",
  //     "# text" and SpaceAfter=No. Tokenised text: one sentence a line.
  //   CoNLL-U: the words as given (comments, multiword tokens and empty
  //     nodes kept); LEMMA, UPOS, XPOS, HEAD and DEPREL are replaced and
  //     FEATS and DEPS become "_". Heads, when all are given, must form trees.
  // Text is read and checked as by load_text_file. Errors name the file and
  // the line; nothing is parsed unless every input reads.
  Result<std::string> parse_files(const std::vector<std::string>& paths,
                                  const ParseFilesOptions& options) const;

  // The CoNLL-U of raw text in memory, read as a text file named `document`.
  std::string parse_text(std::string_view text, const std::string& document) const;

  const Model& model() const { return *model_; }
  std::shared_ptr<const Model> shared_model() const { return model_; }

 private:
  explicit UdParser(std::shared_ptr<const Model> model) : model_(std::move(model)) {}
  std::shared_ptr<const Model> model_;
};

struct ModelTrainingOptions {
  std::vector<std::string> train;  // CoNLL-U treebanks to learn from
  std::vector<std::string> dev;    // CoNLL-U treebanks the best epochs are chosen on
  std::uint64_t seed = 1;          // of the shuffling and the parser's exploration
  int parser_epochs = 15;
  int tagger_epochs = 10;
  int threads = 2;  // taggers trained at once; the model does not depend on it
  std::function<void(const std::string&)> log;  // progress and dev scores, may be empty
};

// Trains the segmenter, tagger, lemmatiser and parser on the treebanks and
// returns the bytes of the model file. The same files, options and seed give
// the same bytes. Every sentence must be a tree with a relation on every
// word; anything else is an InvalidInput naming the file and line.
Result<std::string> train_model_file(const ModelTrainingOptions& options);

}  // namespace kg::parse
