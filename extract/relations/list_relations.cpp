#include "extract/relations/list_relations.h"

#include <array>
#include <string_view>

#include "extract/lexicon/word_lists.h"
#include "extract/relations/sentence_view.h"
#include "extract/text/word_shape.h"

namespace kg::extract {
namespace {

// "X has five full members:", "X includes three subsidiaries:": the items are
// what the plural noun before the colon says they are, of X ("member of");
// "" when the intro is no such sentence.
std::string membership(const SentenceView& v, std::size_t from, std::size_t colon) {
  static constexpr std::array<std::string_view, 4> kHaving = {"have", "include", "comprise",
                                                              "count"};
  if (colon == 0 || v.mention_at(colon - 1)) return {};
  const std::string noun = singular_noun(v.word(colon - 1));
  if (noun.empty() || !words::contains(words::kMembershipNouns, noun)) return {};
  const Lexicon& lex = v.context().lexicon;
  for (std::size_t k = from; k + 1 < colon; ++k) {
    const auto lemma = lex.verb_lemma(v.word(k));
    if (!lemma || !words::contains(kHaving, *lemma)) continue;
    // "has signed deals with two partners:": "has" is an auxiliary there;
    // "has partnerships with these partners:": the noun is no object of it.
    for (std::size_t j = k + 1; j + 1 < colon; ++j) {
      if (lex.is_past_form(v.word(j)) && lex.verb_lemma(v.word(j))) return {};
      if (words::contains(words::kPrepositions, v.word(j)) || v.mention_at(j)) return {};
    }
    return noun + " of";
  }
  return {};
}

// The relation an intro sentence announces: its named relation ("Comprehensive
// Strategic Partnerships" -> singular, lower case; `named` set), else "<verb> with".
std::string intro_relation(const SentenceView& v, std::size_t colon, bool& named) {
  for (const Mention& m : v.sentence().mentions) {
    if (m.kind == MentionKind::kRelationNoun && m.end <= colon) {
      std::string r = ascii_lower(m.text);
      if (const std::string one = singular_noun(r); !one.empty()) r = one;
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
  // "Founded in 1991 by X, Y has five members:": the subject comes after the
  // opening participle's phrase (its agent is no subject).
  std::size_t from = 0;
  if (ctx.lexicon.is_past_form(v.word(0)) && ctx.lexicon.verb_lemma(v.word(0))) {
    while (from < colon && !v.is(from, ",")) ++from;
    if (from == colon) return;
    ++from;
  }
  int subject = v.subject(colon, from);
  bool named = false;
  // "X has five members:": each item is a member of X.
  std::string relation = membership(v, from, colon);
  const bool of_subject = !relation.empty();
  if (!of_subject && from == 0) relation = intro_relation(v, colon, named);
  if (subject < 0 || relation.empty()) return;
  // Inline items after the colon.
  EntityType type = EntityType::kOther;
  std::size_t k = colon + 1;
  RawRelation r;
  auto emit = [&](RawRelation x) {
    if (of_subject) std::swap(x.subject, x.object);
    out.push_back(std::move(x));
  };
  while (k < v.size()) {
    auto next = item(v, k, subject, relation, named, type, r, s.index);
    if (!next) break;
    emit(r);
    k = *next;
    if (!v.is(k, ",") && !v.is(k, ";") && !v.is(k, "and")) break;
    ++k;
    if (v.is(k, "and")) ++k;
  }
  // Items on the following sentences, while each is a bare item or a bare
  // list of items ("- Argentina, Brazil and Uruguay (1991);").
  if (colon + 1 != v.size()) return;
  for (std::size_t n = static_cast<std::size_t>(s.index) + 1; n < ctx.sentences.size(); ++n) {
    SentenceView iv(ctx, ctx.sentences[n]);
    std::vector<RawRelation> line;
    std::size_t at = 0;  // the token after the last item read
    for (std::size_t next = 0;;) {
      auto end = item(iv, next, subject, relation, named, type, r, ctx.sentences[n].index);
      if (!end) break;
      line.push_back(r);
      at = *end;
      if (!iv.is(at, ",") && !iv.is(at, "and")) break;
      next = iv.is(at + 1, "and") ? at + 2 : at + 1;
    }
    if (line.empty() || (at < iv.size() && !iv.is(at, ".") && !iv.is(at, ";") && !iv.is(at, ",")))
      break;
    for (RawRelation& x : line) emit(std::move(x));
  }
}

}  // namespace kg::extract
