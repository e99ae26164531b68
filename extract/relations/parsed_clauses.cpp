#include "extract/relations/parsed_clauses.h"

#include <algorithm>
#include <atomic>
#include <cctype>
#include <cstdint>
#include <map>
#include <optional>
#include <unordered_map>

#include "extract/openie/open_ie.h"
#include "extract/relations/relation_label.h"
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

constexpr std::size_t kMaxLightObjectWords = 5;  // "held talks with", "paid an official visit to"

std::uint64_t next_instance_id() {
  static std::atomic<std::uint64_t> counter{0};
  return ++counter;
}

// Reads the tuples of one parsed sentence into relations between entities.
class TupleReader {
 public:
  TupleReader(const DocumentContext& ctx, const AnalysedSentence& s, const ParseInput& in,
              const ParseResult& parse, std::vector<RawRelation>& out)
      : ctx_(ctx), s_(s), in_(in), parse_(parse), weight_(parse.complete ? 1.0 : 0.85), out_(out) {}

  void read(const OpenIeTuple& t) {
    if (t.implicit || t.args.size() < 2 || t.spans.size() != t.args.size()) return;
    std::vector<int> subjects = entities(t.spans[0].heads);
    if (subjects.empty() || mentions_entity(t.relation)) return;
    double confidence = std::min(0.9, t.confidence) * weight_;
    dates_ = dates(t);
    std::string relation = t.relation;
    bool passive = false;
    {
      // "was signed by X": X signed the subject.
      std::string_view r = relation;
      std::size_t space = r.find(' ');
      if (space != std::string_view::npos && is_form_of_be(r.substr(0, space)) &&
          r.ends_with(" by")) {
        passive = true;
        relation = std::string(r.substr(space + 1, r.size() - space - 4));
      }
    }
    bool added = false;
    for (std::size_t k = 1; k < t.args.size(); ++k) {
      const OpenIeSpan& span = t.spans[k];
      std::vector<int> objects = entities(span.heads);
      if (!objects.empty()) {
        std::string predicate = relation;
        if (span.prep >= 0) predicate += " " + in_.words[static_cast<std::size_t>(span.prep)];
        for (int s : subjects) {
          for (int o : objects)
            added |=
                add(passive && k == 1 ? o : s, predicate, passive && k == 1 ? s : o, confidence);
        }
        continue;
      }
      // "held talks with X": a short object, then a prepositional argument.
      if (span.prep < 0 && k + 1 < t.args.size() && t.spans[k + 1].prep >= 0 &&
          light_object(span)) {
        std::vector<int> next = entities(t.spans[k + 1].heads);
        if (!next.empty()) {
          std::string predicate = relation + " " + t.args[k] + " " +
                                  in_.words[static_cast<std::size_t>(t.spans[k + 1].prep)];
          for (int s : subjects) {
            for (int o : next) added |= add(s, predicate, o, confidence * 0.95);
          }
          ++k;
          continue;
        }
      }
      // "expressed support for X": the entity sits inside the object phrase.
      if (span.prep < 0 && !span.heads.empty()) {
        if (auto inner = inner_prepositional(span)) {
          for (int s : subjects)
            added |= add(s, relation + " " + inner->first, inner->second, confidence * 0.9);
        }
      }
    }
    if (!added && t.spans[0].heads.size() >= 2 && subjects.size() >= 2) {
      // "A and B agreed to protect mutual benefits": a joint action of A and B.
      std::string predicate = relation + " " + t.args[1];
      if (words_in(t.spans[1]) <= 10 && !mentions_entity(t.args[1])) {
        RawRelation r{.subject = subjects[0],
                      .predicate = predicate,
                      .object = subjects[1],
                      .symmetric = true,
                      .qualifiers = dates_,
                      .confidence = 0.5 * weight_,
                      .sentence = s_.index};
        append_relation(out_, std::move(r));
      }
    }
  }

 private:
  // The document entities word indices stand for ("both sides" -> the main pair).
  std::vector<int> entities(const std::vector<int>& words) const {
    std::vector<int> out;
    for (int w : words) {
      int m = w >= 0 && static_cast<std::size_t>(w) < in_.mention.size()
                  ? in_.mention[static_cast<std::size_t>(w)]
                  : -1;
      if (m < 0) continue;
      const Mention& mention = s_.mentions[static_cast<std::size_t>(m)];
      if (mention.kind == MentionKind::kRoleRef && mention.canonical == "#pair") {
        auto [a, b] = SentenceView(ctx_, s_).country_pair(mention.span_begin);
        if (a >= 0 && b >= 0) {
          out.push_back(a);
          out.push_back(b);
        }
      } else if (mention.entity >= 0 && mention.kind != MentionKind::kDate &&
                 mention.kind != MentionKind::kMoney) {
        out.push_back(mention.entity);
      }
    }
    return out;
  }

