#include "extract/relations/pattern_clauses.h"

#include <algorithm>
#include <array>
#include <tuple>

#include "extract/lexicon/word_lists.h"
#include "extract/relations/sentence_view.h"
#include "extract/text/word_shape.h"

namespace kg::extract {
namespace {

constexpr std::size_t kMaxApposition = 8;    // tokens of "the European Union 's law agency"
constexpr std::size_t kMaxAside = 8;         // tokens of a bracketed aside in a list
constexpr std::size_t kMaxPremodifier = 4;   // words before a coordinated name
constexpr std::size_t kMaxTimePhrase = 4;    // tokens of "in 2009", "since last year"
constexpr std::size_t kMaxPartnerWords = 7;  // "her husband, the former Iberia pilot"

struct VerbGroup {
  std::size_t begin;  // first token (auxiliaries included)
  std::size_t end;    // one past the last verb token
  std::string text;
};

class Clauses {
 public:
  Clauses(const SentenceView& v, std::vector<RawRelation>& out)
      : v_(v), lex_(v.context().lexicon), out_(out) {}

  void run() {
    participle_opening();
    past_participle_opening();
    std::vector<int> subjects;
    // "Born in X, in Y's Z, Ana Ruiz played ...": the opening participle
    // phrase holds no subject of the main clause.
    std::size_t segment = opening_phrase_end();
    bool had_verb = false;  // a verb group already read in this segment
    bool reported = false;  // the segment is a reporting verb's clause
    for (std::size_t i = segment; i < v_.size(); ++i) {
      if (v_.is(i, ";") || v_.is(i, "that")) {
        segment = i + 1;
        had_verb = false;
        // "the earthquakes that struck X": a relative "that" after a noun
        // starts a clause about the noun; after a verb ("said that") the
        // clause may keep the sentence's subject.
        if (v_.is(i, "that") && !(i > 0 && (is_verb_form(i - 1) || v_.is(i - 1, ","))))
          subjects.clear();
      }
      // "X took over the chairmanship, succeeding Y": a participle after the
      // clause's comma is said of its subject.
      if (had_verb && !subjects.empty() && i > 0 && v_.is(i - 1, ",")) {
        if (auto participle = trailing_participle(i)) {
          objects(*participle, subjects);
          i = participle->end - 1;
          continue;
        }
      }
      auto group = verb_group(i);
      if (!group) continue;
      std::size_t g0 = group->begin;
      int antecedent = relative_antecedent(g0);
      // "X, which was founded in 1922 and plays in Y": a verb coordinated
      // inside the relative clause is said of the same antecedent.
      if (antecedent < 0 && relative_ >= 0 && g0 > 0 && v_.is(g0 - 1, "and") &&
          no_comma_between(relative_end_, g0))
        antecedent = relative_;
      if (antecedent >= 0) {
        // "X, who was born in Y": the clause is said of X wherever X stands,
        // and leaves the main clause's subject and verb to come.
        objects(*group, {antecedent});
        relative_ = antecedent;
        relative_end_ = group->end;
        i = group->end - 1;
        continue;
      }
      relative_ = -1;
      if (had_verb) {
        // After a clause's verb, only a coordinated verb ("and issued") or an
        // infinitive ("to establish") shares its subject; others are subordinate.
        bool coordinated = g0 > 0 && (v_.is(g0 - 1, "and") || v_.is(g0 - 1, "to") ||
                                      v_.is(g0 - 1, "also") || v_.is(g0 - 1, ";"));
        if (!coordinated) {
          i = group->end - 1;
          continue;
        }
      } else {
        std::vector<int> found = subjects_between(segment, g0);
        if (!found.empty() || segment == 0 || reported) subjects = found;
      }
      had_verb = true;
      reported = false;
      if (!subjects.empty()) {
        bool related = objects(*group, subjects);
        if (!related && subjects.size() == 2) co_subjects(*group, subjects);
      }
      // "X said he would visit Y": what is reported is a clause of its own,
      // with its own subject.
      if (reporting(*group)) {
        segment = group->end;
        had_verb = false;
        reported = true;
      }
      i = group->end - 1;
    }
  }

 private:
  bool no_comma_between(std::size_t a, std::size_t b) const {
    for (std::size_t k = a; k < b; ++k) {
      if (v_.is(k, ",") || v_.is(k, ";")) return false;
    }
    return true;
  }

