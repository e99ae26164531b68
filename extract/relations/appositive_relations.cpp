#include "extract/relations/appositive_relations.h"

#include "extract/lexicon/word_lists.h"
#include "extract/relations/sentence_view.h"

namespace kg::extract {
namespace {

// Adverbs that may open an apposition ("X, currently the head of Y").
constexpr std::array<std::string_view, 5> kOpeners = {"currently", "now", "also", "formerly",
                                                      "then"};

// "a former director of", "Chairman of": the role words and their preposition.
struct Role {
  std::string words;    // lower case: "former director"
  std::string prep;     // "of", "at" or "to"
  std::size_t end = 0;  // the token after the preposition
};

// What a role points at: a name, and the possessor written before it.
struct Target {
  int named = -1;
  int possessor = -1;
  std::size_t end = 0;  // the token after the target
};

class Finder {
 public:
  Finder(const SentenceView& v, std::vector<RawRelation>& out)
      : v_(v), lex_(v.context().lexicon), out_(out) {}

  void run() {
    for (const Mention* m : v_.names()) apposition(*m);
  }

 private:
  // A word of a noun phrase: not inside a name (a title before a later name's
  // name words counts as a word), not a function word or determiner.
  bool plain(std::size_t k) const {
    if (k >= v_.size()) return false;
    if (const Mention* m = v_.mention_at(k); m && m->begin <= k) return false;
    const Token& t = v_.sentence().tokens[k];
    const std::string w = v_.word(k);
    return t.kind == TokenKind::kWord && !SentenceView::is_function_word(w) &&
           !words::contains(words::kDeterminers, w);
  }

  void apposition(const Mention& x) {
    std::size_t k = x.end;
    if (!v_.is(k, ",")) return;
    ++k;
    if (k + 1 < v_.size() && v_.sentence().tokens[k].kind == TokenKind::kNumber &&
        v_.is(k + 1, ",")) {
      k += 2;  // an age: "Ana Ruiz, 52, the mayor of ..."
    }
    if (words::contains(kOpeners, v_.word(k))) ++k;
    if (modified_role(x, k) || possessed_role(x, k)) return;
    while (auto role = read_role(k)) {
      auto target = read_target(role->end);
      if (!target) return;
      const std::string predicate = role->words + " " + role->prep;
      v_.add(out_, x.entity, predicate, target->named, 0.8);
      // The whole a named part belongs to ("director of Acme 's Research
      // Unit"), but not a country owning a named body ("Chile 's Ministry").
      const EntityType owner = v_.type(target->possessor);
      if (target->named < 0 || (owner != EntityType::kCountry && owner != EntityType::kPlace))
        v_.add(out_, x.entity, predicate, target->possessor, 0.7);
      k = target->end;
      if (!v_.is(k, "and") && !v_.is(k, ",")) return;
      ++k;
    }
  }

  // "X, the Andean Pact commissioner," -> commissioner of Andean Pact: a
  // person noun after an organisation or country (descriptor nouns are
  // DescriptorRelations').
  bool modified_role(const Mention& x, std::size_t k) {
    if (!v_.is(k, "the") && !v_.is(k, "a") && !v_.is(k, "an")) return false;
    const Mention* m = v_.mention_at(k + 1);
    if (!m || m->span_begin != k + 1 || m->entity < 0 || v_.type(m->entity) == EntityType::kPerson)
      return false;
    std::size_t end = m->end;
    std::string words;
    while (plain(end) && !v_.is(end, "former"))
      words += (words.empty() ? "" : " ") + v_.word(end++);
    if (words.empty()) return false;
    const std::string head = v_.word(end - 1);
    if (!v_.is_person_noun(head) || lex_.descriptor_kind(head)) return false;
    if (!v_.is(end, ",") && !v_.is(end, ".") && !v_.is(end, "for")) return false;
    v_.add(out_, x.entity, words + " of", m->entity, 0.75);
    return true;
  }

