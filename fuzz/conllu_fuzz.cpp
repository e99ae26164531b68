// Fuzz target: the CoNLL-U reader of kg parse (extract/parse/conllu.h) on
// arbitrary bytes. Checked: what reads without error writes back as text that
// reads again into the same sentences (comments, words, multiword tokens,
// empty nodes), and check_tree never fails on a tree it accepted before.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "extract/parse/conllu.h"
#include "fuzz/fuzz_check.h"

namespace {

bool same(const kg::parse::Sentence& a, const kg::parse::Sentence& b) {
  if (a.comments != b.comments || a.words.size() != b.words.size() ||
      a.tokens.size() != b.tokens.size() || a.empty_nodes.size() != b.empty_nodes.size())
    return false;
  for (std::size_t i = 0; i < a.words.size(); ++i) {
    const kg::parse::Word& x = a.words[i];
    const kg::parse::Word& y = b.words[i];
    if (x.form != y.form || x.head != y.head || x.deprel != y.deprel || x.misc != y.misc)
      return false;
  }
  return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  auto sentences = kg::parse::read_conllu(bytes, "fuzz");
  if (!sentences.ok()) {
    FUZZ_CHECK(sentences.status().message().find('\n') == std::string::npos);
    return 0;
  }
  std::string out;
  for (const kg::parse::Sentence& s : *sentences) {
    const bool tree = kg::parse::check_tree(s, "fuzz").ok();
    (void)tree;
    kg::parse::append_conllu(s, out);
  }
  auto again = kg::parse::read_conllu(out, "again");
  FUZZ_CHECK(again.ok());
  FUZZ_CHECK(again->size() == sentences->size());
  for (std::size_t i = 0; i < again->size(); ++i) FUZZ_CHECK(same((*again)[i], (*sentences)[i]));
  return 0;
}
