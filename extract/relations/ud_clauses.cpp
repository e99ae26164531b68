#include "extract/relations/ud_clauses.h"

#include "extract/openie/open_ie.h"
#include "extract/relations/clause_tuples.h"

namespace kg::extract {
namespace {

// What the mentions say of their tokens' part of speech: a demonym ("Dutch
// broadcaster") is an adjective. (Names are left to the tagger: forcing
// their words to proper nouns made "Morocco international X" read as two
// objects.)
std::vector<std::string> known_upos(const AnalysedSentence& s) {
  std::vector<std::string> upos(s.tokens.size());
  for (const Mention& m : s.mentions) {
    for (std::size_t i = m.begin; i < m.end && i < s.tokens.size(); ++i) {
      const std::string& t = s.tokens[i].text;
      const bool capital = !t.empty() && t[0] >= 'A' && t[0] <= 'Z';
      if (m.kind == MentionKind::kModifier && m.end == m.begin + 1 && capital &&
          m.canonical != m.text)
        upos[i] = "ADJ";
    }
  }
  return upos;
}

}  // namespace

void UdClauses::extract(const DocumentContext& ctx, const AnalysedSentence& s,
                        std::vector<RawRelation>& out) const {
  if (s.tokens.empty() || s.tokens.size() > kOpenIeMaxTokens || relation_ends(ctx, s) < 2) return;
  ClauseWords words = sentence_words(s);
  const UdParse parsed = parse_tokens(*model_, words.words, known_upos(s));
  parsed_.fetch_add(1, std::memory_order_relaxed);
  const parse::Sentence& tree = parsed.tree;
  words.prep_object.assign(words.words.size(), false);
  // A word right after a case word is its object when it is the case word's
  // head. (Also taking the first word of the head's mention, "with Chancellor
  // Olaf Scholz", found nothing more on dev-news and misread "the paths of
  // the two countries" in a sample article.)
  for (std::size_t w = 1; w < tree.words.size(); ++w) {
    const parse::Word& before = tree.words[w - 1];
    words.prep_object[w] = before.deprel == "case" && before.head == static_cast<int>(w) + 1;
  }
  read_clause_tuples(ctx, s, words, read_ud_tuples(words.words, parsed), out);
}

}  // namespace kg::extract
