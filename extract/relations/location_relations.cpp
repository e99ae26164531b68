#include "extract/relations/location_relations.h"

#include "extract/lexicon/word_lists.h"
#include "extract/relations/sentence_view.h"

namespace kg::extract {
namespace {

// The predicate that locates an entity of type `t`, or nullopt for the types
// that are not located by a noun phrase (people, countries, literals).
std::optional<std::string> located(EntityType t) {
  switch (t) {
    case EntityType::kOrganization:
      return "based in";
    case EntityType::kEvent:
      return "held in";
    case EntityType::kPlace:
    case EntityType::kOther:
      return "located in";
    default:
      return std::nullopt;
  }
}

// Prepositions before a noun phrase whose "in PLACE" locates it ("at the X
// in Y"); the relation prepositions and the spatial ones.
constexpr std::array<std::string_view, 8> kSpatial = {"near",   "outside", "inside", "across",
                                                      "around", "within",  "beyond", "behind"};

// Place nouns that name the place after them ("the Texas city of Houston":
// Houston is the city); other place nouns name the place before them ("the
// Miraflores district of Lima": Miraflores is the district).
constexpr std::array<std::string_view, 7> kSettlements = {"city",    "town",   "port",  "village",
                                                          "capital", "island", "suburb"};

bool place_like(EntityType t) {
  return t == EntityType::kPlace || t == EntityType::kCountry || t == EntityType::kOther;
}

bool ends_with(const std::string& s, std::string_view suffix) {
  return s.size() > suffix.size() &&
         s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

class Finder {
 public:
  Finder(const SentenceView& v, std::vector<RawRelation>& out) : v_(v), out_(out) {}

  void run() {
    for (const Mention* m : v_.names()) {
      in_place(*m);
      comma_place(*m);
      district_of(*m);
    }
    for (std::size_t k = 0; k < v_.size(); ++k) based_adjective(k);
  }

 private:
  void add(int subject, const std::string& predicate, int object) {
    v_.add(out_, subject, predicate, object, 0.75);
  }

  // The place named at token k ("[the] Quito", "Peru 's south"): its entity, or -1.
  int place_at(std::size_t k, std::size_t* end = nullptr) const {
    if (v_.is(k, "the")) ++k;
    const Mention* t = v_.mention_at(k);
    if (!t || t->span_begin != k || t->kind != MentionKind::kName || t->entity < 0 ||
        !place_like(v_.type(t->entity))) {
      return -1;
    }
    if (v_.modifies_noun(*t) &&
        v_.context().lexicon.descriptor_kind(v_.word(t->end)) != DescriptorKind::kPlace) {
      // "Peru 's": the possessor of a place ("in Peru's south"); else a modifier.
      bool possessive =
          t->end < v_.size() && v_.sentence().tokens[t->end].kind == TokenKind::kPossessive;
      if (!possessive) return -1;
    }
    // "in Portugal 's Algarve": the place is the name the possessor owns.
    if (t->end < v_.size() && v_.sentence().tokens[t->end].kind == TokenKind::kPossessive) {
      const Mention* owned = v_.mention_at(t->end + 1);
      if (owned && owned->span_begin == t->end + 1 && owned->kind == MentionKind::kName &&
          owned->entity >= 0 && place_like(v_.type(owned->entity))) {
        if (end) *end = owned->end;
        return owned->entity;
      }
    }
    if (end) *end = t->end;
    return t->entity;
  }

  // True when the noun phrase of `m` is the object of a preposition or a
  // possessive, or follows a comma ("at the X", "for X", "its X", "A, X"):
  // not the object of a verb, where "in PLACE" may say where the act was.
  bool after_preposition(const Mention& m) const {
    std::size_t k = m.span_begin;
    if (k > 0 && words::contains(words::kDeterminers, v_.word(k - 1))) --k;
    if (k == 0) return false;
    const std::string w = v_.word(k - 1);
    return words::contains(words::kPrepositions, w) || words::contains(kSpatial, w) || w == "," ||
           v_.sentence().tokens[k - 1].kind == TokenKind::kPossessive;
  }

  // "at the Andean Stadium in Quito", "the Lyra Festival in Oslo".
  void in_place(const Mention& m) {
    std::size_t k = m.end;
    // "the Quebrada Honda mine in ...": the place noun after the name.
    if (k < v_.size() && v_.sentence().tokens[k].kind == TokenKind::kWord &&
        !starts_with_upper(v_.text(k)) &&
        v_.context().lexicon.keyword_type(v_.text(k)) == EntityType::kPlace)
      ++k;
    // "the Norwegian University of Science and Technology (NTNU) in ...".
    if (v_.is(k, "(") && v_.is(k + 2, ")")) k += 3;
    if (!v_.is(k, "in")) return;
    const EntityType t = v_.type(m.entity);
    auto predicate = located(t);
    if (!predicate) return;
    if (t != EntityType::kPlace && t != EntityType::kEvent && !after_preposition(m)) return;
    add(m.entity, *predicate, place_at(k + 1));
  }

  // "Arequipa, Peru,", "Cusco, in Peru's south"; not a dateline ("LIMA, Peru,
  // May 2 -"): where the report was filed.
  void comma_place(const Mention& m) {
    const EntityType t = v_.type(m.entity);
    if (!v_.is(m.end, ",") || (t != EntityType::kPlace && t != EntityType::kOther)) return;
    if (m.span_begin < v_.dateline_end()) return;
    std::size_t k = m.end + 1;
    if (v_.is(k, "in")) {
      add(m.entity, "located in", place_at(k + 1));
      return;
    }
    const Mention* c = v_.mention_at(k);
    if (!c || c->span_begin != k || c->kind != MentionKind::kName ||
        v_.type(c->entity) != EntityType::kCountry) {
      return;
    }
    const std::string next = v_.word(c->end);
    if (c->end >= v_.size() || next == "," || next == "." || next == ";" || next == "(" ||
        next == ")") {
      add(m.entity, "located in", c->entity);
    }
  }

  // "the Miraflores district of Lima"; "the Lima port city of Callao".
  void district_of(const Mention& m) {
    std::size_t k = m.end;
    while (k < m.end + 2 && k + 1 < v_.size() && !v_.is(k + 1, "of") && !v_.mention_at(k) &&
           v_.sentence().tokens[k].kind == TokenKind::kWord && !starts_with_upper(v_.text(k)))
      ++k;  // "port" in "port city"
    const std::string noun = v_.word(k);
    if (v_.context().lexicon.descriptor_kind(noun) != DescriptorKind::kPlace ||
        !v_.is(k + 1, "of") || v_.mention_at(k)) {
      return;
    }
    if (!words::contains(kSettlements, noun)) return add(m.entity, "located in", place_at(k + 2));
    k += 2;
    if (v_.is(k, "the")) ++k;
    const Mention* p = v_.mention_at(k);
    if (p && p->span_begin == k && p->kind == MentionKind::kName && place_like(v_.type(m.entity)))
      add(p->entity, "located in", m.entity);
  }

  // The place named by the "X-based" / "X-listed" at token k: a mention of
  // its own inside the token, or split off before "-" "based".
  int place_of_adjective(std::size_t k) const {
    const Mention* inside = v_.mention_at(k);
    if (inside && inside->end == k + 1) {
      for (const Mention& m : v_.sentence().mentions) {
        if (m.begin == k && m.end == k + 1 && m.entity >= 0 && !ends_with(m.text, "-based") &&
            !ends_with(m.text, "-listed") && place_like(v_.type(m.entity)))
          return m.entity;
      }
      return -1;
    }
    if (k >= 2 && v_.is(k - 1, "-")) {
      const Mention* m = v_.mention_at(k - 2);
      if (m && m->end == k - 1 && m->entity >= 0 && place_like(v_.type(m->entity)))
        return m->entity;
    }
    return -1;
  }

  // "Lima-based Banco Andino", "Acme, a Lima-based miner", "Acme is a Lima-based miner".
  void based_adjective(std::size_t k) {
    const std::string w = v_.word(k);
    std::string predicate;
    if (ends_with(w, "-based") || w == "based")
      predicate = "based in";
    else if (ends_with(w, "-listed") || w == "listed")
      predicate = "listed in";
    if (predicate.empty() || ((w == "based" || w == "listed") && !v_.is(k - 1, "-"))) return;
    const int place = place_of_adjective(k);
    if (place < 0) return;
    std::size_t j = k + 1;
    for (int seen = 0; seen < 3 && j < v_.size() && !v_.mention_at(j) &&
                       v_.sentence().tokens[j].kind == TokenKind::kWord &&
                       !SentenceView::is_function_word(v_.word(j));
         ++seen) {
      ++j;
    }
    if (const Mention* named = v_.mention_at(j);
        named && named->span_begin == j && named->kind == MentionKind::kName) {
      return add(named->entity, predicate, place);
    }
    std::size_t start = w == "based" || w == "listed" ? k - 2 : k;
    const Mention* m = v_.mention_at(start);
    if (m) start = m->span_begin;
    if (start < 2 || !words::contains(words::kDeterminers, v_.word(start - 1))) return;
    const std::string before = v_.word(start - 2);
    if (before != "," && before != "is" && before != "was") return;
    const Mention* described = v_.mention_at(start - 3);
    if (start >= 3 && described && described->end == start - 2 && described->entity >= 0 &&
        described->kind != MentionKind::kModifier) {
      add(described->entity, predicate, place);
    }
  }

  const SentenceView& v_;
  std::vector<RawRelation>& out_;
};

}  // namespace

void LocationRelations::extract(const DocumentContext& ctx, const AnalysedSentence& s,
                                std::vector<RawRelation>& out) const {
  SentenceView v(ctx, s);
  Finder(v, out).run();
}

}  // namespace kg::extract
