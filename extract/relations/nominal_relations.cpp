#include "extract/relations/nominal_relations.h"

#include <array>

#include "extract/lexicon/word_lists.h"
#include "extract/relations/sentence_view.h"

namespace kg::extract {
namespace {

constexpr std::array<std::pair<std::string_view, std::string_view>, 5> kFounding = {
    {{"establishment", "established in"},
     {"founding", "founded in"},
     {"foundation", "founded in"},
     {"creation", "created in"},
     {"formation", "formed in"}}};

class Finder {
 public:
  Finder(const SentenceView& v, std::vector<RawRelation>& out) : v_(v), out_(out) {}

  void run() {
    for (std::size_t i = 0; i < v_.size(); ++i) {
      std::string w = v_.word(i);
      if (words::contains(words::kVisitNouns, w) && !v_.mention_at(i)) visit(i);
      if (w == "invitation" && v_.is(i + 1, "of")) invitation(i);
      if (w == "between") between(i);
      if (v_.sentence().tokens[i].kind == TokenKind::kPossessive) possessive(i);
      for (const auto& [noun, predicate] : kFounding) {
        if (w == noun && v_.is(i + 1, "in")) founding(i, predicate);
      }
      if (w == "members" || w == "member") membership(i);
      if (w == "bilateral") bilateral(i);
    }
    hyphen_pairs();
  }

 private:
  void add(int subject, std::string predicate, int object, double confidence,
           bool symmetric = false, std::map<std::string, std::string> q = {}, bool named = false) {
    append_relation(out_, {.subject = subject,
                           .predicate = std::move(predicate),
                           .object = object,
                           .symmetric = symmetric,
                           .qualifiers = std::move(q),
                           .confidence = confidence,
                           .sentence = v_.sentence().index,
                           .named = named});
  }

  int entity_at(std::optional<std::size_t> k) const {
    if (!k) return -1;
    const Mention* m = v_.mention_starting(*k);
    return m ? m->entity : -1;
  }

  void visit(std::size_t i) {
    if (!v_.is(i + 1, "to")) return;
    auto target = v_.entity_after(i + 2, 2);
    int place = entity_at(target);
    if (place < 0) return;
    int visitor = v_.possessor_before(i);
    const Mention* pm = v_.mention_starting(*target);
    std::size_t after = pm->end;
    if (v_.is(after, "by")) {
      if (int by = entity_at(v_.entity_after(after + 1, 3)); by >= 0) visitor = by;
    }
    add(visitor, "visited", place, 0.8);
  }

  void invitation(std::size_t i) {
    int host = entity_at(v_.entity_after(i + 2, 3));
    add(host, "invited", v_.subject(), 0.7);
  }

  // "NOUN between X and Y": the relation noun is the phrase just before "between".
  void between(std::size_t i) {
    if (i == 0) return;
    std::string predicate;
    const Mention* rel = v_.mention_at(i - 1);
    bool named = rel && rel->kind == MentionKind::kRelationNoun;
    if (named) {
      predicate = ascii_lower(rel->text);
    } else {
      for (std::size_t k = i; k-- > 0 && i - k <= 3;) {
        std::string w = v_.word(k);
        if (v_.mention_at(k) || w == "the" || w == "a" || w == "," || w == "of") break;
        predicate = predicate.empty() ? w : w + " " + predicate;
      }
    }
    if (predicate.empty()) return;
    auto a = v_.entity_after(i + 1, 1);
    if (!a) return;
    const Mention* ma = v_.mention_starting(*a);
    if (!v_.is(ma->end, "and")) return;
    auto b = v_.entity_after(ma->end + 1, 1);
    if (!b) return;
    const Mention* mb = v_.mention_starting(*b);
    if (mb->end < v_.size() && v_.sentence().tokens[mb->end].kind == TokenKind::kPossessive) return;
    add(ma->entity, predicate, mb->entity, 0.75, true, {}, named);
  }

  // "X 's [adjectives] NOUN for|to|with Y" and "X 's ORG chairmanship".
  void possessive(std::size_t i) {
    if (i == 0) return;
    const Mention* owner_m = v_.mention_at(i - 1);
    if (!owner_m || owner_m->entity < 0) return;
    int owner = owner_m->entity;
    std::size_t k = i + 1;
    for (std::size_t seen = 0; k < v_.size() && seen < 4; ++k, ++seen) {
      const Mention* m = v_.mention_starting(k);
      if (m && m->kind == MentionKind::kName && m->entity >= 0) {
        std::string noun = v_.word(m->end);
        if (noun.size() > 4 && (noun.ends_with("ship") || noun == "presidency")) {
          std::map<std::string, std::string> q;
          year_after(m->end + 1, q);
          add(owner, noun + " of", m->entity, 0.75, false, q);
        }
        return;
      }
      std::string w = v_.word(k);
      if (w == "for" || w == "to" || w == "with" || w == "of") break;
      if (v_.mention_at(k) || v_.sentence().tokens[k].kind != TokenKind::kWord) return;
    }
    if (k >= v_.size() || k == i + 1) return;
    std::string noun = v_.word(k - 1);
    if (v_.context().lexicon.verb_lemma(noun) && v_.context().lexicon.is_past_form(noun)) return;
    auto target = v_.entity_after(k + 1, 1);
    if (!target) return;
    const Mention* tm = v_.mention_starting(*target);
    std::map<std::string, std::string> q;
    if (tm->end < v_.size() && v_.sentence().tokens[tm->end].kind == TokenKind::kPossessive) {
      // "support for Malaysia 's ASEAN chairmanship in 2025": keep the role as a qualifier.
      const Mention* role = v_.mention_starting(tm->end + 1);
      if (role && role->kind == MentionKind::kName)
        q["role"] = role->text + " " + v_.word(role->end);
      year_after(role ? role->end + 1 : tm->end + 1, q);
    }
    add(owner, noun + " " + v_.word(k), tm->entity, 0.7, false, q);
  }

