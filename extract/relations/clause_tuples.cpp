#include "extract/relations/clause_tuples.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>

#include "base/letters.h"
#include "extract/lexicon/word_lists.h"
#include "extract/relations/sentence_view.h"

namespace kg::extract {
namespace {

constexpr std::size_t kMaxLightObjectWords = 5;  // "held talks with", "paid an official visit to"

// A straight or typographic double quotation mark token.
bool is_quotation_mark(const std::string& w) { return w == "\"" || w == "\u201c" || w == "\u201d"; }

// Reads the tuples of one parsed sentence into relations between entities.
class TupleReader {
 public:
  TupleReader(const DocumentContext& ctx, const AnalysedSentence& s, const ClauseWords& in,
              std::vector<RawRelation>& out)
      : ctx_(ctx), s_(s), in_(in), out_(out) {}

  void read(const OpenIeTuple& t) {
    if (t.implicit || !t.asserted || t.args.size() < 2 || t.spans.size() != t.args.size()) return;
    std::vector<int> subjects = entities(t.spans[0].heads);
    if (subjects.empty()) return partners_of_agent(t);
    if (names_entity(t.relation_tokens)) return;
    const double confidence = std::min(0.9, t.confidence);
    dates_ = dates(t);
    std::string relation = t.relation;
    // "has been signed by X": X signed the subject (the reader marks passives).
    const bool passive = t.passive && relation.ends_with(" by");
    // The agent's relation is the active verb; the passive's other phrases
    // keep the passive without "by" ("was elected Taoiseach by X": X
    // elected the subject, the subject was elected Taoiseach).
    std::string passive_relation;
    if (passive) {
      passive_relation = relation.substr(0, relation.size() - 3);
      relation = active_verb(relation);
    }
    for (std::size_t k = 1; k < t.args.size(); ++k) {
      if (k == 2 && passive) relation = passive_relation;
      const OpenIeSpan& span = t.spans[k];
      std::vector<int> objects = entities(span.heads);
      if (!objects.empty()) {
        std::string predicate = relation;
        if (span.prep >= 0) {
          // "is known as X , with Y": the relation took the first phrase's
          // preposition; the second phrase does not continue it.
          if (ends_with_preposition(t)) continue;
          // "co-founded X with Y": Y co-founded X too.
          if (const std::vector<int> made = co_created(t, span); !made.empty()) {
            for (int partner : objects) {
              for (int o : made) add(partner, relation, o, confidence * 0.9);
            }
            continue;
          }
          // "has a Visiting Forces Agreement with X": the agreement the verb
          // took names the relation with X ("has with X" says nothing).
          if (const int agreement = direct_agreement(t, k); agreement >= 0)
            predicate += " " + ctx_.resolved.entities[static_cast<std::size_t>(agreement)].name;
          predicate += " " + in_.words[static_cast<std::size_t>(span.prep)];
        }
        for (int s : subjects) {
          for (int o : objects)
            add(passive && k == 1 ? o : s, predicate, passive && k == 1 ? s : o, confidence);
        }
        continue;
      }
      // "held talks with X": a short object, then a prepositional argument.
      if (span.prep < 0 && k + 1 < t.args.size() && t.spans[k + 1].prep >= 0 &&
          light_object(span)) {
        std::vector<int> next = entities(t.spans[k + 1].heads);
        if (!next.empty()) {
          std::string predicate = relation;
          for (int w = span.first; w <= span.last; ++w) {
            const std::string& word = in_.words[static_cast<std::size_t>(w)];
            if (!is_quotation_mark(word)) predicate += " " + word;
          }
          predicate += " " + in_.words[static_cast<std::size_t>(t.spans[k + 1].prep)];
          for (int s : subjects) {
            for (int o : next) add(s, predicate, o, confidence * 0.95);
          }
          ++k;
          continue;
        }
      }
      // "expressed support for X": the entity sits inside the object phrase.
      if (span.prep < 0 && !span.heads.empty()) {
        if (auto inner = inner_prepositional(span)) {
          for (int s : subjects)
            add(s, relation + " " + inner->first, inner->second, confidence * 0.9);
        }
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
        out.push_back(titled_after(static_cast<std::size_t>(m)));
      }
    }
    return out;
  }

  // The entity mention m stands for as a head: the person right after it
  // when m is the organisation or country of that person's title or
  // descriptor noun ("signed Morocco international X", "met Acme chairman
  // X": X), else m's own.
  int titled_after(std::size_t m) const {
    const Mention& mention = s_.mentions[m];
    if (m + 1 >= s_.mentions.size() || mention.kind != MentionKind::kName) return mention.entity;
    const Mention& next = s_.mentions[m + 1];
    if (next.kind != MentionKind::kName || next.entity < 0 || next.begin <= mention.end ||
        next.begin > mention.end + 2 ||
        ctx_.resolved.entities[static_cast<std::size_t>(next.entity)].type != EntityType::kPerson)
      return mention.entity;
    for (std::size_t k = mention.end; k < next.begin; ++k) {
      const std::string& w = s_.tokens[k].text;
      const std::string lower = ascii_lower(w);
      if (s_.tokens[k].kind != TokenKind::kWord || words::contains(words::kFunctionWords, lower) ||
          (!ctx_.lexicon.descriptor_kind(lower) && !ctx_.lexicon.is_role_noun(lower)))
        return mention.entity;
    }
    return next.entity;
  }