  // The token after a bracketed aside starting at k ("(2018)"), or k.
  std::size_t after_brackets(std::size_t k) const {
    if (!v_.is(k, "(")) return k;
    for (std::size_t j = k + 1; j < v_.size() && j < k + kMaxAside; ++j) {
      if (v_.is(j, ")")) return j + 1;
    }
    return k;
  }

  // A lower-case word that is no mention, verb form or function word ("lithium").
  bool plain_word(std::size_t i) const {
    const std::string w = v_.word(i);
    return !v_.mention_at(i) && v_.sentence().tokens[i].kind == TokenKind::kWord &&
           !starts_upper(i) && !is_verb_form(i) &&
           (!SentenceView::is_function_word(w) || words::contains(words::kDeterminers, w));
  }

  bool is_verb_form(std::size_t i) const {
    std::string w = v_.word(i);
    if (v_.mention_at(i) || w.empty() || starts_upper(i)) return false;
    auto lemma = lex_.verb_lemma(w);
    if (!lemma) return false;
    std::string prev = i > 0 ? v_.word(i - 1) : "";
    // "that held talks": a relative pronoun before a past form, not a determiner.
    const bool relative = prev == "that" || prev == "who" || prev == "which";
    if (((words::contains(words::kDeterminers, prev) &&
          !(prev == "that" && lex_.is_past_form(w))) ||
         words::contains(words::kDistributives, prev)))
      return false;
    if (i > 1 && prev.ends_with("ly") &&
        (words::contains(words::kDeterminers, v_.word(i - 2)) ||
         words::contains(words::kDistributives, v_.word(i - 2))))
      return false;
    bool past = lex_.is_past_form(w) && w != *lemma;
    bool third = w != *lemma && w.ends_with("s") && !past;
    if (third && i > 0 && !v_.mention_at(i - 1) && !prev.ends_with("ly") && prev != "also" &&
        prev != ")" && prev != "," && !relative) {
      return false;  // "member states", "the talks": a plural noun, not a verb
    }
    bool base_after_to =
        w == *lemma &&
        (prev == "to" || words::contains(words::kAuxiliaries, prev) || prev == "not");
    if (third && i + 1 < v_.size() && v_.is(i + 1, "of")) return false;  // "talks of", "visits of"
    // "X beat Y", "who cut ...": a past tense spelled like the base form,
    // right after a name or a relative pronoun.
    const bool same_past =
        w == *lemma && lex_.is_past_form(w) && i > 0 &&
        ((v_.mention_at(i - 1) && v_.mention_at(i - 1)->kind == MentionKind::kName) ||
         prev == "who" || prev == "which");
    return past || third || base_after_to || same_past || (w.ends_with("ed") && w != *lemma);
  }

  bool starts_upper(std::size_t i) const {
    const std::string& t = v_.text(i);
    return !t.empty() && t[0] >= 'A' && t[0] <= 'Z' && i > 0;
  }

  // A verb group whose main verb is token i: auxiliaries and negation before it,
  // particles and "to <verb>" chains after it.
  std::optional<VerbGroup> verb_group(std::size_t i) const {
    std::string head = v_.word(i);
    bool aux = words::contains(words::kAuxiliaries, head);
    std::size_t after = i + 1;  // "has already invested", "have all deposited"
    while (after < v_.size() && (adverb(after) || v_.is(after, "all"))) ++after;
    bool aux_before_verb =
        aux && (is_verb_form(after) || (v_.is(after, "not") && is_verb_form(after + 1)));
    // "had meetings with": a possession verb used as the main verb.
    bool main_have =
        (head == "had" || head == "has" || head == "have") && !aux_before_verb && !v_.mention_at(i);
    if (!main_have && (!is_verb_form(i) || aux) && !aux_before_verb) return std::nullopt;
    VerbGroup g{i, i + 1, v_.word(i)};
    while (g.end < v_.size()) {
      std::string w = v_.word(g.end);
      std::size_t before = g.end;  // the word before, adverbs skipped
      while (before > g.begin + 1 && (adverb(before - 1) || v_.is(before - 1, "all"))) --before;
      const std::string prev = v_.word(before - 1);
      if (w == "not" || adverb(g.end) || (w == "all" && is_verb_form(g.end + 1)) ||
          (is_verb_form(g.end) && (words::contains(words::kAuxiliaries, prev) || prev == "not"))) {
        g.text += " " + w;
        ++g.end;
      } else if (w == "to" && is_verb_form(g.end + 1)) {
        g.text += " to " + v_.word(g.end + 1);
        g.end += 2;
      } else {
        break;
      }
    }
    return g;
  }

