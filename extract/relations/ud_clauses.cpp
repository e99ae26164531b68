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
  const parse::Sentence tree = ud_tree(*model_, words.words);
  words.prep_object.assign(words.words.size(), false);
  for (std::size_t w = 1; w < tree.words.size(); ++w) {
    const parse::Word& before = tree.words[w - 1];
    words.prep_object[w] = before.head == static_cast<int>(w) + 1 && before.deprel == "case";
  }
  read_clause_tuples(ctx, s, words, read_ud_tuples(words.words, tree), out);
}

}  // namespace kg::extract
