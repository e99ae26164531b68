#include "extract/relations/sentence_view.h"

#include <array>

#include "extract/lexicon/word_lists.h"

namespace kg::extract {
namespace {

std::string two_digits(int n) { return (n < 10 ? "0" : "") + std::to_string(n); }

}  // namespace

std::string SentenceView::word(std::size_t i) const {
  return i < s_.tokens.size() ? ascii_lower(s_.tokens[i].text) : std::string();
}

const Mention* SentenceView::mention_at(std::size_t i) const {
  int m = s_.mention_at(i);
  return m < 0 ? nullptr : &s_.mentions[static_cast<std::size_t>(m)];
}

const Mention* SentenceView::mention_starting(std::size_t i) const {
  const Mention* m = mention_at(i);
  return m && m->span_begin == i ? m : nullptr;
}

EntityType SentenceView::type(int entity) const {
  if (entity < 0) return EntityType::kOther;
  return ctx_.resolved.entities[static_cast<std::size_t>(entity)].type;
}

bool SentenceView::is_entity_name(const Mention* m) const {
  return m && m->entity >= 0 &&
         (m->kind == MentionKind::kName || m->kind == MentionKind::kPronoun ||
          m->kind == MentionKind::kRoleRef);
}

std::vector<const Mention*> SentenceView::names() const {
  std::vector<const Mention*> out;
  for (const Mention& m : s_.mentions) {
    if (m.kind == MentionKind::kName && m.entity >= 0) out.push_back(&m);
  }
  return out;
}

bool SentenceView::is_capitals(std::string_view w) {
  bool letter = false;
  for (char c : w) {
    if (c >= 'a' && c <= 'z') return false;
    letter = letter || (c >= 'A' && c <= 'Z');
  }
  return letter;
}

std::size_t SentenceView::dateline_end() const {
  if (s_.tokens.empty() || s_.tokens[0].kind != TokenKind::kWord) return 0;
  const std::string& first = s_.tokens[0].text;
  if (first.size() < 2 || !is_capitals(first)) return 0;
  for (std::size_t k = 1; k < s_.tokens.size() && k < 16; ++k) {
    const Token& t = s_.tokens[k];
    if (t.text == "-" || t.text == "\u2014" || t.text == "\u2013") return k + 1;
    if (t.kind == TokenKind::kWord && !starts_with_upper(t.text)) return 0;
  }
  return 0;
}

std::pair<int, int> SentenceView::country_pair(std::size_t before) const {
  return pair_of(EntityType::kCountry, before);
}

std::pair<int, int> SentenceView::pair_of(EntityType wanted, std::size_t before) const {
  std::vector<int> countries;
  auto collect = [&](const AnalysedSentence& s, std::size_t end) {
    for (const Mention& m : s.mentions) {
      if (m.span_begin >= end) break;
      if (m.entity < 0 || (m.kind != MentionKind::kName && m.kind != MentionKind::kModifier))
        continue;
      if (type(m.entity) == wanted &&
          std::find(countries.begin(), countries.end(), m.entity) == countries.end())
        countries.push_back(m.entity);
    }
  };
  collect(s_, before);
  // Fewer than two: add those of the nearest earlier sentence of the
  // paragraph that names a country.
  for (int k = s_.index - 1; countries.size() < 2 && k >= 0; --k) {
    const AnalysedSentence& earlier = ctx_.sentences[static_cast<std::size_t>(k)];
    if (earlier.sentence.paragraph != s_.sentence.paragraph) break;
    const std::size_t named = countries.size();
    collect(earlier, earlier.tokens.size());
    if (countries.size() > named) break;
  }
  if (countries.size() != 2) return {-1, -1};
  return {std::min(countries[0], countries[1]), std::max(countries[0], countries[1])};
}

const Mention* SentenceView::affiliation_at(std::size_t k) const {
  constexpr std::size_t kMaxModifiers = 2;  // "the left-wing", "the state-owned"
  if (!is(k, "of")) return nullptr;
  ++k;
  if (is(k, "the")) ++k;
  for (std::size_t seen = 0; seen < kMaxModifiers && k < size() && !mention_at(k); ++seen) {
    const Token& t = s_.tokens[k];
    if (t.kind != TokenKind::kWord || starts_with_upper_ascii(k) || is_function_word(word(k)))
      return nullptr;
    ++k;
  }
  const Mention* m = mention_starting(k);
  if (!m || m->kind != MentionKind::kName || m->entity < 0) return nullptr;
  // "... of Chile 's ministry": the owner is not what the name is of; but
  // "of Lacalle Pou 's National Party": the organisation it owns is.
  if (m->end < size() && s_.tokens[m->end].kind == TokenKind::kPossessive) {
    const Mention* owned = mention_starting(m->end + 1);
    if (!owned || owned->kind != MentionKind::kName || owned->entity < 0 ||
        type(owned->entity) != EntityType::kOrganization || modifies_noun(*owned))
      return nullptr;
    return owned;
  }
  const EntityType t = type(m->entity);
  return t == EntityType::kOrganization || t == EntityType::kCountry ? m : nullptr;
}

int SentenceView::country_entity(const std::string& name) const {
  const auto& entities = ctx_.resolved.entities;
  for (std::size_t k = 0; k < entities.size(); ++k) {
    if (entities[k].type == EntityType::kCountry && entities[k].name == name)
      return static_cast<int>(k);
  }
  return -1;
}

int SentenceView::subject(std::size_t limit, std::size_t from) const {
  const std::size_t body = std::max(dateline_end(), from);
  for (const Mention& m : s_.mentions) {
    if (m.end > limit) break;
    if (m.span_begin < body) continue;
    if (m.entity < 0 || m.kind == MentionKind::kModifier || m.kind == MentionKind::kDate) continue;
    if (m.kind == MentionKind::kPronoun && m.canonical != "he" && m.canonical != "she") continue;
    if (after_preposition(s_, m.span_begin)) continue;
    if (m.end < s_.tokens.size() && s_.tokens[m.end].kind == TokenKind::kPossessive) continue;
    return m.entity;
  }
  return -1;
}

int SentenceView::possessor_before(std::size_t i) const {
  // "his visit", "Vietnam 's support", "their three-day official visit"
  for (std::size_t back = 1; back <= 4 && back <= i; ++back) {
    std::size_t k = i - back;
    const Mention* m = mention_at(k);
    if (m && m->kind == MentionKind::kPronoun) {
      if (m->canonical == "their") return subject();
      if (m->canonical == "his" || m->canonical == "her" || m->canonical == "its") return m->entity;
      return -1;
    }
    if (s_.tokens[k].kind == TokenKind::kPossessive && k > 0) {
      const Mention* owner = mention_at(k - 1);
      return owner ? owner->entity : -1;
    }
    if (word(k) == "the" || word(k) == "a" || word(k) == "," || word(k) == "of") return -1;
  }
  return -1;
}

std::optional<std::size_t> SentenceView::entity_after(std::size_t i, std::size_t max) const {
  for (std::size_t k = i, skipped = 0; k < s_.tokens.size() && skipped <= max; ++k, ++skipped) {
    const Mention* m = mention_at(k);
    if (m && m->span_begin == k && is_entity_name(m) && m->kind == MentionKind::kName) {
      return modifies_noun(*m) ? std::nullopt : std::optional<std::size_t>(k);
    }
    if (m && m->kind == MentionKind::kPronoun &&
        (m->canonical == "its" || m->canonical == "their" || m->canonical == "his" ||
         m->canonical == "her")) {
      continue;
    }
    if (m) return std::nullopt;
    std::string w = word(k);
    // "that" before a name is a conjunction ("so that TDs could"), not a determiner.
    bool skippable = (words::contains(words::kDeterminers, w) && w != "that") ||
                     (s_.tokens[k].kind == TokenKind::kWord && !starts_with_upper_ascii(k) &&
                      !ctx_.lexicon.verb_lemma(w) && !is_function_word(w));
    if (!skippable) return std::nullopt;
  }
  return std::nullopt;
}

bool SentenceView::is_function_word(std::string_view w) {
  return words::contains(words::kFunctionWords, w);
}

void SentenceView::add(std::vector<RawRelation>& out, int subject, std::string predicate,
                       int object, double confidence) const {
  RawRelation r;
  r.subject = subject;
  r.predicate = std::move(predicate);
  r.object = object;
  r.confidence = confidence;
  r.sentence = s_.index;
  append_relation(out, std::move(r));
}

bool SentenceView::is_person_noun(std::string_view word) const {
  const Lexicon& lex = ctx_.lexicon;
  auto kind = lex.descriptor_kind(word);
  return lex.is_title_word(word) || lex.is_role_noun(word) || lex.is_kinship(word) ||
         (kind && (*kind == DescriptorKind::kOccupation || *kind == DescriptorKind::kPlayer));
}

bool SentenceView::is_demonym(const Mention& m) const {
  auto d = ctx_.lexicon.match(s_.tokens, m.begin, LexKind::kDemonym);
  return d && d->length == m.end - m.begin;
}

bool SentenceView::modifies_noun(const Mention& m) const {
  // "ASEAN member states", "the first ASEAN country": a name before a common noun.
  if (m.end >= s_.tokens.size() || s_.tokens[m.end].kind != TokenKind::kWord) return false;
  std::string next = word(m.end);
  if (starts_with_upper_ascii(m.end) || is_function_word(next) || ctx_.lexicon.verb_lemma(next))
    return false;
  // A past form the verb list lacks ("X annulled the vote") is no noun.
  return !(next.size() > 4 && next.ends_with("ed"));
}

bool SentenceView::starts_with_upper_ascii(std::size_t k) const {
  const std::string& t = s_.tokens[k].text;
  return !t.empty() && t[0] >= 'A' && t[0] <= 'Z';
}

void SentenceView::date_qualifiers(const Mention& m, std::map<std::string, std::string>& q) const {
  int month = 0, day = 0;
  std::string year;
  for (std::size_t k = m.begin; k < m.end; ++k) {
    const std::string& t = s_.tokens[k].text;
    if (t.size() == 4 && (t[0] == '1' || t[0] == '2') &&
        std::isdigit(static_cast<unsigned char>(t[1]))) {
      year = t;
    } else if (int mo = ctx_.lexicon.month_number(t)) {
      month = mo;
    } else if (!t.empty() && std::isdigit(static_cast<unsigned char>(t[0])) && t.size() <= 2) {
      day = std::stoi(t);
    }
  }
  if (!year.empty()) q["year"] = year;
  if (month) {
    std::string d = (year.empty() ? "" : year + "-") + two_digits(month);
    if (day) d += "-" + two_digits(day);
    q["date"] = d;
  }
}

}  // namespace kg::extract