  // The entity a relative clause whose verb group starts at g is said of, or
  // -1: the name right before "who"/"which"/"that" or before ", who"; or the
  // name an apposition describes, "X, a Swedish group that ...", "X, 62, an
  // American chemist who ...".
  int relative_antecedent(std::size_t g) const {
    if (g < 2 || !(v_.is(g - 1, "who") || v_.is(g - 1, "which") || v_.is(g - 1, "that"))) return -1;
    std::size_t end = g - 1;  // one past the antecedent
    // "X, a law enforcement agency, which ...": the comma closes the apposition.
    if (v_.is(end - 1, ",")) --end;
    if (!name_ending_at(end)) {
      // Back over the apposition's noun phrase to its comma.
      std::size_t k = end;
      while (k > 0 && end - k < kMaxApposition && !v_.is(k - 1, ",") &&
             (apposition_word(k - 1) || owner_at(k - 1)))
        --k;
      if (k == 0 || !v_.is(k - 1, ",") || !words::contains(words::kDeterminers, v_.word(k)))
        return -1;
      end = k - 1;
      // "X, 62, an American chemist": an age between the commas.
      if (end >= 2 && is_number(v_.text(end - 1)) && v_.is(end - 2, ",")) end -= 2;
    }
    const Mention* m = name_ending_at(end);
    if (m && v_.is(g - 1, "who") && v_.type(m->entity) != EntityType::kPerson) {
      // "Ana Ruiz of the Broad Front, who beat X": the person the name is of.
      std::size_t b = m->span_begin;
      for (int n = 0; n < 2 && b >= 1 && plain_word(b - 1) && !v_.is(b - 1, "the"); ++n) --b;
      if (b >= 1 && v_.is(b - 1, "the")) --b;
      if (b >= 1 && v_.is(b - 1, "of")) {
        const Mention* person = name_ending_at(b - 1);
        if (person && v_.type(person->entity) == EntityType::kPerson) return person->entity;
      }
    }
    return m ? m->entity : -1;
  }

  // A plain word of an apposition's noun phrase.
  bool apposition_word(std::size_t i) const {
    return v_.sentence().tokens[i].kind == TokenKind::kWord && !name_at(i);
  }

  // A possessive or a name owning what follows ("the European Union 's law
  // enforcement agency").
  bool owner_at(std::size_t i) const {
    const auto& t = v_.sentence().tokens;
    if (t[i].kind == TokenKind::kPossessive) return true;
    const Mention* m = v_.mention_at(i);
    return m && m->end < t.size() && t[m->end].kind == TokenKind::kPossessive;
  }

  // True when token i is part of a mention other than a modifier ("Swedish").
  bool name_at(std::size_t i) const {
    const Mention* m = v_.mention_at(i);
    return m && m->kind != MentionKind::kModifier;
  }

  static std::string singular(const std::string& w) {
    return w.size() > 3 && w.ends_with("s") ? w.substr(0, w.size() - 1) : w;
  }

  // The resolved name mention that ends right before token `end`, or nullptr.
  const Mention* name_ending_at(std::size_t end) const {
    if (end == 0) return nullptr;
    const Mention* m = v_.mention_at(end - 1);
    if (!m || m->end != end || m->entity < 0) return nullptr;
    // A name, or a reference to an organisation ("The club, which ...").
    if (m->kind != MentionKind::kName &&
        !(m->kind == MentionKind::kRoleRef && m->type == EntityType::kOrganization))
      return nullptr;
    const EntityType t = v_.type(m->entity);
    return t == EntityType::kDate || t == EntityType::kMoney ? nullptr : m;
  }

