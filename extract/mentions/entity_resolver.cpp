#include "extract/mentions/entity_resolver.h"

#include <algorithm>
#include <array>
#include <map>

#include "base/name_fold.h"
#include "extract/lexicon/word_lists.h"
#include "extract/text/word_shape.h"

namespace kg::extract {
namespace {

// How far back "the company" looks for the organisation it refers to.
constexpr int kRecentSentences = 2;
// How far back "the drugmaker" or "the court" looks for the organisation the
// text described by that noun or whose name it heads.
constexpr int kDescribedSentences = 40;

std::string strip_the(const std::string& s) {
  if (s.rfind("the ", 0) == 0 || s.rfind("The ", 0) == 0) return s.substr(4);
  return s;
}

bool is_all_caps(const std::string& s) {
  return std::none_of(s.begin(), s.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// Appends " " + word to a role string unless the word is already in it.
void append_role(std::string& roles, const std::string& word) {
  if ((" " + roles + " ").find(" " + word + " ") == std::string::npos) roles += " " + word;
}

class Resolver {
 public:
  Resolver(const Lexicon& lex, std::vector<AnalysedSentence>& sentences)
      : lex_(lex), s_(sentences) {}

  ResolvedDocument run() {
    for (auto& s : s_) {
      for (auto& m : s.mentions) {
        if (m.kind == MentionKind::kRelationNoun) {
          relation_acronyms_.insert(m.acronym.empty() ? initials(m.text) : m.acronym);
        }
      }
    }
    for (auto& s : s_) {
      sentence_ = s.index;
      for (auto& m : s.mentions) {
        if (full_name(m)) m.entity = entity_for(m);
      }
    }
    for (auto& s : s_) {
      sentence_ = s.index;
      for (auto& m : s.mentions) {
        // "WAFU president X": an acronym premodifying a title is a short form too.
        if (m.entity < 0 && (m.kind == MentionKind::kName || m.kind == MentionKind::kModifier))
          m.entity = short_form(m);
      }
    }
    for (auto& s : s_) {
      for (auto& m : s.mentions) {
        if (m.entity >= 0) {
          table_[m.entity].mentions++;
          tie_country(s, m);
        }
      }
    }
    // "the alliance" for NATO: the lexicon's nouns for an organisation.
    for (std::size_t e = 0; e < table_.size(); ++e) {
      DocumentEntity& d = table_[static_cast<int>(e)];
      for (const std::string& noun : lex_.descriptions_of(d.name)) d.descriptors.insert(noun);
    }
    type_cities();
    references();
    doc_.entities = table_.release();
    return std::move(doc_);
  }

 private:
  static bool full_name(const Mention& m) {
    if (m.kind != MentionKind::kName && m.kind != MentionKind::kModifier &&
        m.kind != MentionKind::kDate && m.kind != MentionKind::kMoney) {
      return false;
    }
    if (!m.canonical.empty()) return true;
    if (m.type == EntityType::kOther) return false;
    if (m.type == EntityType::kPerson) return m.text.find(' ') != std::string::npos || m.titled;
    // A bare acronym may abbreviate a name seen elsewhere: resolved with short forms.
    return m.text.find(' ') != std::string::npos || !is_all_caps(m.text);
  }

  std::string name_of(const Mention& m) const {
    return strip_the(m.canonical.empty() ? m.text : m.canonical);
  }

  // The rule of a name found among entity e's names: written the same, or
  // differing in case or diacritics only.
  MentionRule name_rule(int e, const std::string& name) const {
    const DocumentEntity& d = table_[e];
    return d.name == name || d.aliases.count(name) ? MentionRule::kSameName
                                                   : MentionRule::kFoldedName;
  }

  // A name's entity, found or made; sets m.rule.
  int entity_for(Mention& m) {
    std::string name = name_of(m);
    const std::vector<std::string> words = folded_words(name);
    // A type guessed from shape yields to a known entity of the same name.
    int e = table_.find(name, m.type_guessed ? EntityType::kOther : m.type);
    if (e < 0 && !m.type_guessed) {
      if (const int g = table_.find(name, EntityType::kOther); g >= 0 && table_[g].type_guessed)
        e = g;
    }
    if (e >= 0) {
      m.rule = name_rule(e, name);
    } else if (m.type == EntityType::kPerson) {
      e = table_.person_containing(words);
      if (e >= 0)
        m.rule = words.size() > folded_words(table_[e].name).size() ? MentionRule::kFullerName
                                                                    : MentionRule::kShortForm;
    }
    if (e < 0 && (m.type_guessed || m.type == EntityType::kOrganization)) {
      m.rule = MentionRule::kShortForm;
      e = longer_company(words);
      if (e < 0) {
        m.rule = MentionRule::kFullerName;
        e = shorter_company(name);
      }
    }
    if (e < 0) {
      m.rule = MentionRule::kFirstMention;
      e = table_.add(name, m.type);
      table_[e].type_guessed = m.type_guessed;
      table_[e].first_sentence = sentence_;
    }
    // "Malaysian" for Malaysia, "U.S." for the United States.
    if (!m.canonical.empty() && folded_words(m.text) != folded_words(m.canonical))
      m.rule = MentionRule::kLexiconName;
    DocumentEntity& d = table_[e];
    if (d.type == EntityType::kOther || (d.type_guessed && !m.type_guessed)) {
      if (m.type != EntityType::kOther) table_.set_type(e, m.type);
      d.type_guessed = m.type_guessed;
    }
    if (name != table_[e].name) {
      // The fuller name becomes canonical.
      if (folded_words(name).size() > folded_words(table_[e].name).size()) {
        table_.rename(e, std::move(name));
      } else {
        table_.add_alias(e, name);
      }
    }
    if (m.text != table_[e].name && m.kind == MentionKind::kName)
      table_.add_alias(e, strip_the(m.text));
    if (!m.acronym.empty()) table_.add_alias(e, m.acronym);
    return e;
  }

  // True when `longer` is `shorter` with company or club words around it:
  // "Brauer" and "Brauer Pharma", "Costa Verde" and "Costa Verde Airlines",
  // "Porto" and "FC Porto"; not "Andes Cobre" and "Andes Cobre Peru" (a
  // subsidiary named by its country), nor "Google" and "Google DeepMind" (no
  // company word at the end).
  bool company_extends(const std::vector<std::string>& shorter,
                       const std::vector<std::string>& longer) const {
    std::size_t lead = 0;
    while (lead < longer.size() && lex_.is_company_word(longer[lead])) ++lead;
    if (shorter.empty() || shorter.size() >= longer.size() ||
        lead + shorter.size() > longer.size() ||
        !std::equal(shorter.begin(), shorter.end(), longer.begin() + static_cast<long>(lead))) {
      return false;
    }
    const auto tail = longer.begin() + static_cast<long>(lead + shorter.size());
    if (tail != longer.end() && !lex_.is_company_word(longer.back())) return false;
    return std::none_of(tail, longer.end(),
                        [&](const std::string& w) { return lex_.country_of(w).has_value(); });
  }

  // The one organisation whose name is `words` followed by company words.
  int longer_company(const std::vector<std::string>& words) const {
    if (words.empty()) return -1;
    int found = -1;
    for (const int e : table_.with_word(words.front())) {
      if (table_[e].type != EntityType::kOrganization ||
          !company_extends(words, folded_words(table_[e].name))) {
        continue;
      }
      if (found >= 0) return -1;
      found = e;
    }
    return found;
  }

  // An organisation, or an entity typed person from its shape alone, whose
  // name `name` extends by company words ("Costa Verde" before "Costa Verde
  // Airlines").
  int shorter_company(const std::string& name) const {
    const std::vector<std::string> words = folded_words(name);
    for (std::size_t n = words.size() - 1; n > 0; --n) {
      const std::vector<std::string> prefix(words.begin(), words.begin() + static_cast<long>(n));
      std::string joined;
      for (const std::string& w : prefix) joined += (joined.empty() ? "" : " ") + w;
      const int e = table_.find(joined, EntityType::kOther);
      if (e >= 0 && (table_[e].type_guessed || table_[e].type == EntityType::kOrganization) &&
          company_extends(prefix, words)) {
        return e;
      }
    }
    return -1;
  }

  // The person a short name stands for: the only one containing its words, or,
  // when several share them, the one named sentences before the others ("Lund"
  // after "Erik Lund" and, later, his son "Nils Lund"); -1 otherwise.
  int first_person_containing(const std::vector<std::string>& words) const {
    const std::vector<int> all = table_.persons_containing(words);
    if (all.empty()) return -1;
    const int first = all.front();
    for (std::size_t k = 1; k < all.size(); ++k) {
      if (table_[all[k]].first_sentence <= table_[first].first_sentence) return -1;
    }
    return first;
  }

  // A one-word name: an alias, a person's first or last name, or an acronym.
  int short_form(Mention& m) {
    std::string name = strip_the(m.text);
    if (int e = table_.find(name, EntityType::kOther); e >= 0) {
      m.rule = name_rule(e, name);
      return e;
    }
    m.rule = MentionRule::kShortForm;
    if (int e = first_person_containing(folded_words(name)); e >= 0) {
      table_.add_alias(e, name);
      return e;
    }
    if (int e = longer_company(folded_words(name)); e >= 0) {
      table_.add_alias(e, name);
      return e;
    }
    if (name.size() >= 2) {
      if (int e = table_.with_initials(name); e >= 0) {
        m.rule = MentionRule::kAcronym;
        table_.add_alias(e, name);
        return e;
      }
    }
    if (relation_acronyms_.count(name)) {
      m.kind = MentionKind::kRelationNoun;  // "CSP" abbreviates a named relation
      return -1;
    }
    if (m.type == EntityType::kOrganization) return entity_for(m);
    // An unknown capitalised word inside a sentence ("visited Mombasa") is a
    // name of unknown type; the relation extractors decide whether it matters.
    if (m.begin > 0 && !lex_.is_stopword(name) && !lex_.is_title_word(name)) return entity_for(m);
    return -1;
  }

  // Records a person's titles and the country they tie it to ("prime minister
  // of Malaysia"; "general secretary of the Communist Party of Vietnam").
  void tie_country(const AnalysedSentence& s, const Mention& m) {
    DocumentEntity& d = table_[m.entity];
    if (d.type == EntityType::kCountry) d.country = d.name;
    if (!m.descriptor.empty()) d.descriptors.insert(m.descriptor);
    if (m.descriptor_from >= 0 && d.country.empty()) {
      const int c = s.mentions[static_cast<std::size_t>(m.descriptor_from)].entity;
      if (c >= 0 && table_[c].type == EntityType::kCountry) d.country = table_[c].name;
    }
    for (const Role& r : m.roles) {
      append_role(d.roles, fold_name(r.title));
      if (r.of < 0) continue;
      int oe = s.mentions[static_cast<std::size_t>(r.of)].entity;
      if (oe < 0) continue;
      const DocumentEntity& o = table_[oe];
      append_role(d.roles, fold_name(o.name));
      if (!d.country.empty()) continue;
      if (o.type == EntityType::kCountry) {
        d.country = o.name;
      } else {
        for (const std::string& w : folded_words(o.name)) {
          if (auto c = lex_.country_of(w)) d.country = *c;
        }
      }
    }
  }

  void references() {
    std::vector<int> recent;             // person entities, most recent subject last
    int last_org = -1;                   // most recent organisation or country named
    int last_org_sentence = -1;          // the sentence it was named in
    std::vector<NamedAt> recent_orgs;    // organisations named, in text order
    std::vector<NamedAt> events;         // events and agreements named, in text order
    std::map<int, int> person_mentions;  // person entity -> names of it so far
    std::map<int, char> gender;          // person entity -> 'm' or 'f' from pronouns so far
    int last_paragraph = -2;
    for (auto& s : s_) {
      int subject = -1;
      int pronoun_subject = -1;
      const bool first_of_paragraph = s.sentence.paragraph != last_paragraph;
      last_paragraph = s.sentence.paragraph;
      int in_sentence_orgs = 0;
      std::vector<int> in_sentence;
      for (auto& m : s.mentions) {
        if (m.kind == MentionKind::kPronoun) {
          const std::string& p = m.canonical;
          if (p == "he" || p == "she" || p == "his" || p == "her" || p == "him") {
            if (p == "him" || (p == "her" && object_position(s, m))) {
              // An object pronoun never refers to its own clause's subject.
              for (auto it = recent.rbegin(); it != recent.rend() && m.entity < 0; ++it) {
                if (*it != subject) m.entity = *it;
              }
              if (subject < 0 && m.entity < 0 && !in_sentence.empty())
                m.entity = in_sentence.back();
            } else if (p != "he" && p != "she" && !in_sentence.empty()) {
              m.entity = in_sentence.back();
            } else if (subject >= 0 && reports(s, m.begin)) {
              // "Kenyatta said he would ...": the reporter is the one reported.
              m.entity = subject;
            } else if (!recent.empty()) {
              m.entity = recent.back();
              // A paragraph that opens on "he" or "she" goes back to the
              // person the text is about: the one named most so far.
              if (first_of_paragraph && in_sentence.empty()) {
                int best = m.entity;
                for (const auto& [e, n] : person_mentions)
                  if (n > person_mentions[best]) best = e;
                m.entity = best;
              }
            }
            // "He married X; she died in 2015": a person "he" referred to is
            // not "she", and the other way round.
            const char g = (p == "he" || p == "his" || p == "him") ? 'm' : 'f';
            if (m.entity >= 0 && gender[m.entity] != 0 && gender[m.entity] != g) {
              m.entity = -1;
              for (auto it = in_sentence.rbegin(); it != in_sentence.rend() && m.entity < 0; ++it)
                if (gender[*it] == 0 || gender[*it] == g) m.entity = *it;
              for (auto it = recent.rbegin(); it != recent.rend() && m.entity < 0; ++it)
                if (gender[*it] == 0 || gender[*it] == g) m.entity = *it;
            }
            if (m.entity >= 0) gender[m.entity] = g;
            // "Born in X, the son of Y, he grew up": the pronoun after the
            // opening phrase is the clause's subject, not Y.
            if ((p == "he" || p == "she") && m.entity >= 0 && m.begin > 0 &&
                s.tokens[m.begin - 1].text == ",")
              pronoun_subject = m.entity;
          } else if (p == "its" || p == "it") {
            m.entity = in_sentence_orgs == 0 ? cataphor(s, m) : -1;
            // "it" looks back one sentence at most: further back, the thing
            // talked about is more often a common noun ("the cooperation").
            // Of the sentence before, the organisation it was about (its
            // subject) before the last one it named ("GAA, which is
            // controlled by Atlântida Capital, owns ... Its chairman").
            if (m.entity < 0 && in_sentence_orgs == 0 && !recent_orgs.empty() &&
                recent_orgs.back().sentence == s.index - 1) {
              for (auto it = recent_orgs.rbegin();
                   it != recent_orgs.rend() && it->sentence == s.index - 1; ++it) {
                if (it->subject) m.entity = it->entity;
              }
            }
            if (m.entity < 0 && last_org_sentence >= s.index - 1) m.entity = last_org;
          }
        } else if (m.kind == MentionKind::kRoleRef && m.type == EntityType::kOrganization) {
          m.entity = described_organisation(m.canonical, recent_orgs, s.index);
        } else if (m.kind == MentionKind::kRoleRef &&
                   (m.type == EntityType::kEvent || m.type == EntityType::kAgreement)) {
          m.entity = described_event(m.canonical, m.type, events, s.index);
        } else if (m.kind == MentionKind::kRoleRef && m.canonical != "#pair") {
          m.entity = salient_person(m.canonical, ref_words(s, m));
        }
        if (m.entity < 0) continue;
        if (m.kind == MentionKind::kPronoun) {
          m.rule = MentionRule::kPronoun;
        } else if (m.kind == MentionKind::kRoleRef) {
          m.rule = m.type == EntityType::kPerson || m.type == EntityType::kOther
                       ? MentionRule::kRoleReference
                       : MentionRule::kDescription;
        }
        const DocumentEntity& d = table_[m.entity];
        if ((d.type == EntityType::kOrganization || d.type == EntityType::kCountry) &&
            m.kind == MentionKind::kName) {
          // "Oman's parliament": a possessor is not what "it" goes back to.
          if (m.end >= s.tokens.size() || s.tokens[m.end].kind != TokenKind::kPossessive) {
            last_org = m.entity;
            last_org_sentence = s.index;
          }
          ++in_sentence_orgs;
          if (d.type == EntityType::kOrganization) {
            recent_orgs.push_back(
                {m.entity, s.index, in_sentence_orgs == 1 && !after_preposition(s, m.span_begin)});
          }
        }
        if ((d.type == EntityType::kEvent || d.type == EntityType::kAgreement) &&
            m.kind == MentionKind::kName)
          events.push_back({m.entity, s.index, false});
        if (d.type != EntityType::kPerson) continue;
        in_sentence.push_back(m.entity);
        if (subject < 0 && !after_preposition(s, m.span_begin)) subject = m.entity;
      }
      if (pronoun_subject >= 0) subject = pronoun_subject;
      for (const auto& m : s.mentions)
        if (m.entity >= 0 && m.kind == MentionKind::kName &&
            table_[m.entity].type == EntityType::kPerson)
          ++person_mentions[m.entity];
      if (subject >= 0) {
        recent.erase(std::remove(recent.begin(), recent.end(), subject), recent.end());
        recent.push_back(subject);
      }
    }
  }

  // A name of no known type, or one typed a person by its shape alone and
  // holding no title, that names a world city is that place ("a factory in
  // Espoo"; "Ribeirão Preto", two capitalised words, is no person), tied to
  // the city's country.
  void type_cities() {
    for (std::size_t e = 0; e < table_.size(); ++e) {
      DocumentEntity& d = table_[static_cast<int>(e)];
      const bool shape_person = d.type == EntityType::kPerson && d.type_guessed && d.roles.empty();
      if (d.type != EntityType::kOther && !shape_person) continue;
      const auto city = lex_.city(d.name);
      if (!city) continue;
      table_.set_type(static_cast<int>(e), EntityType::kPlace);
      d.type_guessed = false;
      if (d.country.empty()) d.country = city->country;
    }
  }

  // True when token k follows a reporting verb, directly or after "that"
  // ("said he", "said that she").
  bool reports(const AnalysedSentence& s, std::size_t k) const {
    if (k > 0 && ascii_lower(s.tokens[k - 1].text) == "that") --k;
    if (k == 0) return false;
    const auto lemma = lex_.verb_lemma(ascii_lower(s.tokens[k - 1].text));
    return lemma && words::contains(words::kReportingVerbs, *lemma);
  }

  // "thanked her." / "met her in": "her" not followed by a noun it owns.
  static bool object_position(const AnalysedSentence& s, const Mention& m) {
    if (m.end >= s.tokens.size()) return true;
    const Token& next = s.tokens[m.end];
    return next.kind != TokenKind::kWord || ascii_lower(next.text) == "and" ||
           ascii_lower(next.text) == "in" || ascii_lower(next.text) == "to" ||
           ascii_lower(next.text) == "with";
  }

  // "Since its founding in 1967, ASEAN has ...": a possessive in an opening
  // phrase points at the organisation named right after the phrase's comma.
  int cataphor(const AnalysedSentence& s, const Mention& pronoun) const {
    for (std::size_t k = pronoun.end; k + 1 < s.tokens.size(); ++k) {
      if (s.tokens[k].text != ",") continue;
      std::size_t at = k + 1;
      if (at < s.tokens.size() && ascii_lower(s.tokens[at].text) == "the") ++at;
      int next = s.mention_at(at);
      if (next < 0) return -1;
      const Mention& m = s.mentions[static_cast<std::size_t>(next)];
      if (m.entity < 0 || m.kind != MentionKind::kName) return -1;
      EntityType t = table_[m.entity].type;
      return t == EntityType::kOrganization || t == EntityType::kCountry ? m.entity : -1;
    }
    return -1;
  }

  // Capitalised words of a role reference ("the Party chief" -> "party").
  std::vector<std::string> ref_words(const AnalysedSentence& s, const Mention& m) const {
    std::vector<std::string> out;
    for (std::size_t k = m.begin + 1; k + 1 < m.end; ++k) {
      const std::string& t = s.tokens[k].text;
      if (lex_.country_of(t)) continue;  // the demonym is matched by country instead
      if (!t.empty() && t[0] >= 'A' && t[0] <= 'Z') out.push_back(fold_name(t));
    }
    return out;
  }

  struct NamedAt {
    int entity;
    int sentence;
    bool subject;  // the sentence's first organisation, not in a prepositional phrase
  };

  // The organisation "the <noun>" refers to, or -1: the latest one the text
  // described by that noun ("German drugmaker X" ... "the drugmaker"), else
  // the latest whose name the noun heads ("the court" for "Supreme Court"),
  // else, for a noun that heads no institution's name ("the company", "the
  // bloc"; company words such as "group" or "club" head any company's), the
  // latest organisation a sentence was about (its first, outside a
  // prepositional phrase), else the latest named, in this sentence or the
  // kRecentSentences before.
  int described_organisation(const std::string& noun, const std::vector<NamedAt>& recent,
                             int sentence) const {
    // One named earlier in its own sentence ("the fee paid by X was what the
    // club spent"): the one described so, else the one the sentence is
    // about, else the latest.
    const std::string folded_noun = fold_name(noun);
    int own = -1;
    for (auto it = recent.rbegin(); it != recent.rend() && it->sentence == sentence; ++it) {
      if (table_[it->entity].descriptors.count(noun)) return it->entity;
      if (!other_kind(it->entity, folded_noun) && (own < 0 || it->subject)) own = it->entity;
    }
    if (own >= 0) return own;
    // Both scans stop kDescribedSentences back: a reference reaches within an
    // article, and a long file of many articles stays linear.
    for (auto it = recent.rbegin();
         it != recent.rend() && sentence - it->sentence <= kDescribedSentences; ++it) {
      if (table_[it->entity].descriptors.count(noun)) return it->entity;
    }
    for (auto it = recent.rbegin();
         it != recent.rend() && sentence - it->sentence <= kDescribedSentences; ++it) {
      // "the airline" for "Costa Verde Airlines": the noun or its plural.
      for (const std::string& w : folded_words(table_[it->entity].name)) {
        if (w == folded_noun || singular_noun(w) == folded_noun) return it->entity;
      }
    }
    const bool heads_names = lex_.keyword_type(noun) && !lex_.is_company_word(noun);
    if (heads_names || recent.empty()) return -1;
    // The latest organisation a sentence was about, else the latest named.
    for (auto it = recent.rbegin(); it != recent.rend(); ++it) {
      if (sentence - it->sentence > kRecentSentences) break;
      if (it->subject) return it->entity;
    }
    return sentence - recent.back().sentence <= kRecentSentences ? recent.back().entity : -1;
  }

  // Whether the organisation's name is headed by a noun of another kind than
  // `folded_noun` ("University of Chicago" is not meant by "the company").
  bool other_kind(int entity, const std::string& folded_noun) const {
    const std::vector<std::string> words = folded_words(table_[entity].name);
    return std::any_of(words.begin(), words.end(), [&](const std::string& w) {
      return w != folded_noun && lex_.keyword_type(w) && !lex_.is_company_word(w);
    });
  }

  // The event or agreement (`type`) "the <noun>" refers to, or -1, among those named in the
  // kDescribedSentences before: the latest whose name holds the noun ("the
  // festival"), else the most mentioned whose name holds a noun of the same
  // kind (words::kEventNouns: "the tournament" for a "Trophy"), the
  // earliest named of equals.
  int described_event(const std::string& noun, EntityType type, const std::vector<NamedAt>& events,
                      int sentence) const {
    const std::string_view kind = words::event_noun_kind(noun);
    const std::string folded = fold_name(noun);
    int best = -1;
    for (auto it = events.rbegin();
         it != events.rend() && sentence - it->sentence <= kDescribedSentences; ++it) {
      if (table_[it->entity].type != type) continue;
      const std::vector<std::string> words = folded_words(table_[it->entity].name);
      if (std::find(words.begin(), words.end(), folded) != words.end()) return it->entity;
      const bool same_kind = std::any_of(words.begin(), words.end(), [&](const std::string& w) {
        return words::event_noun_kind(w) == kind;
      });
      // Of two as often mentioned, the one named first: an article names its
      // own event before the others it recalls.
      if (same_kind && (best < 0 || table_[it->entity].mentions >= table_[best].mentions))
        best = it->entity;
    }
    return best;
  }

  // The most mentioned person, preferring those tied to `country` and whose
  // titles contain the reference's words.
  int salient_person(const std::string& country, const std::vector<std::string>& ref) const {
    int best = -1;
    for (int pass = 0; pass < 2 && best < 0; ++pass) {
      for (std::size_t e = 0; e < table_.size(); ++e) {
        const DocumentEntity& d = table_[static_cast<int>(e)];
        if (d.type != EntityType::kPerson) continue;
        if (pass == 0 && !country.empty() && d.country != country) continue;
        if (pass == 0 && !std::all_of(ref.begin(), ref.end(), [&](const std::string& w) {
              return d.roles.find(w) != std::string::npos;
            })) {
          continue;
        }
        if (best < 0 || d.mentions > table_[best].mentions) best = static_cast<int>(e);
      }
    }
    return best;
  }

  const Lexicon& lex_;
  std::vector<AnalysedSentence>& s_;
  ResolvedDocument doc_;
  EntityTable table_;
  std::set<std::string> relation_acronyms_;
  int sentence_ = 0;  // the sentence whose names are being resolved
};

}  // namespace

bool after_preposition(const AnalysedSentence& s, std::size_t i) {
  if (i == 0) return false;
  std::string w = ascii_lower(s.tokens[i - 1].text);
  // "at the University of X": the article between.
  if (w == "the" && i >= 2) w = ascii_lower(s.tokens[i - 2].text);
  return words::contains(words::kNotSubjectAfter, w);
}

ResolvedDocument EntityResolver::resolve(std::vector<AnalysedSentence>& sentences) const {
  return Resolver(lex_, sentences).run();
}

}  // namespace kg::extract