  // Year and date qualifiers of the dates inside the tuple's arguments ("in 2025").
  std::map<std::string, std::string> dates(const OpenIeTuple& t) const {
    std::map<std::string, std::string> q;
    SentenceView view(ctx_, s_);
    for (const OpenIeSpan& span : t.spans) {
      for (int w = span.first; w >= 0 && w <= span.last; ++w) {
        int m = s_.mention_at(in_.token[static_cast<std::size_t>(w)]);
        if (m >= 0 && s_.mentions[static_cast<std::size_t>(m)].kind == MentionKind::kDate) {
          view.date_qualifiers(s_.mentions[static_cast<std::size_t>(m)], q);
        }
      }
    }
    return q;
  }

  bool mentions_entity(const std::string& text) const {
    std::size_t start = 0;
    while (start < text.size()) {
      std::size_t end = text.find(' ', start);
      if (end == std::string::npos) end = text.size();
      if (LinkParser::is_placeholder(std::string_view(text).substr(start, end - start)))
        return true;
      start = end + 1;
    }
    return false;
  }

  static std::size_t words_in(const OpenIeSpan& span) {
    return span.last >= span.first ? static_cast<std::size_t>(span.last - span.first + 1) : 0;
  }

  bool plain_word(std::size_t w) const {
    const std::string& word = in_.words[w];
    return in_.mention[w] < 0 && !LinkParser::is_placeholder(word) && !word.empty() &&
           (std::isalpha(static_cast<unsigned char>(word[0])) != 0);
  }

  bool light_object(const OpenIeSpan& span) const {
    if (words_in(span) == 0 || words_in(span) > kMaxLightObjectWords) return false;
    for (int w = span.first; w <= span.last; ++w) {
      if (!plain_word(static_cast<std::size_t>(w))) return false;
    }
    return true;
  }

  // In an object phrase "support for X": ("support for", X) when the phrase's first entity is the
  // object of the word before it (a J link) and only plain words come before it.
  std::optional<std::pair<std::string, int>> inner_prepositional(const OpenIeSpan& span) const {
    std::string words;
    for (int w = span.first;
         w <= span.last && w - span.first <= static_cast<int>(kMaxLightObjectWords); ++w) {
      auto at = static_cast<std::size_t>(w);
      std::vector<int> here = entities({w});
      if (!here.empty()) {
        bool after_prep = w > span.first && parse_.find("J", w - 1, w) != nullptr;
        // "the significance of X 's visit" is about the visit, not about X.
        bool possessor =
            at + 1 < in_.words.size() && (in_.words[at + 1] == "'s" || in_.words[at + 1] == "'");
        if (!after_prep || possessor) return std::nullopt;
        return std::make_pair(words.substr(1), here.front());
      }
      if (!plain_word(at)) return std::nullopt;
      words += " " + in_.words[at];
    }
    return std::nullopt;
  }

  bool add(int s, const std::string& predicate, int o, double confidence) {
    if (s < 0 || o < 0 || s == o) return false;
    append_relation(out_, {.subject = s,
                           .predicate = predicate,
                           .object = o,
                           .qualifiers = dates_,
                           .confidence = confidence,
                           .sentence = s_.index});
    return true;
  }

  const DocumentContext& ctx_;
  const AnalysedSentence& s_;
  const ParseInput& in_;
  const ParseResult& parse_;
  double weight_;
  std::vector<RawRelation>& out_;
  std::map<std::string, std::string> dates_;  // of the tuple being read
};

}  // namespace

int relation_ends(const DocumentContext& ctx, const AnalysedSentence& s) {
  int ends = 0;
  for (const Mention& m : s.mentions) {
    if (m.kind == MentionKind::kDate || m.kind == MentionKind::kMoney ||
        m.kind == MentionKind::kRelationNoun)
      continue;
    if (m.kind == MentionKind::kRoleRef && m.canonical == "#pair") {
      if (SentenceView(ctx, s).country_pair(m.span_begin).first >= 0) ends += 2;
    } else if (m.entity >= 0) {
      ++ends;
    }
  }
  return ends;
}

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
  TupleReader reader(ctx, s, in, *parse, out);
  for (const OpenIeTuple& t : OpenIeExtractor::from_parse(in.words, *parse)) reader.read(t);
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