  // Entities in subject position in [a, b) after any dateline: the first one
  // not in a prepositional phrase, plus one coordinated with it by "and"; "both sides" stands for
  // the document's main pair.
  std::vector<int> subjects_between(std::size_t a, std::size_t b) const {
    for (std::size_t k = std::max(a, v_.dateline_end()); k < b; ++k) {
      const Mention* m = v_.mention_starting(k);
      if (m && m->kind == MentionKind::kRoleRef && m->canonical == "#pair" &&
          !after_preposition(v_.sentence(), k)) {
        auto [x, y] = v_.country_pair(k);
        // "the two leaders", "both ministers": two persons where no two
        // countries are named.
        if (x < 0 && v_.is_person_noun(singular(v_.word(m->end - 1))))
          std::tie(x, y) = v_.pair_of(EntityType::kPerson, k);
        if (x >= 0) return {x, y};
      }
      if (!m || m->entity < 0 || m->kind == MentionKind::kModifier ||
          m->kind == MentionKind::kDate || m->kind == MentionKind::kRelationNoun ||
          after_preposition(v_.sentence(), k)) {
        continue;
      }
      if (m->kind == MentionKind::kPronoun && m->canonical != "he" && m->canonical != "she")
        continue;
      if (m->end < v_.size() && v_.sentence().tokens[m->end].kind == TokenKind::kPossessive)
        continue;
      // "the Eredivisie club had rejected": the subject is the club, which
      // no name here stands for.
      if (m->kind == MentionKind::kName && v_.modifies_noun(*m)) return {};
      std::vector<int> out{m->entity};
      // "A, B and the C": names listed with commas before the last "and".
      std::size_t end = m->end;
      while (v_.is(end, ",")) {
        const Mention* n = v_.mention_starting(end + 1);
        if (!n || n->kind != MentionKind::kName || n->entity < 0 || n->end > b ||
            !(v_.is(n->end, ",") || v_.is(n->end, "and")))
          break;
        out.push_back(n->entity);
        end = n->end;
      }
      if (!v_.is(end, "and")) return {m->entity};  // "A, B," is no list
      {
        // "A and B", "A and Japanese trading house B": the last name may
        // carry a few premodifying words.
        std::size_t n_at = end + 1;
        while (n_at < b && n_at < end + 1 + kMaxPremodifier) {
          const Mention* p = v_.mention_starting(n_at);
          if (p && p->kind == MentionKind::kModifier) {
            n_at = p->end;  // "Japanese"
          } else if (!p && plain_word(n_at)) {
            ++n_at;  // "trading", "house"
          } else {
            break;
          }
        }
        if (const Mention* n = v_.mention_starting(n_at);
            n && n->entity >= 0 && n->kind == MentionKind::kName && n->end <= b) {
          out.push_back(n->entity);
        }
      }
      return out;
    }
    return {};
  }

  void add(int s, std::string predicate, int o, double confidence, bool symmetric = false) {
    append_relation(out_, {.subject = s,
                           .predicate = std::move(predicate),
                           .object = o,
                           .symmetric = symmetric,
                           .qualifiers = date_,
                           .confidence = confidence,
                           .sentence = v_.sentence().index});
  }

  // A verb group in the passive: a form of "be" before a past participle.
  bool passive(const VerbGroup& g) const {
    const std::string last = v_.word(g.end - 1);
    if (!lex_.is_past_form(last)) return false;
    for (std::size_t k = g.begin; k + 1 < g.end; ++k) {
      if (words::contains(words::kFormsOfBe, v_.word(k))) return true;
    }
    return false;
  }

  // A word of a time phrase that may stand between a passive verb and its
  // "by": "in 2009", "since 2021", "on Tuesday", "last year".
  bool time_phrase_at(std::size_t k) const {
    const std::string w = v_.word(k);
    if (const Mention* m = v_.mention_at(k)) return m->kind == MentionKind::kDate;
    return w == "in" || w == "on" || w == "since" || w == "during" || w == "the" ||
           words::contains(words::kTimeWords, w) || words::contains(words::kWeekdays, v_.text(k)) ||
           is_number(v_.text(k));
  }

  // The index of `word` at k or after a time phrase from k ("in 2009 by",
  // "since 2021 by"), or size() when something else stands between.
  std::size_t word_after_time_phrase(std::size_t k, std::string_view word) const {
    for (std::size_t n = 0; k < v_.size() && n < kMaxTimePhrase && !v_.is(k, word); ++n) {
      if (!time_phrase_at(k)) return v_.size();
      const Mention* m = v_.mention_at(k);
      k = m ? m->end : k + 1;
    }
    return v_.is(k, word) ? k : v_.size();
  }

