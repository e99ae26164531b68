#include "extract/mentions/type_evidence.h"

#include <array>
#include <string>
#include <string_view>

#include "base/letters.h"
#include "extract/lexicon/word_lists.h"
#include "extract/mentions/name_shape.h"

namespace kg::extract {
namespace {

enum class Evidence { kNone, kOrganization, kPerson, kNotPerson, kPlace };

struct Descriptor {
  Evidence evidence = Evidence::kNone;
  std::string noun;
  int from = -1;  // the demonym or place mention modifying the noun
};

constexpr std::size_t kMaxModifiers = 4;  // "a state-owned Finnish biotech group"

class EvidenceReader {
 public:
  EvidenceReader(const Lexicon& lex, const std::vector<Token>& tokens,
                 std::vector<Mention>& mentions)
      : lex_(lex), t_(tokens), ms_(mentions), at_(tokens.size(), -1) {
    for (std::size_t m = 0; m < ms_.size(); ++m) {
      for (std::size_t k = ms_[m].span_begin; k < ms_[m].end && k < at_.size(); ++k) {
        if (at_[k] < 0) at_[k] = static_cast<int>(m);
      }
    }
  }

  void run() {
    for (Mention& m : ms_) {
      if (m.kind != MentionKind::kName || m.titled) continue;
      Descriptor d = before(m);
      if (d.evidence == Evidence::kNone) d = after(m);
      if (d.evidence == Evidence::kNone) d.evidence = place_evidence(m);
      if (d.evidence == Evidence::kNone) d.evidence = clause_evidence(m);
      apply(m, d);
    }
  }

 private:
  std::string lower(std::size_t i) const { return ascii_lower(t_[i].text); }
  bool is(std::size_t i, std::string_view w) const { return i < t_.size() && lower(i) == w; }
  bool reporting_verb(std::size_t i) const {
    auto lemma = lex_.verb_lemma(lower(i));
    return lemma && words::contains(words::kReportingVerbs, *lemma);
  }

  Evidence noun_evidence(std::size_t i) const {
    if (t_[i].kind != TokenKind::kWord || is_capitalised(t_[i])) return Evidence::kNone;
    if (lex_.is_org_noun(t_[i].text)) return Evidence::kOrganization;
    if (lex_.is_role_noun(t_[i].text)) return Evidence::kPerson;
    return Evidence::kNone;
  }

  // A country or place mention covering token i, or -1.
  int place_at(std::size_t i) const {
    const int m = at_[i];
    if (m < 0) return -1;
    const EntityType type = ms_[static_cast<std::size_t>(m)].type;
    return type == EntityType::kCountry || type == EntityType::kPlace ? m : -1;
  }

  // The place or demonym among the (at most kMaxModifiers) words before the
  // noun at `noun`, stopping at a determiner or punctuation.
  int modifier_before(std::size_t noun, std::size_t limit) const {
    for (std::size_t k = noun; k > limit && noun - k < kMaxModifiers;) {
      --k;
      if (const int p = place_at(k); p >= 0) return p;
      if (t_[k].kind != TokenKind::kWord || words::contains(words::kDeterminers, lower(k))) break;
    }
    return -1;
  }

  // "German drugmaker Brauer Pharma", "the Saudi club Al-Hilal"; "a joint
  // venture called X", "the venture, to be called X".
  Descriptor before(const Mention& m) const {
    if (m.span_begin == 0) return {};
    std::size_t noun = m.span_begin - 1;
    if (is(noun, "called") || is(noun, "named") || is(noun, "dubbed")) {
      std::size_t k = noun;
      while (k > 0 && noun - k < 4 && (is(k - 1, "to") || is(k - 1, "be") || is(k - 1, ","))) --k;
      if (k == 0 || noun_evidence(k - 1) == Evidence::kNone) return {};
      noun = k - 1;
    }
    const Evidence e = noun_evidence(noun);
    if (e == Evidence::kNone) {
      if (is(noun, "the")) return {Evidence::kNotPerson, {}, -1};
      return {};
    }
    return {e, lower(noun), modifier_before(noun, 0)};
  }

