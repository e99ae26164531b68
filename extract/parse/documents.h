// The inputs of UdParser (kg/parse.h) as CoNLL-U sentences to annotate, and
// their annotation: wiring between the text stage (loading, normalisation,
// sentence splitting) and the model (tokenizer, segmenter, tagger, parser).
// Every reader appends to `out` and returns a one-line error naming the file
// ("-" is stdin).
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "extract/parse/conllu.h"
#include "extract/parse/model.h"
#include "kg/status.h"

namespace kg::parse {

// A CoNLL-U file, its words as given; heads, when all are present, must form trees.
Status read_conllu_input(const std::string& path, std::vector<Sentence>& out);

// A treebank to train on (path "-": stdin): every sentence must be a tree
// with a relation on every word.
Status read_treebank(const std::string& path, std::vector<Sentence>& out);

// One pre-tokenised sentence per non-blank line, words separated by spaces.
Status read_tokenized_input(const std::string& path, std::vector<Sentence>& out);

// Raw text, see text_sentences.
Status read_text_input(const std::string& path, const Model& model, std::vector<Sentence>& out);

// The sentences of raw `text` (the document `doc`): normalised, split into
// paragraphs and sentences by the extraction pipeline's splitter, tokenised,
// and split further where the model's segmenter finds sentence ends. FORMs
// are the characters of `text`; comments newdoc, newpar, sent_id and text.
std::vector<Sentence> text_sentences(const std::string& text, const std::string& doc,
                                     const Model& model);

// Annotates every sentence, `threads` at a time (0: one per core);
// `on_progress`, if set, gets (annotated so far, total) after each sentence,
// one call at a time.
void annotate_all(const Model& model, std::vector<Sentence>& sentences, unsigned threads,
                  const std::function<void(std::size_t, std::size_t)>& on_progress = {});

}  // namespace kg::parse