  // The passive's agent after "by", past a time phrase and premodifying
  // words: "was founded in 2009 by Danish chemist X", "has been backed since
  // 2021 by the US private equity firm X"; coordinated agents share it.
  // True when one was read.
  bool passive_agent(const VerbGroup& g, const std::vector<int>& subjects) {
    if (!passive(g)) return false;
    const std::size_t k = word_after_time_phrase(g.end, "by");
    if (k >= v_.size()) return false;
    const Mention* agent = name_after_premodifiers(k + 1);
    if (!agent) return false;
    const std::string predicate = g.text + " by";
    for (int s : subjects) add(s, predicate, agent->entity, 0.75);
    if (v_.is(agent->end, "and")) {
      if (const Mention* next = name_after_premodifiers(agent->end + 1))
        for (int s : subjects) add(s, predicate, next->entity, 0.7);
    }
    return true;
  }

  // The resolved name starting at k after a determiner and up to
  // kMaxPremodifier modifiers ("the Spanish entrepreneur X", "the US firm X",
  // "Ana's former student X", "her father, X"), or nullptr.
  const Mention* name_after_premodifiers(std::size_t k, std::size_t max = kMaxPremodifier) const {
    if (k < v_.size() && words::contains(words::kDeterminers, v_.word(k))) ++k;
    for (std::size_t n = 0; k < v_.size() && n < max; ++n) {
      const Mention* m = v_.mention_at(k);
      const bool owner =
          m && m->end < v_.size() && v_.sentence().tokens[m->end].kind == TokenKind::kPossessive;
      if (m && m->span_begin == k && m->kind == MentionKind::kName && !owner &&
          !v_.modifies_noun(*m))
        break;
      if (m && (m->kind == MentionKind::kModifier || m->kind == MentionKind::kName)) {
        k = owner ? m->end + 1 : m->end;
      } else if (!m && plain_word(k)) {
        ++k;
      } else if (v_.is(k, ",") && n > 0) {
        ++k;  // "her father, X": the name in apposition
      } else {
        return nullptr;
      }
    }
    const Mention* m = v_.mention_starting(k);
    return m && m->kind == MentionKind::kName && m->entity >= 0 ? m : nullptr;
  }

  // "purchase of X", "rotating presidency to X" from token k: up to two
  // lower-case words, "of" or "to" and a name; the name and the words with
  // the preposition, or nullopt.
  std::optional<std::pair<const Mention*, std::string>> owned_noun_of(std::size_t k) const {
    std::string words;
    for (std::size_t n = 0; n < 2 && k < v_.size() && plain_word(k) &&
                            !words::contains(words::kDeterminers, v_.word(k));
         ++n, ++k)
      words += (words.empty() ? "" : " ") + v_.word(k);
    // Not "in": "criticised Israel 's offensive in Gaza" is said of the owner.
    if (words.empty() || !(v_.is(k, "of") || v_.is(k, "to"))) return std::nullopt;
    const Mention* m = v_.mention_starting(k + 1);
    if (!m || m->kind != MentionKind::kName || m->entity < 0 || v_.modifies_noun(*m))
      return std::nullopt;
    return std::make_pair(m, words + " " + v_.word(k));
  }

  // The token after "of [the] X" at k when X names an organisation or a
  // country ("Ana Ruiz of the University of Lima"), or k.
  std::size_t after_affiliation(std::size_t k) const {
    const Mention* m = v_.affiliation_at(k);
    return m ? m->end : k;
  }

  // The token after a time phrase at k ("on Wednesday", "on 9 October",
  // "last week", "earlier"), or k: "was awarded on Wednesday to X".
  std::size_t after_time_phrase(std::size_t k) const {
    if (v_.is(k, "on")) {
      const Mention* m = v_.mention_starting(k + 1);
      if (m && m->kind == MentionKind::kDate) return m->end;
      if (words::contains(words::kWeekdays, v_.text(k + 1))) return k + 2;
      return k;
    }
    if (v_.is(k, "last") || v_.is(k, "this") || v_.is(k, "next"))
      return words::contains(words::kTimeWords, v_.word(k + 1)) ? k + 2 : k;
    if (v_.is(k, "earlier") || v_.is(k, "later") || v_.is(k, "today") || v_.is(k, "yesterday"))
      return k + 1;
    return k;
  }