  // "Sigrun Bio, a Swedish biotech group that ...": the last descriptor noun
  // of an apposition, before its first function word or punctuation.
  Descriptor after(const Mention& m) const {
    std::size_t k = m.end;
    if (k + 2 >= t_.size() || t_[k].text != ",") return {};
    if (!is(k + 1, "a") && !is(k + 1, "an") && !is(k + 1, "the")) return {};
    const std::size_t first = k + 2;
    Descriptor found;
    for (k = first; k < t_.size() && k - first <= kMaxModifiers; ++k) {
      if (t_[k].kind != TokenKind::kWord || words::contains(words::kFunctionWords, lower(k))) break;
      if (place_at(k) >= 0) continue;
      if (const Evidence e = noun_evidence(k); e != Evidence::kNone) {
        found = {e, lower(k), modifier_before(k, first - 1)};
      }
    }
    // A noun owned by what follows ("the company's founder") describes nothing.
    if (k < t_.size() && t_[k].kind == TokenKind::kPossessive) return {};
    return found;
  }

  // "the Quebrada Honda mine", "the Atacama region": a lower-case place
  // noun right after the name; "based in Muttrah", "born in Elbląg", "near
  // Espoo": a name after a word that says where something is, not owning
  // what follows ("near Smith's home"). (A bare "in" is no evidence: "a
  // stake in X", "shares in X".)
  Evidence place_evidence(const Mention& m) const {
    const std::size_t k = m.end;
    if (k < t_.size() && t_[k].kind == TokenKind::kWord && !is_capitalised(t_[k]) &&
        lex_.keyword_type(t_[k].text) == EntityType::kPlace) {
      return Evidence::kPlace;
    }
    std::size_t b = m.span_begin;
    if (b > 0 && is(b - 1, "the")) --b;
    static constexpr std::array<std::string_view, 8> kWhere = {
        "based", "headquartered", "located", "situated", "born", "raised", "lives", "lived"};
    const bool where = b >= 2 && is(b - 1, "in") && words::contains(kWhere, lower(b - 2));
    if (!where && (b == 0 || !is(b - 1, "near"))) return Evidence::kNone;
    if (k < t_.size() && t_[k].kind == TokenKind::kPossessive) return Evidence::kNone;
    return Evidence::kPlace;
  }

  // "X, which ...", "X, who ...", "X said it ...".
  Evidence clause_evidence(const Mention& m) const {
    const std::size_t k = m.end;
    // A name after a preposition is seldom what the relative clause is about
    // ("a studio founded by X, which ...").
    const bool in_phrase =
        m.span_begin > 0 && words::contains(words::kNotSubjectAfter, lower(m.span_begin - 1));
    if (k + 1 < t_.size() && t_[k].text == "," && !in_phrase) {
      if (is(k + 1, "which")) return Evidence::kOrganization;
      if (is(k + 1, "who")) return Evidence::kPerson;
    }
    if (k + 1 < t_.size() && (is(k + 1, "it") || is(k + 1, "its")) && reporting_verb(k)) {
      return Evidence::kOrganization;
    }
    return Evidence::kNone;
  }

  static void apply(Mention& m, const Descriptor& d) {
    switch (d.evidence) {
      case Evidence::kNone:
        return;
      case Evidence::kNotPerson:
        if (m.type_guessed) m.type = EntityType::kOther;
        m.type_guessed = false;
        return;
      case Evidence::kOrganization:
        if (m.type_guessed || m.type == EntityType::kOther) m.type = EntityType::kOrganization;
        break;
      case Evidence::kPerson:
        if (m.type == EntityType::kOther) m.type = EntityType::kPerson;
        break;
      case Evidence::kPlace:
        if (!m.type_guessed && m.type != EntityType::kOther) return;
        m.type = EntityType::kPlace;
        m.type_guessed = false;
        return;
    }
    m.type_guessed = false;
    if (d.noun.empty() || (d.evidence == Evidence::kPerson) != (m.type == EntityType::kPerson))
      return;
    m.descriptor = d.noun;
    m.descriptor_from = d.from;
  }

  const Lexicon& lex_;
  const std::vector<Token>& t_;
  std::vector<Mention>& ms_;
  std::vector<int> at_;  // per token: the first mention covering it
};

}  // namespace

void read_type_evidence(const Lexicon& lexicon, const std::vector<Token>& tokens,
                        std::vector<Mention>& mentions) {
  EvidenceReader(lexicon, tokens, mentions).run();
}

}  // namespace kg::extract
