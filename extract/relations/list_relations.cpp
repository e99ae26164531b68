#include "extract/relations/list_relations.h"

#include "extract/lexicon/word_lists.h"
#include "extract/relations/sentence_view.h"

namespace kg::extract {
namespace {

// The relation an intro sentence announces: its named relation ("Comprehensive
// Strategic Partnerships" -> singular, lower case; `named` set), else "<verb> with".
std::string intro_relation(const SentenceView& v, std::size_t colon, bool& named) {
  for (const Mention& m : v.sentence().mentions) {
    if (m.kind == MentionKind::kRelationNoun && m.end <= colon) {
      std::string r = ascii_lower(m.text);
      if (r.size() > 3 && r.back() == 's' && r[r.size() - 2] != 's') r.pop_back();
      named = true;
      return r;
    }
  }
  bool passive = false;
  for (std::size_t k = 0; k < colon; ++k) {
    const std::string w = v.word(k);
    if (words::contains(words::kAuxiliaries, w) || words::contains(words::kFormsOfBe, w)) {
      // "has signed", "will open": the verb that follows; "was founded by":
      // the items are the agents, not what the subject acts on.
      passive = passive || words::contains(words::kFormsOfBe, w) || w == "been";
      continue;
    }
    if (passive && v.context().lexicon.is_past_form(w)) return {};
    if (v.context().lexicon.verb_lemma(w) && !v.mention_at(k) && w != "as") {
      return w + (v.is(k + 1, "with") ? " with" : "");
    }
  }
  return {};
}

// A list item's bullet: "-", "*", "•", "–", "—".
bool is_bullet(std::string_view t) {
  return t == "-" || t == "*" || t == "\u2022" || t == "\u2013" || t == "\u2014";
}

// Reads one item "Name (date)" starting at token k of `v` into `r`; returns the
// token after it, or nullopt when no item starts there. Items must all have the
// type of the first one (`type`, kOther until then).
std::optional<std::size_t> item(const SentenceView& v, std::size_t k, int subject,
                                const std::string& relation, bool named, EntityType& type,
                                RawRelation& r, int sentence) {
  if (k < v.size() && is_bullet(v.text(k))) ++k;  // "- Australia (2022);"
  auto at = v.entity_after(k, 1);
  if (!at) return std::nullopt;
  const Mention* m = v.mention_starting(*at);
  if (type != EntityType::kOther && v.type(m->entity) != type) return std::nullopt;
  type = v.type(m->entity);
  r = RawRelation{};
  r.subject = subject;
  r.predicate = relation;
  r.object = m->entity;
  r.symmetric = relation.find("partner") != std::string::npos;
  r.confidence = 0.8;
  r.sentence = sentence;
  r.named = named;
  std::size_t end = m->end;
  if (v.is(end, "(")) {
    if (const Mention* d = v.mention_starting(end + 1); d && d->kind == MentionKind::kDate) {
      v.date_qualifiers(*d, r.qualifiers);
    }
    while (end < v.size() && !v.is(end, ")")) ++end;
    ++end;
  }
  return end;
}

}  // namespace

void ListRelations::extract(const DocumentContext& ctx, const AnalysedSentence& s,
                            std::vector<RawRelation>& out) const {
  SentenceView v(ctx, s);
  std::size_t colon = v.size();
  for (std::size_t k = 0; k < v.size(); ++k) {
    if (v.is(k, ":")) {
      colon = k;
      break;
    }
  }
  if (colon == v.size()) return;
  // "Founded in 1991 by X, Y has five members:": an opening participle's
  // agent would pass for the subject.
  if (ctx.lexicon.is_past_form(v.word(0)) && ctx.lexicon.verb_lemma(v.word(0))) return;
  int subject = v.subject(colon);
  bool named = false;
  std::string relation = intro_relation(v, colon, named);
  if (subject < 0 || relation.empty()) return;
  // Inline items after the colon.
  EntityType type = EntityType::kOther;
  std::size_t k = colon + 1;
  RawRelation r;
  while (k < v.size()) {
    auto next = item(v, k, subject, relation, named, type, r, s.index);
    if (!next) break;
    out.push_back(r);
    k = *next;
    if (!v.is(k, ",") && !v.is(k, ";") && !v.is(k, "and")) break;
    ++k;
    if (v.is(k, "and")) ++k;
  }
  // One item per following sentence, while the sentences are bare items.
  if (colon + 1 != v.size()) return;
  for (std::size_t n = static_cast<std::size_t>(s.index) + 1; n < ctx.sentences.size(); ++n) {
    SentenceView iv(ctx, ctx.sentences[n]);
    auto end = item(iv, 0, subject, relation, named, type, r, ctx.sentences[n].index);
    if (!end || (*end < iv.size() && !iv.is(*end, ".") && !iv.is(*end, ";") && !iv.is(*end, ",")))
      break;
    out.push_back(r);
  }
}

}  // namespace kg::extract
