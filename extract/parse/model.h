// Model: the sentence segmenter, tagger, lemmatiser and parser trained
// together, and their file format. A model file is a sealed container
// (model_file.h) whose payload holds the four parts in that order. Load a model once and
// share it: every method is const and thread-safe.
#pragma once

#include <string>
#include <string_view>

#include "extract/parse/conllu.h"
#include "extract/parse/lemmatizer.h"
#include "extract/parse/parser.h"
#include "extract/parse/segmenter.h"
#include "extract/parse/tagger.h"
#include "kg/status.h"

namespace kg::parse {

class Model {
 public:
  Model() = default;
  Model(SentenceSegmenter segmenter, Tagger tagger, Lemmatizer lemmatizer, Parser parser)
      : segmenter_(std::move(segmenter)),
        tagger_(std::move(tagger)),
        lemmatizer_(std::move(lemmatizer)),
        parser_(std::move(parser)) {}

  const SentenceSegmenter& segmenter() const { return segmenter_; }
  const Tagger& tagger() const { return tagger_; }
  const Lemmatizer& lemmatizer() const { return lemmatizer_; }
  const Parser& parser() const { return parser_; }

  // The model file's bytes.
  std::string serialize() const;
  // Reads a model file's bytes; `name` starts every error message.
  static Result<Model> deserialize(std::string_view file, const std::string& name);

  // Fills LEMMA, UPOS, XPOS, HEAD and DEPREL of every word from its FORM
  // (FEATS and DEPS become "_"; MISC is kept).
  void annotate(Sentence& sentence) const;
  // The same, with the part of speech of some words known beforehand:
  // `upos[i]`, when not empty, is the UPOS word i gets (with the most
  // frequent XPOS of that UPOS in the tagset), whatever the tagger says, and
  // the parser reads it so. Words whose UPOS the tagset lacks are tagged as usual.
  // With `margins`, margins[i] is the parser's margin for word i's arc
  // (Parser::parse; index 0 is word 1).
  void annotate(Sentence& sentence, const std::vector<std::string>& upos,
                std::vector<int>* margins = nullptr) const;

 private:
  SentenceSegmenter segmenter_;
  Tagger tagger_;
  Lemmatizer lemmatizer_;
  Parser parser_;
};

// Reads the model file at `path` and deserializes it. Errors, one line
// starting with the path: NotFound (no such file), IoError (a folder, or
// unreadable), InvalidInput (see Model::deserialize).
Result<Model> load_model_file(const std::string& path);

// What the parser reads about a sentence, from the forms and the tagger's
// and lemmatiser's output (index 0 of the result is the root).
ParserSentence parser_sentence(const std::vector<WordInfo>& words, const std::vector<int>& tags,
                               const Tagger& tagger, const std::vector<std::string>& lemmas);

}  // namespace kg::parse
