#include "extract/relations/title_relations.h"

#include <array>
#include <string_view>

#include "base/letters.h"
#include "extract/lexicon/word_lists.h"
#include "extract/relations/descriptor_relations.h"
#include "extract/relations/home_country.h"
#include "extract/relations/sentence_view.h"

namespace kg::extract {
namespace {

// The predicate of a title held by `person` and pointing at `of`: a title
// after a country or organisation written before the name ("Chilean director
// X") reads as a descriptor; other titles as "<title> of|to".
std::string role_predicate(const SentenceView& v, const Mention& person, const Role& r,
                           const Mention& of) {
  std::string plain = r.title + " " + r.prep;
  if (r.prep != "of" || of.end > person.begin || of.kind != MentionKind::kModifier) return plain;
  // The title's head: "minister" of "minister of finance", its portfolio aside.
  const std::string head = r.title.substr(0, r.title.find(" of "));
  const std::size_t space = head.rfind(' ');
  auto kind = v.context().lexicon.descriptor_kind(
      space == std::string::npos ? head : head.substr(space + 1));
  if (!kind) return plain;
  DescriptorModifier mod;
  mod.type = v.type(of.entity);
  mod.demonym = v.is_demonym(of);
  mod.former = of.span_begin > 0 && v.is(of.span_begin - 1, "former");
  return descriptor_predicate(*kind, r.title, mod).value_or(plain);
}

// "President Arturo Vidal": a state's office with no country names the
// document's home country, unless the person is tied to another country.
void bare_title(const SentenceView& v, const Mention& person, const Role& r,
                std::vector<RawRelation>& out) {
  const DocumentContext& ctx = v.context();
  const int home = ctx.home_country;
  if (home < 0 || v.type(person.entity) != EntityType::kPerson || !is_national_office(r.title))
    return;
  const std::string& tied = ctx.resolved.entities[static_cast<std::size_t>(person.entity)].country;
  if (!tied.empty() && tied != ctx.resolved.entities[static_cast<std::size_t>(home)].name) return;
  v.add(out, person.entity, r.title + " of", home, 0.6);
}

// "X was elected Taoiseach", "X becomes Prime Minister", "X will be sworn
// in as President": a state's office taken with no country, after a verb
// of taking office, is an office of the home country (as a bare title).
void office_taken(const SentenceView& v, const Mention& person, std::vector<RawRelation>& out) {
  static constexpr std::array<std::string_view, 7> kTaking = {
      "elected", "became", "becomes", "become", "named", "appointed", "re-elected"};
  std::size_t k = person.end;
  // "X, who led the government, becomes Y": past a relative clause.
  if (v.is(k, ",") && (v.is(k + 1, "who") || v.is(k + 1, "whose"))) {
    k += 2;
    while (k < v.size() && !v.is(k, ",")) ++k;
    ++k;
  }
  while (k < v.size() && words::contains(words::kAuxiliaries, v.word(k))) ++k;
  // "sworn in as", "serve as", "served as".
  if (v.is(k, "sworn") && v.is(k + 1, "in") && v.is(k + 2, "as")) {
    k += 3;
  } else if ((v.is(k, "serve") || v.is(k, "served") || v.is(k, "serves")) && v.is(k + 1, "as")) {
    k += 2;
  } else if (k < v.size() && words::contains(kTaking, v.word(k))) {
    ++k;
  } else {
    return;
  }
  if (v.is(k, "the")) ++k;
  const auto title = v.context().lexicon.match(v.sentence().tokens, k, LexKind::kTitle);
  if (!title || v.is(k + title->length, "of") || v.is(k + title->length, "to")) return;
  Role r;
  r.title = ascii_lower(title->canonical);
  bare_title(v, person, r, out);
}

// "Chief executive X, who co-founded the company": a company's office with no
// organisation names the one organisation (not a country) its sentence
// names or refers to ("the company", "its").
void bare_corporate_title(const SentenceView& v, const Mention& person, const Role& r,
                          std::vector<RawRelation>& out) {
  if (v.type(person.entity) != EntityType::kPerson || !is_corporate_office(r.title)) return;
  int org = -1;
  for (const Mention& m : v.sentence().mentions) {
    if (m.entity < 0 || m.entity == org || v.type(m.entity) != EntityType::kOrganization ||
        m.kind == MentionKind::kModifier)
      continue;
    if (org >= 0) return;  // two organisations: which one is not said
    org = m.entity;
  }
  if (org >= 0) v.add(out, person.entity, r.title + " of", org, 0.6);
}

// "Judge Hilde Peeters", "Chief Justice David Maraga": a judge's title with
// no court names the one court the document names (an organisation whose
// name holds "court" or "tribunal"); none when it names two or more.
void bare_judicial_title(const SentenceView& v, const Mention& person, const Role& r,
                         std::vector<RawRelation>& out) {
  const std::size_t space = r.title.rfind(' ');
  const std::string head = space == std::string::npos ? r.title : r.title.substr(space + 1);
  if (v.type(person.entity) != EntityType::kPerson ||
      (head != "judge" && head != "justice" && head != "magistrate"))
    return;
  const auto& entities = v.context().resolved.entities;
  int court = -1;
  for (std::size_t e = 0; e < entities.size(); ++e) {
    if (entities[e].type != EntityType::kOrganization) continue;
    const std::string name = ascii_lower(entities[e].name);
    if (name.find("court") == std::string::npos && name.find("tribunal") == std::string::npos)
      continue;
    if (court >= 0) return;  // two courts: which one is not said
    court = static_cast<int>(e);
  }
  if (court >= 0) v.add(out, person.entity, r.title + " of", court, 0.6);
}

}  // namespace

void TitleRelations::extract(const DocumentContext& ctx, const AnalysedSentence& s,
                             std::vector<RawRelation>& out) const {
  SentenceView v(ctx, s);
  for (const Mention& m : s.mentions) {
    if (m.entity < 0 || m.kind != MentionKind::kName) continue;
    office_taken(v, m, out);
    for (const Role& r : m.roles) {
      if (r.of < 0) {
        bare_title(v, m, r, out);
        bare_corporate_title(v, m, r, out);
        bare_judicial_title(v, m, r, out);
        continue;
      }
      const Mention& of = s.mentions[static_cast<std::size_t>(r.of)];
      if (of.entity >= 0 && of.entity != m.entity) {
        v.add(out, m.entity, role_predicate(v, m, r, of), of.entity, 0.9);
      }
    }
  }
}

}  // namespace kg::extract