  // The agreement entity that is the direct object of the tuple's verb (an
  // argument before k with no preposition), or -1.
  int direct_agreement(const OpenIeTuple& t, std::size_t k) const {
    for (std::size_t j = 1; j < k; ++j) {
      if (t.spans[j].prep >= 0) continue;
      for (int e : entities(t.spans[j].heads)) {
        if (ctx_.resolved.entities[static_cast<std::size_t>(e)].type == EntityType::kAgreement)
          return e;
      }
    }
    return -1;
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

  bool names_entity(const std::vector<int>& words) const {
    return std::any_of(words.begin(), words.end(), [&](int w) {
      return w >= 0 && static_cast<std::size_t>(w) < in_.name.size() &&
             in_.name[static_cast<std::size_t>(w)];
    });
  }
  bool names_entity(const OpenIeSpan& span) const {
    for (int w = span.first; w >= 0 && w <= span.last; ++w) {
      if (names_entity(std::vector<int>{w})) return true;
    }
    return false;
  }

  // "The test was developed by A in partnership with B": with no entity as
  // its subject, a passive still says that its agent acted with B.
  void partners_of_agent(const OpenIeTuple& t) {
    if (!t.passive || !t.relation.ends_with(" by") || t.args.size() < 3) return;
    const std::vector<int> agents = entities(t.spans[1].heads);
    if (agents.empty()) return;
    dates_ = dates(t);
    const std::string active = active_verb(t.relation);
    for (std::size_t k = 2; k < t.spans.size(); ++k) {
      const OpenIeSpan& span = t.spans[k];
      if (span.prep < 0) continue;
      const std::string prep = ascii_lower(in_.words[static_cast<std::size_t>(span.prep)]);
      std::vector<int> partners;
      std::string predicate;
      if (prep == "with") {
        partners = entities(span.heads);
        predicate = active + " with";
      } else if (const auto inner = inner_prepositional(span);
                 inner && inner->first.ends_with(" with")) {
        partners = {inner->second};  // "in partnership with B"
        predicate = active + " " + inner->first;
      }
      for (int a : agents) {
        for (int b : partners) add(a, predicate, b, std::min(0.9, t.confidence) * 0.9);
      }
    }
  }

  // "has been signed by" -> "signed", "has to be ratified by" -> "ratified",
  // "was set up by" -> "set up": the participle of a passive relation (and
  // its particle), without its auxiliaries, adverbs and "by".
  static std::string active_verb(std::string_view r) {
    r.remove_suffix(3);
    // What follows the last form of "be" ("has to be ratified", "is
    // expected to be signed"), else what follows the auxiliaries.
    std::size_t from = 0;
    for (std::size_t at = 0; at < r.size();) {
      std::size_t end = r.find(' ', at);
      if (end == std::string_view::npos) end = r.size();
      if (words::contains(words::kFormsOfBe, r.substr(at, end - at)) && end < r.size())
        from = end + 1;
      at = end + 1;
    }
    r.remove_prefix(from);
    for (std::size_t at = r.find(' '); at != std::string_view::npos; at = r.find(' ')) {
      const std::string_view w = r.substr(0, at);
      if (!words::contains(words::kAuxiliaries, w) &&
          !words::contains(words::kVerbGroupAdverbs, w) && !w.ends_with("ly"))
        break;
      r.remove_prefix(at + 1);
    }
    return std::string(r);
  }

  // For a "with" phrase of a verb of creation ("co-founded X in 2010 with
  // Y"), the entities the verb's direct object stands for; else none.
  std::vector<int> co_created(const OpenIeTuple& t, const OpenIeSpan& with) const {
    if (with.prep < 0 || ascii_lower(in_.words[static_cast<std::size_t>(with.prep)]) != "with" ||
        t.relation_tokens.empty() || t.spans.size() < 2 || t.spans[1].prep >= 0)
      return {};
    const std::string& verb = in_.words[static_cast<std::size_t>(t.relation_tokens.back())];
    const auto lemma = ctx_.lexicon.verb_lemma(ascii_lower(verb));
    if (!lemma || !words::contains(words::kCreationVerbs, *lemma)) return {};
    return entities(t.spans[1].heads);
  }

  // Whether the tuple's relation ends with a preposition it took from its
  // first prepositional phrase ("was signed by", "is known as").
  bool ends_with_preposition(const OpenIeTuple& t) const {
    if (t.relation_tokens.empty() || t.spans.size() < 2) return false;
    const int last = t.relation_tokens.back();
    return last >= 0 && static_cast<std::size_t>(last) < in_.words.size() && t.spans[1].prep < 0 &&
           last + 1 == t.spans[1].first &&
           words::contains(words::kPrepositions, in_.words[static_cast<std::size_t>(last)]);
  }

  static std::size_t words_in(const OpenIeSpan& span) {
    return span.last >= span.first ? static_cast<std::size_t>(span.last - span.first + 1) : 0;
  }

  bool plain_word(std::size_t w) const {
    const std::string& word = in_.words[w];
    return in_.mention[w] < 0 && !in_.name[w] && !word.empty() &&
           (std::isalpha(static_cast<unsigned char>(word[0])) != 0);
  }

  // A quotation mark, or a number or code such as "12" or "2+2", inside a
  // light object ("held the second \"2+2\" talks with", "signed 12 deals with").
  bool light_filler(std::size_t w) const {
    const std::string& word = in_.words[w];
    if (in_.mention[w] >= 0 || in_.name[w] || word.empty()) return false;
    return is_quotation_mark(word) || std::isdigit(static_cast<unsigned char>(word[0])) != 0;
  }

  bool light_object(const OpenIeSpan& span) const {
    std::size_t words = 0;
    for (int w = span.first; w <= span.last; ++w) {
      const auto at = static_cast<std::size_t>(w);
      if (light_filler(at)) continue;
      if (!plain_word(at) || ++words > kMaxLightObjectWords) return false;
    }
    return words > 0;
  }

  // In an object phrase "support for X": ("support for", X) when the phrase's first entity is the
  // object of the word before it (ClauseWords::prep_object) and only plain words come before it.
  std::optional<std::pair<std::string, int>> inner_prepositional(const OpenIeSpan& span) const {
    std::string words;
    std::size_t counted = 0;  // plain words before the entity
    for (int w = span.first; w <= span.last; ++w) {
      auto at = static_cast<std::size_t>(w);
      std::vector<int> here = entities({w});
      if (!here.empty()) {
        bool after_prep = w > span.first && in_.prep_object[at];
        // "an investigator at the X": a determiner between the preposition
        // and the name.
        if (!after_prep && w >= span.first + 2 &&
            words::contains(words::kDeterminers, ascii_lower(in_.words[at - 1])) &&
            words::contains(words::kPrepositions, ascii_lower(in_.words[at - 2]))) {
          after_prep = true;
          words.resize(words.rfind(' '));
        }
        // "the significance of X 's visit" is about the visit, not about X.
        bool possessor =
            at + 1 < in_.words.size() && (in_.words[at + 1] == "'s" || in_.words[at + 1] == "'");
        if (!after_prep || possessor) return std::nullopt;
        // "the mayor of the Lima city of Callao", "at the Cairo brokerage X":
        // a name that modifies the noun after it is not what the phrase is of.
        if (after_prep && ascii_lower(in_.words[at - 1]) == "the") {
          const auto end = s_.mentions[static_cast<std::size_t>(in_.mention[at])].end;
          if (end < in_.words.size() && plain_word(end) &&
              !words::contains(words::kFunctionWords, ascii_lower(in_.words[end])))
            return std::nullopt;
        }
        return std::make_pair(words.substr(1), here.front());
      }
      // "the second \"2+2\" security talks with X": numbers and quotation
      // marks are not words of the relation.
      if (light_filler(at)) continue;
      if (!plain_word(at) || ++counted > kMaxLightObjectWords) return std::nullopt;
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
  const ClauseWords& in_;
  std::vector<RawRelation>& out_;
  std::map<std::string, std::string> dates_;  // of the tuple being read
};

}  // namespace

ClauseWords sentence_words(const AnalysedSentence& s) {
  ClauseWords words;
  for (std::size_t i = 0; i < s.tokens.size(); ++i) {
    words.words.push_back(s.tokens[i].text);
    words.token.push_back(i);
    const int m = s.mention_at(i);
    const MentionKind kind =
        m >= 0 ? s.mentions[static_cast<std::size_t>(m)].kind : MentionKind::kDate;
    const bool entity = m >= 0 && (kind == MentionKind::kName || kind == MentionKind::kRoleRef);
    words.name.push_back(entity || (m >= 0 && kind == MentionKind::kRelationNoun));
    words.mention.push_back(entity || (m >= 0 && kind == MentionKind::kPronoun) ? m : -1);
  }
  words.prep_object.assign(words.words.size(), false);
  return words;
}

void read_clause_tuples(const DocumentContext& ctx, const AnalysedSentence& s,
                        const ClauseWords& words, const std::vector<OpenIeTuple>& tuples,
                        std::vector<RawRelation>& out) {
  TupleReader reader(ctx, s, words, out);
  for (const OpenIeTuple& t : tuples) reader.read(t);
}

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

}  // namespace kg::extract
