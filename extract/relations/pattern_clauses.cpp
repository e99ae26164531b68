#include "extract/relations/pattern_clauses.h"

#include <algorithm>
#include <array>
#include <tuple>

#include "extract/lexicon/word_lists.h"
#include "extract/relations/clause_scan.h"
#include "extract/relations/sentence_view.h"
#include "extract/text/word_shape.h"

namespace kg::extract {
namespace {

constexpr std::size_t kMaxPartnerWords = 7;  // "her husband, the former Iberia pilot"

class Clauses {
 public:
  Clauses(const SentenceView& v, std::vector<RawRelation>& out)
      : v_(v), lex_(v.context().lexicon), out_(out), scan_(v) {}

  void run() {
    participle_opening();
    past_participle_opening();
    std::vector<int> subjects;
    // "Born in X, in Y's Z, Ana Ruiz played ...": the opening participle
    // phrase holds no subject of the main clause.
    std::size_t segment = scan_.opening_phrase_end();
    bool had_verb = false;  // a verb group already read in this segment
    bool reported = false;  // the segment is a reporting verb's clause
    for (std::size_t i = segment; i < v_.size(); ++i) {
      if (v_.is(i, ";") || v_.is(i, "that")) {
        segment = i + 1;
        had_verb = false;
        // "the earthquakes that struck X": a relative "that" after a noun
        // starts a clause about the noun; after a verb ("said that") the
        // clause may keep the sentence's subject.
        if (v_.is(i, "that") && !(i > 0 && (scan_.is_verb_form(i - 1) || v_.is(i - 1, ","))))
          subjects.clear();
      }
      // "X took over the chairmanship, succeeding Y": a participle after the
      // clause's comma is said of its subject.
      if (had_verb && !subjects.empty() && i > 0 && v_.is(i - 1, ",")) {
        if (auto participle = scan_.trailing_participle(i)) {
          objects(*participle, subjects);
          i = participle->end - 1;
          continue;
        }
      }
      auto group = scan_.verb_group(i);
      if (!group) continue;
      std::size_t g0 = group->begin;
      int antecedent = scan_.relative_antecedent(g0);
      // "X, which was founded in 1922 and plays in Y": a verb coordinated
      // inside the relative clause is said of the same antecedent.
      if (antecedent < 0 && relative_ >= 0 && g0 > 0 && v_.is(g0 - 1, "and") &&
          scan_.no_comma_between(relative_end_, g0))
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
        std::vector<int> found = scan_.subjects_between(segment, g0);
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
      if (scan_.reporting(*group)) {
        segment = group->end;
        had_verb = false;
        reported = true;
      }
      i = group->end - 1;
    }
  }

 private:
  void add(int s, std::string predicate, int o, double confidence, bool symmetric = false) {
    append_relation(out_, {.subject = s,
                           .predicate = std::move(predicate),
                           .object = o,
                           .symmetric = symmetric,
                           .qualifiers = date_,
                           .confidence = confidence,
                           .sentence = v_.sentence().index});
  }

  // The passive's agent after "by", past a time phrase and premodifying
  // words: "was founded in 2009 by Danish chemist X", "has been backed since
  // 2021 by the US private equity firm X"; coordinated agents share it.
  // True when one was read.
  bool passive_agent(const VerbGroup& g, const std::vector<int>& subjects) {
    if (!scan_.passive(g)) return false;
    const std::size_t k = scan_.word_after_time_phrase(g.end, "by");
    if (k >= v_.size()) return false;
    const Mention* agent = scan_.name_after_premodifiers(k + 1);
    if (!agent) return false;
    const std::string predicate = g.text + " by";
    for (int s : subjects) add(s, predicate, agent->entity, 0.75);
    if (v_.is(agent->end, "and")) {
      if (const Mention* next = scan_.name_after_premodifiers(agent->end + 1))
        for (int s : subjects) add(s, predicate, next->entity, 0.7);
    }
    return true;
  }

