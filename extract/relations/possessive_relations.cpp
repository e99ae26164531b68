#include "extract/relations/possessive_relations.h"

#include "extract/lexicon/word_lists.h"
#include "extract/relations/descriptor_relations.h"
#include "extract/relations/sentence_view.h"
#include "extract/text/word_shape.h"

namespace kg::extract {
namespace {

// The words of a role after a possessive: "former compliance officer",
// "President" (a title inside a name's span), with a demonym among them
// ("Chilean coach") kept apart.
struct RolePhrase {
  std::string words;  // lower case, space separated
  std::string head;   // the last word
  const Mention* demonym = nullptr;
  std::size_t end = 0;  // the token after the role
};

// Words that end a noun phrase after a name in apposition.
bool ends_apposition(const SentenceView& v, std::size_t k) {
  if (k >= v.size()) return true;
  const std::string w = v.word(k);
  return w == "," || w == "." || w == ";" || w == "(" || w == ")" || w == "who" || w == "which";
}

// Head nouns of parties and movements a person belongs to ("his Labour Party").
constexpr std::array<std::string_view, 6> kParties = {"party",     "movement", "alliance",
                                                      "coalition", "front",    "union"};

// Sites an organisation has in a place ("Acme's headquarters in Lima").
constexpr std::array<std::string_view, 12> kSites = {"headquarters", "office", "offices", "campus",
                                                     "factory",      "plant",  "base",    "branch",
                                                     "centre",       "center", "site",    "hub"};

// Acts an owner directs at a place or party, named with the owner's
// possessive ("Lula's visit to Chile", "Israel's military offensive in
// Gaza", "Acme's bid for Zeta").
constexpr std::array<std::string_view, 16> kActs = {
    "visit",    "trip",       "tour",      "offensive", "attack",  "attacks",
    "invasion", "war",        "operation", "campaign",  "strikes", "bid",
    "offer",    "investment", "exports",   "sanctions"};

// The prepositions such an act takes its target with.
constexpr std::array<std::string_view, 7> kActPrepositions = {"to",   "in",   "on", "against",
                                                              "into", "with", "for"};

class Finder {
 public:
  Finder(const SentenceView& v, std::vector<RawRelation>& out)
      : v_(v), lex_(v.context().lexicon), out_(out) {}

  void run() {
    for (std::size_t k = 0; k + 1 < v_.size(); ++k) {
      int owner = possessor_ending_at(k);
      if (owner < 0) continue;
      role_after(owner, k + 1);
      const bool named = v_.sentence().tokens[k].kind == TokenKind::kPossessive;
      owned_name(owner, k + 1, named);
      if (named) site_in(owner, k + 1);
      if (named) act_toward(owner, k + 1);
      members_are(owner, k + 1);
    }
    for (const Mention* m : v_.names()) role_after_name(*m);
  }

 private:
  void add(int subject, std::string predicate, int object) {
    v_.add(out_, subject, std::move(predicate), object, 0.75);
  }

  // The entity owning what follows token k: "X 's" or his/her/its/their.
  int possessor_ending_at(std::size_t k) const {
    const Mention* m = v_.mention_at(k);
    if (m && m->kind == MentionKind::kPronoun && m->end == k + 1) {
      const std::string& p = m->canonical;
      if (p != "his" && p != "her" && p != "its" && p != "their") return -1;
      return m->entity >= 0 || p != "their" ? m->entity : v_.subject();
    }
    if (k == 0 || v_.sentence().tokens[k].kind != TokenKind::kPossessive) return -1;
    const Mention* owner = v_.mention_at(k - 1);
    if (!owner || owner->end != k || owner->entity < 0 ||
        (owner->kind != MentionKind::kName && owner->kind != MentionKind::kPronoun))
      return -1;
    EntityType t = v_.type(owner->entity);
    return t == EntityType::kDate || t == EntityType::kMoney ? -1 : owner->entity;
  }