  // "X, the company's chief executive," / "X, Chile's foreign minister,":
  // a role owned by an organisation or country (a name or a reference to
  // one) -> chief executive of it; an organisation's descriptor noun ("X,
  // the EU's law enforcement agency,") -> agency of it.
  bool possessed_role(const Mention& x, std::size_t k) {
    if (v_.is(k, "the") && !v_.mention_at(k)) ++k;  // "the European Union 's"
    const Mention* m = v_.mention_at(k);
    if (!m || m->span_begin != k || m->entity < 0 || m->kind == MentionKind::kPronoun ||
        m->end >= v_.size() || v_.sentence().tokens[m->end].kind != TokenKind::kPossessive)
      return false;
    const EntityType owner = v_.type(m->entity);
    if (owner != EntityType::kOrganization && owner != EntityType::kCountry) return false;
    std::size_t end = m->end + 1;
    std::string words;
    while (plain(end)) words += (words.empty() ? "" : " ") + v_.word(end++);
    if (words.empty()) return false;
    const std::string head = v_.word(end - 1);
    // A person's role, or an organisation's place in another ("Europol, the
    // European Union's law enforcement agency").
    const EntityType type = v_.type(x.entity);
    const bool organisation = (type == EntityType::kOrganization || type == EntityType::kOther) &&
                              lex_.descriptor_kind(head) == DescriptorKind::kOrganisation;
    const bool person =
        type != EntityType::kOrganization && (v_.is_person_noun(head) || lex_.is_title_word(head));
    if (!organisation && !person) return false;
    if (end < v_.size() && !v_.is(end, ",") && !v_.is(end, ".")) return false;
    v_.add(out_, x.entity, (organisation ? head : words) + " of", m->entity, 0.75);
    return true;
  }

  std::optional<Role> read_role(std::size_t k) const {
    bool det = v_.is(k, "the") || v_.is(k, "a") || v_.is(k, "an");
    if (det) ++k;
    Role r;
    std::string head;
    for (std::size_t seen = 0; seen < 6 && k < v_.size(); ++seen, ++k) {
      const std::string w = v_.word(k);
      if (w == "of" || w == "at" || w == "to") break;
      if (!plain(k)) return std::nullopt;
      if (starts_with_upper(v_.text(k)) && !lex_.is_title_word(w)) return std::nullopt;
      if (lex_.is_past_form(w) && !v_.is_person_noun(w)) return std::nullopt;
      r.words += (r.words.empty() ? "" : " ") + w;
      head = w;
    }
    if (head.empty() || k >= v_.size()) return std::nullopt;
    r.prep = v_.word(k);
    const bool person = v_.is_person_noun(head);
    if (r.prep != "of" && r.prep != "at" && !(r.prep == "to" && person)) return std::nullopt;
    if (!det && !person) return std::nullopt;
    r.end = k + 1;
    // "head of research at Y": a lower-case of-complement inside the role.
    std::size_t j = r.end;
    while (j < v_.size() && plain(j) && !starts_with_upper(v_.text(j))) ++j;
    if (r.prep == "of" && j > r.end && (v_.is(j, "at") || v_.is(j, "of"))) {
      for (std::size_t q = k; q < j; ++q) r.words += " " + v_.word(q);
      r.prep = v_.word(j);
      r.end = j + 1;
    }
    return r;
  }

  // "[the] [Y 's] [MODIFIER words [of]] NAME": the entity a role points at.
  std::optional<Target> read_target(std::size_t k) const {
    Target t;
    if (v_.is(k, "the")) ++k;
    for (std::size_t seen = 0; seen < 6 && k < v_.size(); ++seen) {
      const Mention* m = v_.mention_at(k);
      if (m && m->kind == MentionKind::kPronoun && m->begin == k) {  // "Chairman of its Z"
        ++k;
        continue;
      }
      if (m && m->span_begin == k && m->end < v_.size() &&
          v_.sentence().tokens[m->end].kind == TokenKind::kPossessive && t.possessor < 0) {
        t.possessor = m->entity;  // "Acme 's"
        k = m->end + 1;
        continue;
      }
      if (m && m->span_begin == k && m->kind == MentionKind::kName && m->entity >= 0 &&
          !v_.modifies_noun(*m)) {
        t.named = m->entity;
        t.end = m->end;
        return t;
      }
      if (m && m->span_begin == k &&
          (m->kind == MentionKind::kModifier || m->kind == MentionKind::kName)) {
        k = m->end;  // a modifier: "Polish lender", "the Greek port city of"
        continue;
      }
      if (!plain(k)) break;
      ++k;
      if (v_.is(k, "of") && lex_.descriptor_kind(v_.word(k - 1)) == DescriptorKind::kPlace) ++k;
    }
    if (t.possessor < 0) return std::nullopt;
    t.end = k;
    return t;
  }

  const SentenceView& v_;
  const Lexicon& lex_;
  std::vector<RawRelation>& out_;
};

}  // namespace

void AppositiveRelations::extract(const DocumentContext& ctx, const AnalysedSentence& s,
                                  std::vector<RawRelation>& out) const {
  SentenceView v(ctx, s);
  Finder(v, out).run();
}

}  // namespace kg::extract
