#include "extract/relations/affiliation_relations.h"

#include "extract/relations/sentence_view.h"

namespace kg::extract {
namespace {

bool is_person_name(const SentenceView& v, const Mention* m) {
  return m && m->kind == MentionKind::kName && m->entity >= 0 &&
         v.type(m->entity) == EntityType::kPerson;
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
    const Mention* of = v.affiliation_at(m->end);
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