  // Reads the objects after a verb group; true when a relation was added.
  bool objects(const VerbGroup& g, const std::vector<int>& subjects) {
    date_.clear();
    if (passive_agent(g, subjects)) return true;
    std::string predicate = g.text;
    const std::size_t start = scan_.after_time_phrase(g.end);
    std::optional<std::size_t> at = v_.entity_after(start, 2);
    // "have signed Morocco international X", "met the Chile coach X": a
    // name modifying a noun, and the noun, before the object's name.
    if (!at && v_.mention_starting(start + (v_.is(start, "the") ? 1 : 0))) {
      if (const Mention* named = scan_.name_after_premodifiers(start)) at = named->span_begin;
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
            scan_.is_verb_form(k) || SentenceView::is_function_word(w)) {
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
        for (; p < v_.size() && p < k + 4 && scan_.plain_word(p); ++p) inner += " " + v_.word(p);
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
      } else if (const auto of = scan_.owned_noun_of(m->end + 1)) {
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
      k = scan_.after_brackets(scan_.after_affiliation(k));
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
    if (!lemma || !words::contains(words::kCreationVerbs, *lemma) || scan_.passive(g)) return;
    const std::size_t k = scan_.word_after_time_phrase(object.end, "with");
    if (k >= v_.size()) return;
    const Mention* partner = scan_.name_after_premodifiers(k + 1, kMaxPartnerWords);
    if (!partner || v_.type(partner->entity) != EntityType::kPerson) return;
    add(partner->entity, g.text, object.entity, 0.7);
    if (v_.is(partner->end, "and")) {
      if (const Mention* next = scan_.name_after_premodifiers(partner->end + 1);
          next && v_.type(next->entity) == EntityType::kPerson)
        add(next->entity, g.text, object.entity, 0.65);
    }
  }

  // "X and Y agreed to protect ... cooperation": the two subjects are related by
  // the verb phrase and what it governs, up to the clause's end.
  void co_subjects(const VerbGroup& g, const std::vector<int>& subjects) {
    if (co_subjects_done_) return;  // one joint-action relation per sentence
    co_subjects_done_ = true;
    // Only a verb of acting together: "A and B urged a ratification" is two
    // parties urging, not one urging the other.
    std::optional<std::string> lemma;
    for (std::size_t k = g.begin; k < g.end && !lemma; ++k) {
      const std::string w = v_.word(k);
      if (!words::contains(words::kAuxiliaries, w) && !words::contains(words::kFormsOfBe, w))
        lemma = lex_.verb_lemma(w);
    }
    if (!lemma || !words::contains(words::kJointActionVerbs, *lemma)) return;
    std::string predicate = g.text;
    std::size_t k = g.end;
    for (std::size_t n = 0; k < v_.size() && n < 10; ++k, ++n) {
      if (v_.sentence().tokens[k].kind != TokenKind::kWord || v_.mention_at(k)) break;
      predicate += " " + v_.word(k);
    }
    // "held the second \"2+2\" talks with X": the phrase goes on past what
    // was read; no relation from a cut phrase.
    if (k < v_.size() && (v_.is(k, "\"") || v_.is(k, "\u201c"))) return;
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
    std::vector<int> subjects = scan_.subjects_between(comma + 1, v_.size());
    std::string past = lex_.past_of(*lemma);
    for (int s : subjects) add(s, past.empty() ? *lemma : past, m->entity, 0.7);
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
      if (!scan_.verb_group(i)) continue;
      std::size_t end = i;  // past adverbs: "Mercosur now has"
      while (end > comma + 1 && scan_.adverb(end - 1)) --end;
      const Mention* m = v_.mention_at(end - 1);
      // A name, "he"/"she", or a reference ("the label") resolved to an entity.
      if (m && m->end == end && m->entity >= 0 &&
          (m->kind == MentionKind::kName || m->kind == MentionKind::kRoleRef ||
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
      const Mention* agent = scan_.name_after_premodifiers(k + 1);
      if (!agent || agent->end > comma) break;
      add(subject, participle + " by", agent->entity, 0.7);
      // "by X and his brother-in-law, the engineer Y,": Y is an agent too.
      const std::string owner = v_.word(agent->end + 1);
      if (v_.is(agent->end, "and") && agent->end + 3 == comma &&
          (owner == "his" || owner == "her" || owner == "their")) {
        const Mention* next = scan_.name_after_premodifiers(comma + 1);
        if (next && v_.type(next->entity) == EntityType::kPerson && v_.is(next->end, ","))
          add(subject, participle + " by", next->entity, 0.65);
      }
      break;
    }
  }

  const SentenceView& v_;
  const Lexicon& lex_;
  std::vector<RawRelation>& out_;
  ClauseScan scan_;
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
