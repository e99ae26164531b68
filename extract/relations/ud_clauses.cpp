#include "extract/relations/ud_clauses.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "extract/lexicon/word_lists.h"
#include "extract/mentions/name_shape.h"
#include "extract/openie/open_ie.h"
#include "extract/relations/clause_tuples.h"
#include "extract/relations/conjunct_repair.h"
#include "extract/relations/event_nouns.h"
#include "extract/relations/sentence_view.h"

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

// Sets upos[w] to PROPN for each capitalised word of a resolved name (from
// token `from` on; upos and the tree start there) that the tree tags as a
// closed-class word or a verb; true when it set any.
bool retag_names(const AnalysedSentence& s, std::size_t from, const parse::Sentence& tree,
                 std::vector<std::string>& upos) {
  static constexpr std::array<std::string_view, 9> kNotNames = {
      "INTJ", "PRON", "DET", "ADP", "AUX", "CCONJ", "SCONJ", "PART", "VERB"};
  bool changed = false;
  for (const Mention& m : s.mentions) {
    if (m.kind != MentionKind::kName || m.entity < 0) continue;
    for (std::size_t i = std::max(m.begin, from); i < m.end && i < s.tokens.size(); ++i) {
      const std::size_t w = i - from;
      if (w >= tree.words.size() || !is_capitalised(s.tokens[i]) || !upos[w].empty() ||
          !words::contains(kNotNames, tree.words[w].upos))
        continue;
      upos[w] = "PROPN";
      changed = true;
    }
  }
  return changed;
}

// The type of the entity each word from `from` on names (kOther for none).
std::vector<EntityType> word_types(const DocumentContext& ctx, const AnalysedSentence& s,
                                   const ClauseWords& words, std::size_t from) {
  const SentenceView view(ctx, s);
  std::vector<EntityType> types;
  for (std::size_t w = from; w < words.mention.size(); ++w) {
    const int m = words.mention[w];
    const Mention* mention = m >= 0 ? &s.mentions[static_cast<std::size_t>(m)] : nullptr;
    types.push_back(mention && mention->kind == MentionKind::kName && mention->entity >= 0
                        ? view.type(mention->entity)
                        : EntityType::kOther);
  }
  return types;
}

}  // namespace

void UdClauses::extract(const DocumentContext& ctx, const AnalysedSentence& s,
                        std::vector<RawRelation>& out) const {
  if (s.tokens.empty() || s.tokens.size() > kOpenIeMaxTokens || relation_ends(ctx, s) < 2) return;
  ClauseWords words = sentence_words(s);
  // A dateline ("LIMA, May 4 (Wire) -") is no part of the sentence's syntax:
  // the words after it are parsed alone.
  const std::size_t body = SentenceView(ctx, s).dateline_end();
  if (body >= words.words.size()) return;
  const auto from = static_cast<std::ptrdiff_t>(body);
  std::vector<std::string> tokens(words.words.begin() + from, words.words.end());
  // The parser reads British -ise spellings as their American forms; the
  // reader prints the words as written (words.words).
  std::vector<std::string> parsed_forms = tokens;
  for (std::string& t : parsed_forms) {
    if (std::string american = ctx.lexicon.american_spelling(t); !american.empty())
      t = std::move(american);
  }
  std::vector<std::string> upos = known_upos(s);
  upos.erase(upos.begin(), upos.begin() + from);
  UdParse parsed = parse_tokens(*model_, parsed_forms, upos);
  // A word of a name tagged as a closed-class word ("Hassabis , a former
  // ..." read as an interjection) is a proper noun: parsed again so.
  if (retag_names(s, body, parsed.tree, upos)) parsed = parse_tokens(*model_, parsed_forms, upos);
  parsed_.fetch_add(1, std::memory_order_relaxed);
  const std::vector<EntityType> types = word_types(ctx, s, words, body);
  repair_conjuncts(parsed.tree, types);
  repair_including_lists(parsed.tree, types, ctx.lexicon);
  repair_colon_lists(parsed.tree, types, ctx.lexicon);
  const parse::Sentence& tree = parsed.tree;
  // A word right after a case word is its object when it is the case word's
  // head. (Also taking the first word of the head's mention, "with Chancellor
  // Olaf Scholz", found nothing more on dev-news and misread "the paths of
  // the two countries" in a sample article.)
  for (std::size_t w = 1; w < tree.words.size(); ++w) {
    const parse::Word& before = tree.words[w - 1];
    words.prep_object[body + w] = before.deprel == "case" && before.head == static_cast<int>(w) + 1;
  }
  std::vector<OpenIeTuple> tuples = read_ud_tuples(tokens, parsed);
  const int shift = static_cast<int>(body);
  for (OpenIeTuple& t : tuples) {
    for (int& w : t.relation_tokens) w += shift;
    for (OpenIeSpan& span : t.spans) {
      span.first += shift;
      span.last += shift;
      if (span.prep >= 0) span.prep += shift;
      for (int& h : span.heads) h += shift;
    }
  }
  read_clause_tuples(ctx, s, words, tuples, out);
  read_event_nouns(s, words, TreeView(tree, parsed.margins), shift, out);
}

}  // namespace kg::extract
