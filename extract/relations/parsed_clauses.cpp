#include "extract/relations/parsed_clauses.h"

#include <algorithm>
#include <atomic>
#include <cctype>
#include <cstdint>
#include <map>
#include <optional>
#include <unordered_map>

#include "extract/openie/open_ie.h"
#include "extract/relations/clause_tuples.h"
#include "extract/relations/sentence_view.h"

namespace kg::extract {
namespace {

bool collapsible(MentionKind kind) {
  return kind == MentionKind::kName || kind == MentionKind::kRoleRef ||
         kind == MentionKind::kRelationNoun;
}

// Link Grammar's cost grows with the cube of the sentence length, and its
// timer is checked only between phases: a 120-word sentence already takes ~2 s
// CPU. Longer "sentences" (lists, tables, text without full stops) are left to
// the pattern extractor.
constexpr std::size_t kMaxParseWords = 100;

std::uint64_t next_instance_id() {
  static std::atomic<std::uint64_t> counter{0};
  return ++counter;
}

}  // namespace

ParseInput collapse_mentions(const AnalysedSentence& s) {
  // The longest collapsible mention starting at each token.
  std::vector<int> starting(s.tokens.size(), -1);
  for (std::size_t m = 0; m < s.mentions.size(); ++m) {
    const Mention& mention = s.mentions[m];
    if (!collapsible(mention.kind) || mention.end <= mention.span_begin ||
        mention.span_begin >= s.tokens.size())
      continue;
    int& slot = starting[mention.span_begin];
    if (slot < 0 || s.mentions[static_cast<std::size_t>(slot)].end < mention.end)
      slot = static_cast<int>(m);
  }
  ParseInput in;
  int placeholders = 0;
  for (std::size_t i = 0; i < s.tokens.size();) {
    if (int m = starting[i]; m >= 0) {
      const Mention& mention = s.mentions[static_cast<std::size_t>(m)];
      in.words.push_back(LinkParser::placeholder(placeholders++));
      in.mention.push_back(mention.kind == MentionKind::kRelationNoun ? -1 : m);
      in.token.push_back(i);
      i = std::min(mention.end, s.tokens.size());
      continue;
    }
    int m = s.mention_at(i);
    bool pronoun = m >= 0 && s.mentions[static_cast<std::size_t>(m)].kind == MentionKind::kPronoun;
    in.words.push_back(s.tokens[i].text);
    in.mention.push_back(pronoun ? m : -1);
    in.token.push_back(i);
    ++i;
  }
  return in;
}

const LinkParser* ParsedClauses::parser() const {
  if (!dictionary_) return nullptr;
  // One parser per thread and extractor instance; the ids are never reused.
  thread_local std::unordered_map<std::uint64_t, std::unique_ptr<LinkParser>> parsers;
  std::unique_ptr<LinkParser>& p = parsers[id_];
  if (!p) p = std::make_unique<LinkParser>(dictionary_, options_);
  return p.get();
}

void ParsedClauses::extract(const DocumentContext& ctx, const AnalysedSentence& s,
                            std::vector<RawRelation>& out) const {
  const LinkParser* p = parser();
  if (p == nullptr || relation_ends(ctx, s) < 2) return;  // no relation possible: save the parse
  ParseInput in = collapse_mentions(s);
  if (in.words.empty() || in.words.size() > kMaxParseWords) return;
  std::shared_ptr<const ParseResult> parse = cache_ ? cache_->find(in.words) : nullptr;
  if (!parse) {
    ParseResult fresh = p->parse(in.words);
    parse = cache_ ? cache_->insert(in.words, std::move(fresh))
                   : std::make_shared<const ParseResult>(std::move(fresh));
  }
  if (!parse->parsed()) return;
  ClauseWords words{in.words, in.mention, in.token, {}, {}, parse->complete ? 1.0 : 0.85};
  for (std::size_t w = 0; w < in.words.size(); ++w) {
    words.name.push_back(LinkParser::is_placeholder(in.words[w]));
    words.prep_object.push_back(w > 0 && parse->find("J", static_cast<int>(w) - 1,
                                                      static_cast<int>(w)) != nullptr);
  }
  read_clause_tuples(ctx, s, words, OpenIeExtractor::from_parse(in.words, *parse), out);
}

ParseCache::Stats ParsedClauses::cache_stats() const {
  return cache_ ? cache_->stats() : ParseCache::Stats{};
}

ParsedClauses::ParsedClauses(std::shared_ptr<const LinkDictionary> dictionary,
                             LinkParserOptions options, std::size_t cache_bytes)
    : dictionary_(std::move(dictionary)),
      options_(options),
      cache_(cache_bytes > 0 ? std::make_shared<ParseCache>(cache_bytes) : nullptr),
      id_(next_instance_id()) {}

}  // namespace kg::extract