  // Reads the objects after a verb group; true when a relation was added.
  bool objects(const VerbGroup& g, const std::vector<int>& subjects) {
    date_.clear();
    if (passive_agent(g, subjects)) return true;
    std::string predicate = g.text;
    const std::size_t start = after_time_phrase(g.end);
    std::optional<std::size_t> at = v_.entity_after(start, 2);
    // "have signed Morocco international X", "met the Chile coach X": a
    // name modifying a noun, and the noun, before the object's name.
    if (!at && v_.mention_starting(start + (v_.is(start, "the") ? 1 : 0))) {
      if (const Mention* named = name_after_premodifiers(start)) at = named->span_begin;
    }
    double confidence = 0.8;
    if (!at) {
      // Light verb + noun + preposition: "held talks with", "delivered a policy speech at".
      std::size_t k = start;
      std::string words;
      // "played as a midfielder for": "as" opens a role phrase before the object.
      auto opens_phrase = [&](std::size_t q) {
        return words::contains(words::kPrepositions, v_.word(q)) || v_.is(q, "as");
      };
      for (; k < v_.size() && k < start + 5; ++k) {
        std::string w = v_.word(k);
        if (opens_phrase(k)) break;
        // "enrolled 4,200 adults in": a count may open the noun phrase.
        const bool count = is_number(v_.text(k)) && k == start;
        if (v_.mention_at(k) || (v_.sentence().tokens[k].kind != TokenKind::kWord && !count) ||
            is_verb_form(k) || SentenceView::is_function_word(w)) {
          return false;
        }
        words += " " + w;
      }
      if (k >= v_.size() || !opens_phrase(k)) return false;
      // "as" takes its object only through a role phrase ("as a midfielder
      // for X"), never directly ("scored twice as Nigeria won").
      if (!v_.is(k, "as")) at = v_.entity_after(k + 1, 2);
      predicate += words + " " + v_.word(k);
      if (!at) {
        // A prepositional phrase before the one that holds the object:
        // "invested in lithium projects in Chile", "was born in the port of
        // Lima", "deposited billions of dollars at X".
        std::size_t p = k + 1;
        std::string inner;
        for (; p < v_.size() && p < k + 4 && plain_word(p); ++p) inner += " " + v_.word(p);
        if (inner.empty() || p >= v_.size() || !words::contains(words::kPrepositions, v_.word(p)))
          return false;
        at = v_.entity_after(p + 1, 1);
        predicate += inner + " " + v_.word(p);
      }
      if (!at) return false;
      confidence = 0.75;
    }
    const Mention* m = v_.mention_starting(*at);
    if (m->end < v_.size() && v_.sentence().tokens[m->end].kind == TokenKind::kPossessive) {
      const Mention* owned = v_.mention_starting(m->end + 1);
      if (owned && owned->kind == MentionKind::kName && owned->entity >= 0 &&
          !v_.modifies_noun(*owned) && !v_.mention_at(owned->end)) {
        m = owned;  // "held talks with Brazil 's Embraer": the owned name is the object
      } else if (const auto of = owned_noun_of(m->end + 1)) {
        // "cleared GAA 's purchase of Costa Verde": what the noun is of.
        predicate += " " + of->second;
        m = of->first;
      } else {
        // "expressed support for Malaysia 's chairmanship": the owner is the object.
        confidence -= 0.1;
      }
    }
    for (int s : subjects) add(s, predicate, m->entity, confidence);
    const Mention* last = m;
    // Coordinated objects: "met with A, and B", "in A (2018), B (2021) and C",
    // "awarded to A of X and to B" (an object's affiliation and the
    // preposition repeated).
    const std::string prep = predicate.substr(predicate.rfind(' ') + 1);
    for (std::size_t k = last->end; k < v_.size();) {
      k = after_brackets(after_affiliation(k));
      std::size_t next = k;
      if (v_.is(next, ",")) ++next;
      if (v_.is(next, "and")) ++next;
      if (next == k) break;
      if (words::contains(words::kPrepositions, prep) && v_.is(next, prep)) ++next;
      const Mention* n = v_.mention_starting(next);
      if (!n || n->kind != MentionKind::kName || n->entity < 0) break;
      // ", and Qatar 's fund has pledged": a new clause's subject.
      if (n->end < v_.size() && v_.sentence().tokens[n->end].kind == TokenKind::kPossessive) break;
      for (int s : subjects) add(s, predicate, n->entity, confidence - 0.05);
      last = n;
      k = n->end;
    }
    // A following place: "arrived at X in Hanoi".
    std::size_t k = last->end;
    if (v_.is(k, "in") || v_.is(k, "at")) {
      if (const Mention* p = v_.mention_starting(k + 1);
          p && p->entity >= 0 &&
          (v_.type(p->entity) == EntityType::kPlace ||
           v_.type(p->entity) == EntityType::kCountry)) {
        for (int s : subjects) add(s, g.text + " " + v_.word(k), p->entity, confidence - 0.1);
        EntityType lt = v_.type(last->entity);
        if (lt == EntityType::kPlace || lt == EntityType::kOrganization)
          add(last->entity, "located in", p->entity, 0.7);
      }
    }
    co_creators(g, *last);
    return true;
  }

