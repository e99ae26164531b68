#include "extract/relations/descriptor_relations.h"

#include "extract/lexicon/word_lists.h"
#include "extract/relations/sentence_view.h"

namespace kg::extract {
namespace {

// "[former] MODIFIER [up to three lower-case words] NOUN", read backwards from
// the noun.
struct Description {
  std::size_t begin = 0;  // first token: "former" or the modifier
  const Mention* modifier = nullptr;
  std::string noun;
  DescriptorKind kind = DescriptorKind::kOrganisation;
  DescriptorModifier mod;
};

// A lower-case word that may stand between a descriptor's modifier and its
// noun ("copper" in "Chilean copper miner", "state-owned").
bool plain_word(const SentenceView& v, std::size_t k) {
  const Token& t = v.sentence().tokens[k];
  if (t.kind != TokenKind::kWord || v.mention_at(k) || starts_with_upper(t.text)) return false;
  const std::string w = v.word(k);
  return !SentenceView::is_function_word(w) && !words::contains(words::kDeterminers, w) &&
         w != "former";
}

std::optional<Description> description_ending_at(const SentenceView& v, std::size_t head) {
  if (head >= v.size() || !plain_word(v, head)) return std::nullopt;
  auto kind = v.context().lexicon.descriptor_kind(v.word(head));
  if (!kind) return std::nullopt;
  std::size_t k = head;
  for (int seen = 0; seen < 3 && k > 0 && plain_word(v, k - 1); ++seen) --k;
  if (k == 0) return std::nullopt;
  const Mention* m = v.mention_at(k - 1);
  if (!m || m->end != k || m->entity < 0 ||
      (m->kind != MentionKind::kName && m->kind != MentionKind::kModifier)) {
    return std::nullopt;
  }
  Description d;
  d.modifier = m;
  d.noun = v.word(head);
  d.kind = *kind;
  d.mod.type = v.type(m->entity);
  d.mod.demonym = v.is_demonym(*m);
  d.mod.former = m->span_begin > 0 && v.is(m->span_begin - 1, "former");
  d.begin = d.mod.former ? m->span_begin - 1 : m->span_begin;
  return d;
}

class Finder {
 public:
  Finder(const SentenceView& v, std::vector<RawRelation>& out) : v_(v), out_(out) {}

  void run() {
    for (const Mention* m : v_.names()) {
      before_name(*m);
      apposition(*m);
      opening_demonym(*m);
    }
  }

 private:
  void add(const Mention& named, const Description& d) {
    auto predicate = descriptor_predicate(d.kind, d.noun, d.mod, v_.type(named.entity));
    if (!predicate) return;
    v_.add(out_, named.entity, *predicate, d.modifier->entity, 0.8);
  }

  // "German carmaker X", "the Greek port city of X".
  void before_name(const Mention& m) {
    std::size_t b = m.span_begin;
    if (b == 0) return;
    if (auto d = description_ending_at(v_, b - 1)) return add(m, *d);
    if (b >= 2 && v_.is(b - 1, "of")) {
      auto d = description_ending_at(v_, b - 2);
      if (!d || d->kind != DescriptorKind::kPlace) return;
      // "the Pazarcık district of Kahramanmaraş province": a place noun
      // after the name makes it the larger place, holding the modifier.
      const std::size_t after = m.end;
      if (after < v_.size() && !v_.mention_at(after) &&
          v_.context().lexicon.descriptor_kind(v_.word(after)) == DescriptorKind::kPlace) {
        v_.add(out_, d->modifier->entity, "located in", m.entity, 0.8);
        return;
      }
      add(m, *d);
    }
  }

  // "the Peruvian Embassy" -> embassy of Peru: a demonym opening the name
  // of a public body. Not other organisations: "American University of
  // Beirut" is not based in the United States.
  void opening_demonym(const Mention& m) {
    const std::string head = v_.word(m.end - 1);
    if (v_.type(m.entity) != EntityType::kOrganization ||
        !words::contains(words::kPublicBodies, head))
      return;
    for (const Mention& d : v_.sentence().mentions) {
      if (d.kind != MentionKind::kModifier || d.begin != m.begin || d.end >= m.end ||
          d.entity < 0 || v_.type(d.entity) != EntityType::kCountry)
        continue;
      v_.add(out_, m.entity, head + " of", d.entity, 0.75);
    }
  }

