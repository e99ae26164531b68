// CoNLL-U sentences (https://universaldependencies.org/format.html): reading,
// checking and writing.
//
// A Sentence keeps everything a round trip needs: its comment lines, its
// syntactic words, its multiword tokens ("3-4") and its empty nodes ("8.1",
// kept verbatim). Reading checks the format only as far as kg relies on it: ten
// tab-separated columns, word IDs 1..n in order, token ranges over those words,
// heads that are "_" or a word of the sentence; check_tree then says whether
// the heads form a tree. Errors are one line: "<name>: line N: <cause>".
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "kg/status.h"

namespace kg::parse {

// One syntactic word. `head` is kNoHead when the HEAD column is "_".
struct Word {
  static constexpr int kNoHead = -1;
  std::string form;
  std::string lemma = "_";
  std::string upos = "_";
  std::string xpos = "_";
  std::string feats = "_";
  int head = kNoHead;
  std::string deprel = "_";
  std::string deps = "_";
  std::string misc = "_";
};

// A multiword token spanning words first..last (1-based IDs, first < last).
struct MultiwordToken {
  int first = 0;
  int last = 0;
  std::string form;
  std::string misc = "_";
};

// An empty node of the enhanced graph, kept as its original line; it is
// written after word `after` (0: before the first word).
struct EmptyNode {
  int after = 0;
  std::string line;
};

struct Sentence {
  std::vector<std::string> comments;   // whole lines, each starting with '#'
  std::vector<Word> words;             // words[i] has ID i + 1
  std::vector<MultiwordToken> tokens;  // sorted by `first`
  std::vector<EmptyNode> empty_nodes;  // sorted by `after`
  std::size_t line = 0;                // 1-based line of its first line in the input

  // The value of a "# key = value" comment, or empty.
  std::string comment_value(std::string_view key) const;
};

// Parses CoNLL-U `text`; `name` (the file) starts every error message.
// InvalidInput on a line that is not CoNLL-U: a column count other than 10,
// a bad or out-of-order ID, a multiword range outside its sentence, a HEAD
// that is neither "_" nor a word ID of the sentence, or an empty FORM. A
// file without any word is an error too.
Result<std::vector<Sentence>> read_conllu(std::string_view text, const std::string& name);

// OK when every word has a head, exactly one word has head 0 and following
// heads from any word reaches it; else InvalidInput "<name>: line L: <cause>"
// with L the sentence's first line.
Status check_tree(const Sentence& sentence, const std::string& name);

// Appends `sentence` in CoNLL-U, followed by the blank line that ends it.
void append_conllu(const Sentence& sentence, std::string& out);

// Whether MISC holds SpaceAfter=No.
bool no_space_after(std::string_view misc);

// `misc` with SpaceAfter=No added (no_space true) or removed, keeping the
// other attributes in order; "_" when nothing is left.
std::string with_space_after(std::string_view misc, bool space_after);

// DEPREL without its subtype ("nmod:poss" -> "nmod").
std::string_view universal_relation(std::string_view deprel);

}  // namespace kg::parse