  void year_after(std::size_t k, std::map<std::string, std::string>& q) const {
    if (v_.is(k, "in") || v_.is(k, "from")) ++k;
    const Mention* d = v_.mention_starting(k);
    if (d && d->kind == MentionKind::kDate) v_.date_qualifiers(*d, q);
  }

  void founding(std::size_t i, std::string_view predicate) {
    const Mention* d = v_.mention_starting(i + 2);
    if (!d || d->kind != MentionKind::kDate || d->entity < 0) return;
    int owner = v_.possessor_before(i);
    const Mention* poss = i > 0 ? v_.mention_at(i - 1) : nullptr;
    if (poss && poss->kind == MentionKind::kPronoun && poss->canonical == "its" && owner < 0) {
      // Cataphoric "its": the first organisation after the phrase.
      for (const Mention& m : v_.sentence().mentions) {
        if (m.begin > d->end && m.entity >= 0 && m.kind == MentionKind::kName) {
          owner = m.entity;
          break;
        }
      }
    }
    add(owner, std::string(predicate), d->entity, 0.7);
  }

  // "X and other ORG member states" / "ORG 's members, including X and Y".
  void membership(std::size_t i) {
    if (i >= 2 && v_.mention_at(i - 1) && v_.is(i - 2, "other")) {
      int org = v_.mention_at(i - 1)->entity;
      if (i >= 4 && v_.is(i - 3, "and")) {
        const Mention* x = v_.mention_at(i - 4);
        if (x) add(x->entity, "member of", org, 0.7);
      }
      return;
    }
    if (!v_.is(i + 1, ",") || !(v_.is(i + 2, "including") || v_.is(i + 2, "namely"))) return;
    int org = v_.possessor_before(i);
    if (org < 0) return;
    std::size_t k = i + 3;
    while (auto at = v_.entity_after(k, 1)) {
      const Mention* m = v_.mention_starting(*at);
      add(m->entity, "member of", org, 0.7);
      k = m->end;
      if (!v_.is(k, ",") && !v_.is(k, "and")) break;
      ++k;
    }
  }

  // "bilateral trade to 18 billion USD": a relation between the document's main pair.
  void bilateral(std::size_t i) {
    auto [a, b] = v_.country_pair();
    std::string noun = v_.word(i + 1);
    if (a < 0 || !words::contains(words::kRelationshipNouns, noun)) return;
    std::map<std::string, std::string> q;
    if (v_.is(i + 2, "to")) {
      const Mention* money = v_.mention_starting(i + 3);
      if (money && money->kind == MentionKind::kMoney) q["target"] = money->canonical;
    }
    add(a, noun, b, 0.6, true, q);
  }

  // Mentions sharing one hyphenated token ("Vietnam-Malaysia relations").
  void hyphen_pairs() {
    const auto& ms = v_.sentence().mentions;
    for (std::size_t a = 0; a + 1 < ms.size(); ++a) {
      const Mention& x = ms[a];
      const Mention& y = ms[a + 1];
      if (x.begin != y.begin || x.end != x.begin + 1) continue;
      std::string noun = v_.word(x.end);
      if (!words::contains(words::kRelationshipNouns, noun)) continue;
      add(x.entity, noun, y.entity, 0.7, true);
      std::size_t k = x.end + 1;
      if (v_.is(k, "to")) {
        ++k;
        while (v_.is(k, "a") || v_.is(k, "the") || v_.is(k, "an")) ++k;
        const Mention* rel = v_.mention_starting(k);
        if (rel && rel->kind == MentionKind::kRelationNoun)
          add(x.entity, ascii_lower(rel->text), y.entity, 0.8, true, {}, true);
      }
    }
  }

  const SentenceView& v_;
  std::vector<RawRelation>& out_;
};

}  // namespace

void NominalRelations::extract(const DocumentContext& ctx, const AnalysedSentence& s,
                               std::vector<RawRelation>& out) const {
  SentenceView v(ctx, s);
  Finder(v, out).run();
}

}  // namespace kg::extract