  // "X, a Polish software group", "X, the Lyon brokerage, ...".
  void apposition(const Mention& m) {
    std::size_t k = m.end;
    if (!v_.is(k, ",")) return;
    if (const Mention* r = v_.mention_starting(k + 1); r && r->kind == MentionKind::kRoleRef) {
      return reference_apposition(m, *r);
    }
    std::string det = v_.word(k + 1);
    if (det != "a" && det != "an" && det != "the") return;
    std::size_t start = k + 2;
    for (std::size_t head = start + 1; head < v_.size() && head <= start + 5; ++head) {
      auto d = description_ending_at(v_, head);
      if (!d) continue;
      // "a state-owned Finnish investor": plain words may open it.
      for (std::size_t w = start; w < d->begin; ++w) {
        if (!plain_word(v_, w)) return;
      }
      const std::size_t next = head + 1;
      if (v_.is(next, "of") || v_.mention_starting(next) ||
          (next < v_.size() && v_.sentence().tokens[next].kind == TokenKind::kPossessive)) {
        return;
      }
      return add(m, *d);
    }
  }

  // "X, the Japanese animation studio, ...": an apposition the mention
  // finder read as a reference; its demonym says where X is (or whose
  // citizen), by the descriptor noun that heads it.
  void reference_apposition(const Mention& m, const Mention& r) {
    if (!v_.is(r.end, ",") && !v_.is(r.end, ".") && r.end < v_.size() &&
        v_.sentence().tokens[r.end].kind != TokenKind::kWord)
      return;
    const std::string noun = v_.word(r.end - 1);
    const auto kind = v_.context().lexicon.descriptor_kind(noun);
    if (!kind) return;
    for (std::size_t k = r.begin; k + 1 < r.end; ++k) {
      const auto country = v_.context().lexicon.country_of(v_.text(k));
      if (!country) continue;
      const int c = v_.country_entity(*country);
      if (c < 0) return;
      DescriptorModifier mod;
      mod.type = EntityType::kCountry;
      mod.demonym = true;
      auto predicate = descriptor_predicate(*kind, noun, mod, v_.type(m.entity));
      if (predicate) v_.add(out_, m.entity, *predicate, c, 0.75);
      return;
    }
  }

  const SentenceView& v_;
  std::vector<RawRelation>& out_;
};

}  // namespace

std::optional<std::string> descriptor_predicate(DescriptorKind kind, const std::string& noun,
                                                const DescriptorModifier& mod,
                                                EntityType described) {
  const bool country = mod.type == EntityType::kCountry;
  const bool place = country || mod.type == EntityType::kPlace;
  const bool organisation = mod.type == EntityType::kOrganization || mod.type == EntityType::kOther;
  const std::string role = (mod.former ? "former " : "") + noun + " of";
  switch (kind) {
    case DescriptorKind::kOrganisation:
      if (place) return "based in";
      break;
    case DescriptorKind::kPlace:
      if (place) return "located in";
      break;
    case DescriptorKind::kOccupation:
      if (country) return "citizen of";
      if (organisation) return role;
      break;
    case DescriptorKind::kPlayer:
      if (country) return mod.demonym ? "citizen of" : role;
      if (organisation) return role;
      break;
    case DescriptorKind::kParty:
      if (described == EntityType::kOrganization && place) return "based in";
      if (described == EntityType::kPerson && country) return "citizen of";
      break;
  }
  return std::nullopt;
}

void DescriptorRelations::extract(const DocumentContext& ctx, const AnalysedSentence& s,
                                  std::vector<RawRelation>& out) const {
  SentenceView v(ctx, s);
  Finder(v, out).run();
}

}  // namespace kg::extract