  const Mention* modifier_at(std::size_t k) const {
    for (const Mention& m : v_.sentence().mentions) {
      if (m.begin == k && m.kind == MentionKind::kModifier) return &m;
    }
    return nullptr;
  }

  // Role words from token k, up to `stop` (the first name token of a titled
  // mention) or the first token that cannot be part of a role.
  RolePhrase role_words(std::size_t k, std::size_t stop) const {
    RolePhrase r;
    for (std::size_t seen = 0; k < stop && k < v_.size() && seen < 6; ++seen) {
      const Mention* mod = modifier_at(k);
      if (mod && !r.demonym && v_.is_demonym(*mod)) {
        r.demonym = mod;
        k = mod->end;
        continue;
      }
      const Token& t = v_.sentence().tokens[k];
      const std::string w = v_.word(k);
      if (t.kind != TokenKind::kWord || SentenceView::is_function_word(w) ||
          words::contains(words::kDeterminers, w) ||
          (starts_with_upper(t.text) && !lex_.is_title_word(w))) {
        break;
      }
      if (v_.mention_at(k) && v_.mention_at(k)->begin <= k) break;  // inside a name
      r.words += (r.words.empty() ? "" : " ") + w;
      r.head = w;
      ++k;
    }
    r.end = k;
    return r;
  }

  // The name that a role ending at token k stands in apposition to: right
  // after it (a person noun only), or after a comma and an optional
  // descriptor ("his brother, the painter X"), then closed by a comma or the
  // sentence's end.
  const Mention* named_after(std::size_t k, const RolePhrase& r) const {
    if (const Mention* m = v_.mention_at(k); m && m->kind == MentionKind::kName && m->begin == k) {
      // Not a person: typed otherwise, or headed by a keyword ("General Audit Office").
      const EntityType t = v_.type(m->entity);
      bool person = (t == EntityType::kPerson || t == EntityType::kOther) &&
                    !lex_.keyword_type(v_.text(m->end - 1));
      return person && v_.is_person_noun(r.head) ? m : nullptr;
    }
    if (!v_.is(k, ",")) return nullptr;
    ++k;
    for (std::size_t seen = 0; k < v_.size() && seen < 5; ++seen, ++k) {
      const Mention* m = v_.mention_at(k);
      if (m && m->kind == MentionKind::kName && m->entity >= 0 && !v_.modifies_noun(*m)) {
        if (m->span_begin != k && m->begin != k) return nullptr;
        return ends_apposition(v_, m->end) ? m : nullptr;
      }
      if (m && m->kind == MentionKind::kName) {  // a modifier: "the former Acme pilot X"
        k = m->end - 1;
        continue;
      }
      const std::string w = v_.word(k);
      if (m && m->kind != MentionKind::kModifier) return nullptr;
      if (!m && (v_.sentence().tokens[k].kind != TokenKind::kWord ||
                 SentenceView::is_function_word(w) || starts_with_upper(v_.text(k)))) {
        return nullptr;
      }
    }
    return nullptr;
  }

  // "Acme 's chief executive Jane Roe", "his wife, Ana Diaz,".
  void role_after(int owner, std::size_t k) {
    const Mention* titled = v_.mention_at(k);
    std::size_t stop =
        titled && titled->kind == MentionKind::kName && titled->span_begin == k && titled->begin > k
            ? titled->begin
            : v_.size();
    RolePhrase r = role_words(k, stop);
    if (r.head.empty()) return;
    const Mention* named = named_after(r.end, r);
    if (!named || named->entity == owner) return;
    emit(named->entity, r, owner);
  }

  // "Jane Roe, Acme 's former adviser, said".
  void role_after_name(const Mention& m) {
    if (!v_.is(m.end, ",")) return;
    const Mention* owner = v_.mention_at(m.end + 1);
    if (!owner || owner->span_begin != m.end + 1) return;
    int o = possessor_ending_at(owner->end);
    if (o < 0 || o == m.entity) return;
    RolePhrase r = role_words(owner->end + 1, v_.size());
    if (r.head.empty() || !ends_apposition(v_, r.end)) return;
    emit(m.entity, r, o);
  }