  // "X co-founded Y in 2010 with A and B", "with her husband, the former
  // pilot A": the partners of a verb of creation did it too.
  void co_creators(const VerbGroup& g, const Mention& object) {
    const auto lemma = lex_.verb_lemma(v_.word(g.end - 1));
    if (!lemma || !words::contains(words::kCreationVerbs, *lemma) || passive(g)) return;
    const std::size_t k = word_after_time_phrase(object.end, "with");
    if (k >= v_.size()) return;
    const Mention* partner = name_after_premodifiers(k + 1, kMaxPartnerWords);
    if (!partner || v_.type(partner->entity) != EntityType::kPerson) return;
    add(partner->entity, g.text, object.entity, 0.7);
    if (v_.is(partner->end, "and")) {
      if (const Mention* next = name_after_premodifiers(partner->end + 1);
          next && v_.type(next->entity) == EntityType::kPerson)
        add(next->entity, g.text, object.entity, 0.65);
    }
  }

  // "X and Y agreed to protect ... cooperation": the two subjects are related by
  // the verb phrase and what it governs, up to the clause's end.
  void co_subjects(const VerbGroup& g, const std::vector<int>& subjects) {
    if (co_subjects_done_) return;  // one joint-action relation per sentence
    co_subjects_done_ = true;
    std::string predicate = g.text;
    for (std::size_t k = g.end, n = 0; k < v_.size() && n < 10; ++k, ++n) {
      if (v_.sentence().tokens[k].kind != TokenKind::kWord || v_.mention_at(k)) break;
      predicate += " " + v_.word(k);
    }
    // "A and B dissented.": a verb governing nothing relates them no more
    // than "A and B spoke".
    if (predicate.size() == g.text.size()) return;
    add(subjects[0], predicate, subjects[1], 0.5, true);
  }

  // "Visiting X, the minister ...": the main subject visited X.
  void participle_opening() {
    if (v_.size() < 3 || !v_.word(0).ends_with("ing")) return;
    auto lemma = lex_.verb_lemma(v_.word(0));
    if (!lemma) return;
    auto at = v_.entity_after(1, 2);
    if (!at) return;
    const Mention* m = v_.mention_starting(*at);
    std::size_t comma = m->end;
    while (comma < v_.size() && !v_.is(comma, ",")) ++comma;
    std::vector<int> subjects = subjects_between(comma + 1, v_.size());
    std::string past = lex_.past_of(*lemma);
    for (int s : subjects) add(s, past.empty() ? *lemma : past, m->entity, 0.7);
  }

  // The "-ing" participle at token i as a verb group in the past tense
  // ("succeeding" -> "succeeded"), with a particle after it ("turning
  // down"); not a reporting verb ("saying") nor a preposition ("including").
  std::optional<VerbGroup> trailing_participle(std::size_t i) const {
    const std::string w = v_.word(i);
    if (!w.ends_with("ing") || v_.mention_at(i) ||
        words::contains(words::kParticiplePrepositions, w))
      return std::nullopt;
    const auto lemma = lex_.verb_lemma(w);
    if (!lemma || words::contains(words::kReportingVerbs, *lemma)) return std::nullopt;
    const std::string past = lex_.past_of(*lemma);
    VerbGroup g{i, i + 1, past.empty() ? *lemma : past};
    const std::string next = v_.word(i + 1);
    if (next == "down" || next == "up" || next == "out" || next == "off") {
      g.text += " " + next;
      ++g.end;
    }
    return g;
  }

