#include "extract/relations/ud_clauses.h"

#include "extract/openie/ud_open_ie.h"
#include "extract/relations/clause_tuples.h"

namespace kg::extract {
namespace {

// Names, role references and named relations are what the words of a
// relation may not be; pronouns too stand for entities.
bool names_something(MentionKind kind) {
  return kind == MentionKind::kName || kind == MentionKind::kRoleRef ||
         kind == MentionKind::kRelationNoun;
}

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
  ClauseWords words;
  for (std::size_t i = 0; i < s.tokens.size(); ++i) {
    words.words.push_back(s.tokens[i].text);
    words.token.push_back(i);
    const int m = s.mention_at(i);
    const MentionKind kind = m >= 0 ? s.mentions[static_cast<std::size_t>(m)].kind : MentionKind::kDate;
    const bool named = m >= 0 && names_something(kind);
    words.name.push_back(named);
    const bool stands_for = (named && kind != MentionKind::kRelationNoun) ||
                            (m >= 0 && kind == MentionKind::kPronoun);
    words.mention.push_back(stands_for ? m : -1);
  }
  const UdParse parsed = parse_tokens(*model_, words.words, known_upos(s));
  const parse::Sentence& tree = parsed.tree;
  words.prep_object.assign(words.words.size(), false);
  for (std::size_t w = 1; w < tree.words.size(); ++w) {
    const parse::Word& before = tree.words[w - 1];
    words.prep_object[w] = before.head == static_cast<int>(w) + 1 && before.deprel == "case";
  }
  read_clause_tuples(ctx, s, words, read_ud_tuples(words.words, parsed), out);
}

}  // namespace kg::extract