  // True when the entity's type comes from the shape of its name alone.
  bool guessed(int entity) const {
    return v_.context().resolved.entities[static_cast<std::size_t>(entity)].type_guessed;
  }

  // A lower-case word of a noun phrase ("state-owned", "new").
  bool plain_lower(std::size_t k) const {
    if (k >= v_.size() || v_.mention_at(k)) return false;
    const std::string w = v_.word(k);
    return v_.sentence().tokens[k].kind == TokenKind::kWord && !starts_with_upper(v_.text(k)) &&
           !SentenceView::is_function_word(w) && !words::contains(words::kDeterminers, w);
  }

  // The head noun of a name: its last type keyword before "of", "for" ...
  // ("Supreme Court of Peru" -> "court"), lower case; "" when none.
  std::string head_keyword(const Mention& m) const {
    std::string head;
    for (std::size_t k = m.begin; k < m.end; ++k) {
      const std::string w = v_.word(k);
      if (!head.empty() && SentenceView::is_function_word(w)) break;
      if (lex_.keyword_type(w)) head = w;
    }
    return head;
  }

  // "Peru 's Supreme Court" -> court of Peru; "Peru 's Banco Andino" -> based
  // in Peru; "Acme 's Research Unit" -> part of Acme; "his Labour Party" ->
  // member of. Only a party is read after a possessive pronoun (`named`
  // false): what else "its" owns depends on resolving "its".
  void owned_name(int owner, std::size_t k, bool named) {
    for (int seen = 0; seen < 2 && plain_lower(k); ++seen) ++k;
    const Mention* p = v_.mention_at(k);
    if (!p || p->span_begin != k || p->begin != k || p->kind != MentionKind::kName ||
        p->entity < 0 || p->entity == owner || v_.modifies_noun(*p)) {
      return;
    }
    // "Peru 's ASEAN Chairmanship": the name modifies a capitalised noun.
    if (const Mention* next = v_.mention_at(p->end); next && next->kind == MentionKind::kName)
      return;
    const EntityType ot = v_.type(owner), pt = v_.type(p->entity);
    const std::string head = head_keyword(*p);
    if (!named) {
      if (ot == EntityType::kPerson && words::contains(kParties, head))
        add(owner, "member of", p->entity);
      return;
    }
    if (ot == EntityType::kCountry || ot == EntityType::kPlace) {
      if (pt == EntityType::kOrganization && words::contains(words::kPublicBodies, head))
        add(p->entity, head + " of", owner);
      else if (pt == EntityType::kOrganization)
        add(p->entity, "based in", owner);
      else if (pt == EntityType::kEvent)
        add(p->entity, "held in", owner);
      else if (pt == EntityType::kPlace || (pt == EntityType::kOther && ot == EntityType::kCountry))
        add(p->entity, "located in", owner);  // "Portugal 's Algarve", "Brazil 's Embraer"
      else if (pt == EntityType::kPerson && ot == EntityType::kCountry && !guessed(p->entity))
        add(p->entity, "citizen of", owner);  // "Bolivia 's President Luis Arce"
    } else if (ot == EntityType::kOrganization) {
      if (pt == EntityType::kOrganization) add(p->entity, "part of", owner);
    } else if (ot == EntityType::kPerson && words::contains(kParties, head)) {
      add(owner, "member of", p->entity);
    }
  }

