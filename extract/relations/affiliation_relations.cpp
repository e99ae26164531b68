#include "extract/relations/affiliation_relations.h"

#include "extract/relations/sentence_view.h"

namespace kg::extract {
namespace {

constexpr std::size_t kMaxModifiers = 2;  // "the left-wing", "the state-owned"

bool is_person_name(const SentenceView& v, const Mention* m) {
  return m && m->kind == MentionKind::kName && m->entity >= 0 &&
         v.type(m->entity) == EntityType::kPerson;
}

// The organisation or country mention "of [the] [modifiers]" introduces at
// token k, or nullptr.
const Mention* complement_at(const SentenceView& v, std::size_t k) {
  if (!v.is(k, "of")) return nullptr;
  ++k;
  if (v.is(k, "the")) ++k;
  for (std::size_t seen = 0; seen < kMaxModifiers && k < v.size() && !v.mention_at(k); ++seen) {
    const Token& t = v.sentence().tokens[k];
    if (t.kind != TokenKind::kWord || starts_with_upper(t.text) ||
        SentenceView::is_function_word(v.word(k)))
      return nullptr;
    ++k;
  }
  const Mention* m = v.mention_starting(k);
  if (!m || m->kind != MentionKind::kName || m->entity < 0) return nullptr;
  // "... of Chile 's ministry": the country owns what follows.
  if (m->end < v.size() && v.sentence().tokens[m->end].kind == TokenKind::kPossessive)
    return nullptr;
  const EntityType t = v.type(m->entity);
  return t == EntityType::kOrganization || t == EntityType::kCountry ? m : nullptr;
}

bool has_role_towards(const AnalysedSentence& s, const Mention& person, int entity) {
  for (const Role& r : person.roles) {
    if (r.of >= 0 && s.mentions[static_cast<std::size_t>(r.of)].entity == entity) return true;
  }
  return false;
}

}  // namespace

void AffiliationRelations::extract(const DocumentContext& ctx, const AnalysedSentence& s,
                                   std::vector<RawRelation>& out) const {
  SentenceView v(ctx, s);
  for (const Mention* m : v.names()) {
    if (!is_person_name(v, m)) continue;
    const Mention* of = complement_at(v, m->end);
    if (!of) continue;
    const std::string predicate =
        v.type(of->entity) == EntityType::kCountry ? "citizen of" : "member of";
    std::vector<const Mention*> people{m};
    // "A and B of X": the name coordinated before shares the complement.
    if (m->span_begin >= 2 && v.is(m->span_begin - 1, "and")) {
      const Mention* first = v.mention_at(m->span_begin - 2);
      if (is_person_name(v, first) && first->end == m->span_begin - 1) people.push_back(first);
    }
    for (const Mention* p : people) {
      if (!has_role_towards(s, *p, of->entity)) v.add(out, p->entity, predicate, of->entity, 0.7);
    }
  }
}

}  // namespace kg::extract
