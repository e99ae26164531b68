#include "extract/relations/clause_scan.h"

#include <algorithm>

#include "extract/lexicon/word_lists.h"
#include "extract/text/word_shape.h"

namespace kg::extract {
namespace {

constexpr std::size_t kMaxApposition = 8;  // tokens of "the European Union 's law agency"
constexpr std::size_t kMaxAside = 8;       // tokens of a bracketed aside in a list
constexpr std::size_t kMaxTimePhrase = 4;  // tokens of "in 2009", "since last year"

}  // namespace

bool ClauseScan::no_comma_between(std::size_t a, std::size_t b) const {
  for (std::size_t k = a; k < b; ++k) {
    if (v_.is(k, ",") || v_.is(k, ";")) return false;
  }
  return true;
}

std::size_t ClauseScan::after_brackets(std::size_t k) const {
  if (!v_.is(k, "(")) return k;
  for (std::size_t j = k + 1; j < v_.size() && j < k + kMaxAside; ++j) {
    if (v_.is(j, ")")) return j + 1;
  }
  return k;
}

bool ClauseScan::plain_word(std::size_t i) const {
  const std::string w = v_.word(i);
  return !v_.mention_at(i) && v_.sentence().tokens[i].kind == TokenKind::kWord &&
         !starts_upper(i) && !is_verb_form(i) &&
         (!SentenceView::is_function_word(w) || words::contains(words::kDeterminers, w));
}

bool ClauseScan::is_verb_form(std::size_t i) const {
  std::string w = v_.word(i);
  if (v_.mention_at(i) || w.empty() || starts_upper(i)) return false;
  auto lemma = lex_.verb_lemma(w);
  if (!lemma) return false;
  std::string prev = i > 0 ? v_.word(i - 1) : "";
  // "that held talks": a relative pronoun before a past form, not a determiner.
  const bool relative = prev == "that" || prev == "who" || prev == "which";
  if (((words::contains(words::kDeterminers, prev) && !(prev == "that" && lex_.is_past_form(w))) ||
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
      w == *lemma && (prev == "to" || words::contains(words::kAuxiliaries, prev) || prev == "not");
  if (third && i + 1 < v_.size() && v_.is(i + 1, "of")) return false;  // "talks of", "visits of"
  // "X beat Y", "who cut ...": a past tense spelled like the base form,
  // right after a name or a relative pronoun.
  const bool same_past =
      w == *lemma && lex_.is_past_form(w) && i > 0 &&
      ((v_.mention_at(i - 1) && v_.mention_at(i - 1)->kind == MentionKind::kName) ||
       prev == "who" || prev == "which");
  return past || third || base_after_to || same_past || (w.ends_with("ed") && w != *lemma);
}

bool ClauseScan::starts_upper(std::size_t i) const {
  const std::string& t = v_.text(i);
  return !t.empty() && t[0] >= 'A' && t[0] <= 'Z' && i > 0;
}

std::optional<VerbGroup> ClauseScan::verb_group(std::size_t i) const {
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

int ClauseScan::relative_antecedent(std::size_t g) const {
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

bool ClauseScan::apposition_word(std::size_t i) const {
  return v_.sentence().tokens[i].kind == TokenKind::kWord && !name_at(i);
}

bool ClauseScan::owner_at(std::size_t i) const {
  const auto& t = v_.sentence().tokens;
  if (t[i].kind == TokenKind::kPossessive) return true;
  const Mention* m = v_.mention_at(i);
  return m && m->end < t.size() && t[m->end].kind == TokenKind::kPossessive;
}

bool ClauseScan::name_at(std::size_t i) const {
  const Mention* m = v_.mention_at(i);
  return m && m->kind != MentionKind::kModifier;
}

std::string ClauseScan::singular(const std::string& w) {
  const std::string one = singular_noun(w);
  return one.empty() ? w : one;
}

const Mention* ClauseScan::name_ending_at(std::size_t end) const {
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

std::vector<int> ClauseScan::subjects_between(std::size_t a, std::size_t b) const {
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
    if (!m || m->entity < 0 || m->kind == MentionKind::kModifier || m->kind == MentionKind::kDate ||
        m->kind == MentionKind::kRelationNoun || after_preposition(v_.sentence(), k)) {
      continue;
    }
    if (m->kind == MentionKind::kPronoun && m->canonical != "he" && m->canonical != "she") continue;
    if (m->end < v_.size() && v_.sentence().tokens[m->end].kind == TokenKind::kPossessive) continue;
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
      const Mention* n = v_.mention_starting(n_at);
      // "A and Japan 's Defense Minister B": the possessor's name is B's.
      if (n && n->end < b && v_.sentence().tokens[n->end].kind == TokenKind::kPossessive)
        n = v_.mention_starting(n->end + 1);
      if (n && n->entity >= 0 && n->kind == MentionKind::kName && n->end <= b) {
        out.push_back(n->entity);
      }
    }
    return out;
  }
  return {};
}

bool ClauseScan::passive(const VerbGroup& g) const {
  const std::string last = v_.word(g.end - 1);
  if (!lex_.is_past_form(last)) return false;
  for (std::size_t k = g.begin; k + 1 < g.end; ++k) {
    if (words::contains(words::kFormsOfBe, v_.word(k))) return true;
  }
  return false;
}

bool ClauseScan::time_phrase_at(std::size_t k) const {
  const std::string w = v_.word(k);
  if (const Mention* m = v_.mention_at(k)) return m->kind == MentionKind::kDate;
  return w == "in" || w == "on" || w == "since" || w == "during" || w == "the" ||
         words::contains(words::kTimeWords, w) || words::contains(words::kWeekdays, v_.text(k)) ||
         is_number(v_.text(k));
}

std::size_t ClauseScan::word_after_time_phrase(std::size_t k, std::string_view word) const {
  for (std::size_t n = 0; k < v_.size() && n < kMaxTimePhrase && !v_.is(k, word); ++n) {
    if (!time_phrase_at(k)) return v_.size();
    const Mention* m = v_.mention_at(k);
    k = m ? m->end : k + 1;
  }
  return v_.is(k, word) ? k : v_.size();
}

const Mention* ClauseScan::name_after_premodifiers(std::size_t k, std::size_t max) const {
  if (k < v_.size() && words::contains(words::kDeterminers, v_.word(k))) ++k;
  for (std::size_t n = 0; k < v_.size() && n < max; ++n) {
    const Mention* m = v_.mention_at(k);
    const bool owner =
        m && m->end < v_.size() && v_.sentence().tokens[m->end].kind == TokenKind::kPossessive;
    if (m && m->span_begin == k && m->kind == MentionKind::kName && !owner && !v_.modifies_noun(*m))
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

std::optional<std::pair<const Mention*, std::string>> ClauseScan::owned_noun_of(
    std::size_t k) const {
  std::string words;
  for (std::size_t n = 0;
       n < 2 && k < v_.size() && plain_word(k) && !words::contains(words::kDeterminers, v_.word(k));
       ++n, ++k)
    words += (words.empty() ? "" : " ") + v_.word(k);
  // Not "in": "criticised Israel 's offensive in Gaza" is said of the owner.
  if (words.empty() || !(v_.is(k, "of") || v_.is(k, "to"))) return std::nullopt;
  const Mention* m = v_.mention_starting(k + 1);
  if (!m || m->kind != MentionKind::kName || m->entity < 0 || v_.modifies_noun(*m))
    return std::nullopt;
  return std::make_pair(m, words + " " + v_.word(k));
}

std::size_t ClauseScan::after_affiliation(std::size_t k) const {
  const Mention* m = v_.affiliation_at(k);
  return m ? m->end : k;
}

std::size_t ClauseScan::after_time_phrase(std::size_t k) const {
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

std::optional<VerbGroup> ClauseScan::trailing_participle(std::size_t i) const {
  const std::string w = v_.word(i);
  if (!w.ends_with("ing") || v_.mention_at(i) || words::contains(words::kParticiplePrepositions, w))
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

bool ClauseScan::reporting(const VerbGroup& g) const {
  const auto lemma = lex_.verb_lemma(v_.word(g.end - 1));
  return lemma && words::contains(words::kReportingVerbs, *lemma);
}

std::size_t ClauseScan::opening_phrase_end() const {
  if (v_.size() < 3 || v_.mention_at(0)) return 0;
  const std::string w = v_.word(0);
  const auto lemma = lex_.verb_lemma(w);
  if (!lemma || w == *lemma || !(lex_.is_past_form(w) || w.ends_with("ing"))) return 0;
  for (std::size_t i = 1; i + 1 < v_.size(); ++i) {
    if (!v_.is(i, ",")) continue;
    const Mention* m = v_.mention_starting(i + 1);
    if (m && m->entity >= 0 && (m->kind == MentionKind::kName || m->kind == MentionKind::kPronoun))
      return i + 1;
  }
  return 0;
}

bool ClauseScan::adverb(std::size_t k) const {
  const std::string w = v_.word(k);
  return !v_.mention_at(k) && (w == "now" || w == "also" || w == "still" || w == "already" ||
                               w == "later" || w.ends_with("ly"));
}

}  // namespace kg::extract