  // "the Union 's headquarters in Lima" -> headquartered in Lima; "its new
  // campus in Cusco" -> has campus in Cusco.
  void site_in(int owner, std::size_t k) {
    for (int seen = 0; seen < 2 && plain_lower(k) && !words::contains(kSites, v_.word(k)); ++seen)
      ++k;
    const std::string noun = v_.word(k);
    if (!words::contains(kSites, noun) || !v_.is(k + 1, "in")) return;
    std::size_t at = k + 2;
    if (v_.is(at, "the")) ++at;
    const Mention* place = v_.mention_at(at);
    if (!place || place->span_begin != at || place->kind != MentionKind::kName) return;
    const EntityType t = v_.type(place->entity);
    if (t != EntityType::kPlace && t != EntityType::kCountry && t != EntityType::kOther) return;
    add(owner, noun == "headquarters" ? "headquartered in" : "has " + noun + " in", place->entity);
  }

  // "its other members are A, B and C", "Acme 's partners include A and B":
  // each is a member (partner ...) of the owner.
  void members_are(int owner, std::size_t k) {
    for (int seen = 0; seen < 2 && plain_lower(k) && singular_noun(v_.word(k)).empty(); ++seen) ++k;
    const std::string noun = singular_noun(v_.word(k));
    if (noun.empty() || !words::contains(words::kMembershipNouns, noun)) return;
    if (!v_.is(k + 1, "are") && !v_.is(k + 1, "include")) return;
    for (std::size_t at = k + 2; at < v_.size();) {
      // "the Danish turbine maker X": a demonym and a descriptor before the name.
      std::size_t from = at;
      if (v_.is(from, "the") || v_.is(from, "a")) ++from;
      if (const Mention* d = v_.mention_at(from);
          d && d->kind == MentionKind::kModifier && d->span_begin == from)
        from = d->end;
      const auto start = v_.entity_after(from, 3);
      const Mention* m = start ? v_.mention_starting(*start) : nullptr;
      if (!m || m->kind != MentionKind::kName || m->entity == owner) return;
      add(m->entity, noun + " of", owner);
      std::size_t next = m->end;
      // "Aalborg University in Denmark": a place after the name is the name's.
      if (v_.is(next, "in") && v_.mention_at(next + 1)) next = v_.mention_at(next + 1)->end;
      if (v_.is(next, ",")) ++next;
      if (v_.is(next, "and")) ++next;
      if (next == m->end) return;
      at = next;
    }
  }

  // "Lula 's visit to Chile" -> visit to Chile; "Israel 's military
  // offensive in Gaza" -> military offensive in Gaza.
  void act_toward(int owner, std::size_t k) {
    const std::size_t first = k;
    for (int seen = 0; seen < 2 && plain_lower(k) && !words::contains(kActs, v_.word(k)); ++seen)
      ++k;
    if (!words::contains(kActs, v_.word(k)) || !words::contains(kActPrepositions, v_.word(k + 1)))
      return;
    std::size_t at = k + 2;
    if (v_.is(at, "the")) ++at;
    const Mention* target = v_.mention_at(at);
    if (!target || target->span_begin != at || target->kind != MentionKind::kName) return;
    std::string predicate;
    for (std::size_t w = first; w <= k + 1; ++w) predicate += (w == first ? "" : " ") + v_.word(w);
    add(owner, predicate, target->entity);
  }

  void emit(int named, const RolePhrase& r, int owner) {
    if (r.head == "predecessor") return add(owner, "succeeded", named);
    if (r.head == "successor") return add(named, "succeeded", owner);
    add(named, r.words + " of", owner);
    auto kind = lex_.descriptor_kind(r.head);
    if (r.demonym && kind) {
      DescriptorModifier mod;
      mod.type = v_.type(r.demonym->entity);
      mod.demonym = true;
      if (auto p = descriptor_predicate(*kind, r.head, mod)) add(named, *p, r.demonym->entity);
    }
  }

  const SentenceView& v_;
  const Lexicon& lex_;
  std::vector<RawRelation>& out_;
};

}  // namespace

void PossessiveRelations::extract(const DocumentContext& ctx, const AnalysedSentence& s,
                                  std::vector<RawRelation>& out) const {
  SentenceView v(ctx, s);
  Finder(v, out).run();
}

}  // namespace kg::extract