  // A verb group whose last verb is a reporting verb ("said", "has told").
  bool reporting(const VerbGroup& g) const {
    const auto lemma = lex_.verb_lemma(v_.word(g.end - 1));
    return lemma && words::contains(words::kReportingVerbs, *lemma);
  }

  // The token after the comma that ends an opening participle phrase: the
  // first comma followed by a name ("Born in X, in Y's south, Ana Ruiz
  // played", "Opening the meeting in X, Ana Ruiz, the chair, said"); 0 when
  // the sentence opens otherwise.
  std::size_t opening_phrase_end() const {
    if (v_.size() < 3 || v_.mention_at(0)) return 0;
    const std::string w = v_.word(0);
    const auto lemma = lex_.verb_lemma(w);
    if (!lemma || w == *lemma || !(lex_.is_past_form(w) || w.ends_with("ing"))) return 0;
    for (std::size_t i = 1; i + 1 < v_.size(); ++i) {
      if (!v_.is(i, ",")) continue;
      const Mention* m = v_.mention_starting(i + 1);
      if (m && m->entity >= 0 &&
          (m->kind == MentionKind::kName || m->kind == MentionKind::kPronoun))
        return i + 1;
    }
    return 0;
  }

  bool adverb(std::size_t k) const {
    const std::string w = v_.word(k);
    return !v_.mention_at(k) && (w == "now" || w == "also" || w == "still" || w == "already" ||
                                 w == "later" || w.ends_with("ly"));
  }

  // "Born in X, in Y's south, Ana Ruiz played ...", "Founded in 1991 by the
  // Treaty of X, Mercosur now has ...": the opening participle phrase is
  // said of the main clause's subject, the name or pronoun right before the
  // first verb after the phrase's comma.
  void past_participle_opening() {
    if (v_.size() < 4 || !lex_.is_past_form(v_.word(0)) || !lex_.verb_lemma(v_.word(0))) return;
    std::size_t comma = 1;
    while (comma < v_.size() && !v_.is(comma, ",")) ++comma;
    int subject = -1;
    for (std::size_t i = comma + 1; i < v_.size(); ++i) {
      if (!verb_group(i)) continue;
      std::size_t end = i;  // past adverbs: "Mercosur now has"
      while (end > comma + 1 && adverb(end - 1)) --end;
      const Mention* m = v_.mention_at(end - 1);
      if (m && m->end == end && m->entity >= 0 &&
          (m->kind == MentionKind::kName ||
           (m->kind == MentionKind::kPronoun && (m->canonical == "he" || m->canonical == "she"))))
        subject = m->entity;
      break;
    }
    if (subject < 0) return;
    const std::string participle = v_.word(0);
    const std::string prep = v_.word(1);
    if (prep != "by" && words::contains(words::kPrepositions, prep)) {
      if (auto at = v_.entity_after(2, 2); at && *at < comma)
        add(subject, participle + " " + prep, v_.mention_starting(*at)->entity, 0.7);
    }
    for (std::size_t k = 1; k < comma; ++k) {
      if (!v_.is(k, "by")) continue;
      if (const Mention* agent = name_after_premodifiers(k + 1); agent && agent->end <= comma)
        add(subject, participle + " by", agent->entity, 0.7);
      break;
    }
  }

  const SentenceView& v_;
  const Lexicon& lex_;
  std::vector<RawRelation>& out_;
  std::map<std::string, std::string> date_;
  bool co_subjects_done_ = false;
  int relative_ = -1;             // the antecedent of the last relative clause read
  std::size_t relative_end_ = 0;  // the end of its last verb group
};

}  // namespace

void PatternClauses::extract(const DocumentContext& ctx, const AnalysedSentence& s,
                             std::vector<RawRelation>& out) const {
  SentenceView v(ctx, s);
  Clauses(v, out).run();
}

}  // namespace kg::extract
