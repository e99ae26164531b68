#include "extract/mentions/mention_finder.h"

#include <algorithm>
#include <array>
#include <optional>
#include <string_view>

#include "base/letters.h"
#include "base/utf8.h"
#include "extract/lexicon/word_lists.h"
#include "extract/mentions/described_names.h"
#include "extract/mentions/name_shape.h"
#include "extract/mentions/quantity_spans.h"
#include "extract/mentions/type_evidence.h"
#include "extract/text/word_shape.h"

namespace kg::extract {
namespace {

enum class PieceKind {
  kCountry,
  kDemonym,
  kNamed,
  kHonorific,
  kTitle,
  kConnector,
  kWord,
  kNumber,
  kAcronym
};

struct Piece {
  PieceKind kind;
  std::size_t begin;
  std::size_t end;
  std::string canonical;
  EntityType type = EntityType::kOther;
  std::optional<EntityType> keyword;  // for words: the type a head noun gives
};

Piece make_piece(PieceKind kind, std::size_t begin, std::size_t end, std::string canonical,
                 EntityType type = EntityType::kOther,
                 std::optional<EntityType> keyword = std::nullopt) {
  return Piece{kind, begin, end, std::move(canonical), type, keyword};
}

bool is_cap(const Token& t) { return is_capitalised(t); }

class SentenceScanner {
 public:
  SentenceScanner(const Lexicon& lex, const std::vector<Token>& tokens) : lex_(lex), t_(tokens) {}

  std::vector<Mention> run() {
    std::size_t i = 0;
    while (i < t_.size()) {
      const std::size_t before = out_.size();
      std::size_t next = scan_at(i);
      if (located_.place >= 0 && i == located_.next) attach_located(before);
      if (!plural_title_.title.empty() && i == plural_title_.next)
        attach_plural_title(before, next);
      if (next == i) {
        if (!is_joiner(i)) pending_.clear();
        ++i;
      } else {
        i = next;
      }
    }
    return sorted();
  }

  // Mentions ordered by position, with role references renumbered to match.
  std::vector<Mention> sorted() {
    std::vector<std::size_t> order(out_.size());
    for (std::size_t k = 0; k < order.size(); ++k) order[k] = k;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
      if (out_[a].span_begin != out_[b].span_begin) return out_[a].span_begin < out_[b].span_begin;
      return out_[a].end > out_[b].end;  // the person with its titles before its premodifier
    });
    std::vector<int> new_index(out_.size());
    for (std::size_t k = 0; k < order.size(); ++k) new_index[order[k]] = static_cast<int>(k);
    std::vector<Mention> result;
    for (std::size_t k : order) {
      result.push_back(std::move(out_[k]));
      for (Role& r : result.back().roles) {
        if (r.of >= 0) r.of = new_index[static_cast<std::size_t>(r.of)];
      }
    }
    return result;
  }

 private:
  std::string lower(std::size_t i) const { return ascii_lower(t_[i].text); }
  std::string text(std::size_t a, std::size_t b) const { return join_tokens(t_, a, b); }
  bool is_joiner(std::size_t i) const { return t_[i].text == "," || lower(i) == "and"; }
  bool sentence_initial(std::size_t i) const {
    if (i == 0) return true;
    const std::string& p = t_[i - 1].text;
    return p == "\"" || p == ":" || p == "(" || p == "'" || p == ";";
  }

  int add(Mention m) {
    out_.push_back(std::move(m));
    return static_cast<int>(out_.size()) - 1;
  }
  int add_simple(MentionKind kind, std::size_t a, std::size_t b, EntityType type,
                 std::string canonical = {}) {
    Mention m;
    m.kind = kind;
    m.begin = m.span_begin = a;
    m.end = b;
    m.text = text(a, b);
    m.canonical = std::move(canonical);
    m.type = type;
    return add(std::move(m));
  }

  std::size_t scan_at(std::size_t i) {
    std::string w = lower(i);
    if (words::contains(words::kPronouns, w)) {
      add_simple(MentionKind::kPronoun, i, i + 1, EntityType::kOther, w);
      return i + 1;
    }
    if (std::size_t n = role_reference(i)) return i + n;
    if (std::size_t n = money(i)) return i + n;
    if (std::size_t n = date(i)) return i + n;
    if (std::size_t n = hyphen_pair(i)) return i + n;
    if (std::size_t n = located_place(i)) return i + n;
    if (is_hyphenated_adjective(t_[i])) return i + 1;  // "Spanish-speaking": no name
    if (plural_role_before_name(i)) {                  // "EU Leaders Charles Michel"
      plural_title_ = {singular_title(lower(i)), i + 1};
      return i + 1;
    }
    if (starts_chunk(i)) {
      std::size_t j = extend_chunk(i);
      interpret(i, j);
      return trailing_acronym(j);
    }
    return i;
  }

  // "Madrid-based Peñalba Group", "Hong Kong-listed Acme": the place becomes a
  // modifier mention, and the name after it (if any) gets the role "based in"
  // ("listed in" ...) of the place.
  std::size_t located_place(std::size_t i) {
    std::size_t j = i;
    while (j < t_.size() && j - i < 3 && is_cap(t_[j]) && !located_word(t_[j])) ++j;
    if (j >= t_.size()) return 0;
    const auto located = located_word(t_[j]);
    if (!located) return 0;
    std::string place = text(i, j);
    place += (place.empty() ? "" : " ") + located->place;
    const std::vector<Token> words = tokenize(place);
    EntityType type = EntityType::kPlace;
    std::string canonical;
    if (auto c = lex_.country_of(place)) {
      type = EntityType::kCountry, canonical = *c;
    } else if (auto n = lex_.match(words, 0, LexKind::kNamedEntity);
               n && n->length == words.size()) {
      type = n->type, canonical = n->canonical;
    }
    Mention m;
    m.kind = MentionKind::kModifier;
    m.begin = m.span_begin = i;
    m.end = j + 1;
    m.text = place;
    m.canonical = canonical.empty() ? place : canonical;
    m.type = type;
    located_ = {add(std::move(m)), located->relation, j + 1};
    return j + 1 - i;
  }

  // Gives the name found right after a located place its role.
  void attach_located(std::size_t first_new) {
    for (std::size_t k = first_new; k < out_.size(); ++k) {
      Mention& m = out_[k];
      if (m.kind != MentionKind::kName || m.span_begin != located_.next) continue;
      m.span_begin = out_[static_cast<std::size_t>(located_.place)].span_begin;
      m.roles.push_back({located_.relation, "in", located_.place});
      // Companies are based and listed; persons are born.
      if ((m.type_guessed || m.type == EntityType::kOther) && located_.relation != "born") {
        m.type = EntityType::kOrganization;
        m.type_guessed = false;
      }
      break;
    }
    located_ = {};
  }

  // "the Party chief", "the Vietnamese leader", "both sides", "the two countries".
  std::size_t role_reference(std::size_t i) {
    std::string w = lower(i);
    if (w != "the" && w != "both") return 0;
    std::size_t k = i + 1;
    if (w == "the" && k < t_.size() && (lower(k) == "two" || lower(k) == "both")) ++k;
    // "the two ministers", "both presidents": a plural role noun too.
    if (k < t_.size() &&
        (words::contains(words::kPartyNouns, lower(k)) || is_plural_role_noun(lower(k))) &&
        (k > i + 1 || w == "both")) {
      add_simple(MentionKind::kRoleRef, i, k + 1, EntityType::kOther, "#pair");
      return k + 1 - i;
    }
    if (w != "the") return 0;
    if (std::size_t n = organisation_reference(i)) return n;
    if (std::size_t n = event_reference(i)) return n;
    std::string country;
    std::size_t mods = 0;
    // "The Secretary raised ...": a capitalised role noun heads the reference
    // when no name, preposition ("Ambassador to X") or role word follows it.
    auto capital_head = [&](std::size_t j) {
      return is_cap(t_[j]) && lex_.is_role_noun(t_[j].text) &&
             (j + 1 >= t_.size() || (t_[j + 1].kind == TokenKind::kWord && !is_cap(t_[j + 1]) &&
                                     !words::contains(words::kPrepositions, lower(j + 1)) &&
                                     !lex_.is_role_noun(t_[j + 1].text)));
    };
    for (k = i + 1; k < t_.size() && mods < 2; ++k, ++mods) {
      if (lex_.is_role_noun(t_[k].text) && (!is_cap(t_[k]) || capital_head(k))) break;
      if (auto d = lex_.match(t_, k, LexKind::kDemonym); d && d->length == 1) {
        country = d->canonical;
        continue;
      }
      if (!is_cap(t_[k]) && lower(k) != "top" && lower(k) != "visiting") return 0;
    }
    if (k >= t_.size() || (is_cap(t_[k]) && !capital_head(k)) || !lex_.is_role_noun(t_[k].text))
      return 0;
    if (k + 1 < t_.size() && (lower(k + 1) == "of" || is_cap(t_[k + 1]))) return 0;
    // "the Lima sovereign wealth fund": the role noun modifies a noun after
    // it (a lower-case word that is no verb, function word or determiner).
    if (k + 1 < t_.size() && t_[k + 1].kind == TokenKind::kWord && !is_cap(t_[k + 1]) &&
        !lex_.verb_lemma(lower(k + 1)) && !lex_.is_stopword(lower(k + 1)) &&
        !words::contains(words::kFunctionWords, lower(k + 1)))
      return 0;
    add_simple(MentionKind::kRoleRef, i, k + 1, EntityType::kPerson, country);
    return k + 1 - i;
  }

  // "the tournament", "the 2024 festival", "the pact": a definite
  // description of an event or agreement by a noun of kEventNouns that refers, with at most a year
  // or a demonym before it ("the best actor award" names another award); not "the festival of ...",
  // nor a noun that modifies the next ("the festival director"). The canonical form is the noun.
  std::size_t event_reference(std::size_t i) {
    std::size_t k = i + 1;
    for (std::size_t mods = 0; k < t_.size() && mods < 2; ++k, ++mods) {
      if (!is_cap(t_[k]) && words::refers_to_event(lower(k))) break;
      if (!is_number(t_[k].text) && !lex_.match(t_, k, LexKind::kDemonym)) return 0;
    }
    if (k >= t_.size() || is_cap(t_[k]) || !words::refers_to_event(lower(k))) return 0;
    if (k + 1 < t_.size() && (lower(k + 1) == "of" || is_cap(t_[k + 1]))) return 0;
    if (k + 1 < t_.size() && t_[k + 1].kind == TokenKind::kWord && !lex_.verb_lemma(lower(k + 1)) &&
        !lex_.is_stopword(lower(k + 1)) && !words::contains(words::kFunctionWords, lower(k + 1)))
      return 0;
    const bool agreement = words::agreement_kind(words::event_noun_kind(lower(k)));
    add_simple(MentionKind::kRoleRef, i, k + 1,
               agreement ? EntityType::kAgreement : EntityType::kEvent, lower(k));
    return k + 1 - i;
  }

  // "the company", "the Spanish carrier", "the bloc": a definite description
  // of an organisation by a descriptor noun, with up to two lower-case or
  // demonym words before it; not "the company of ..." nor a noun that heads a
  // name ("the Bank Negara"). The canonical form is the noun.
  std::size_t organisation_reference(std::size_t i) {
    std::size_t k = i + 1;
    for (std::size_t mods = 0; k < t_.size() && mods < 2; ++k, ++mods) {
      if (lex_.is_org_noun(t_[k].text) && !is_cap(t_[k])) break;
      const bool demonym = lex_.match(t_, k, LexKind::kDemonym).has_value();
      if (t_[k].kind != TokenKind::kWord || (is_cap(t_[k]) && !demonym)) return 0;
    }
    if (k >= t_.size() || is_cap(t_[k]) || !lex_.is_org_noun(t_[k].text)) return 0;
    if (k + 1 < t_.size() && (lower(k + 1) == "of" || is_cap(t_[k + 1]))) return 0;
    add_simple(MentionKind::kRoleRef, i, k + 1, EntityType::kOrganization, lower(k));
    return k + 1 - i;
  }

  std::size_t money(std::size_t i) {
    const auto span = money_at(t_, i);
    if (!span) return 0;
    add_simple(MentionKind::kMoney, i, span->end, EntityType::kMoney, span->canonical);
    return span->end - i;
  }

  std::size_t date(std::size_t i) {
    const auto span = date_at(t_, i, lex_);
    if (!span) return 0;
    add_simple(MentionKind::kDate, i, span->end, EntityType::kDate, span->canonical);
    return span->end - i;
  }

  // "Vietnam-Malaysia": one token naming two countries.
  std::size_t hyphen_pair(std::size_t i) {
    const std::string& s = t_[i].text;
    std::size_t dash = s.find('-');
    if (dash == std::string::npos || !is_cap(t_[i])) return 0;
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (true) {
      std::size_t pos = s.find('-', start);
      parts.push_back(s.substr(start, pos == std::string::npos ? pos : pos - start));
      if (pos == std::string::npos) break;
      start = pos + 1;
    }
    std::vector<std::string> countries;
    for (const std::string& p : parts) {
      auto c = lex_.country_of(p);
      if (!c) return 0;
      countries.push_back(*c);
    }
    // "the Peru-Chile Trade Council": the pair opens an organisation's name.
    for (std::size_t k = i + 1; k < t_.size() && is_cap(t_[k]); ++k) {
      if (lex_.keyword_type(t_[k].text) == EntityType::kOrganization) return 0;
    }
    for (std::size_t k = 0; k < parts.size(); ++k) {
      Mention m;
      m.kind = MentionKind::kName;
      m.begin = m.span_begin = i;
      m.end = i + 1;
      m.text = parts[k];
      m.canonical = countries[k];
      m.type = EntityType::kCountry;
      add(std::move(m));
    }
    return 1;
  }

  bool starts_chunk(std::size_t i) const {
    const Token& t = t_[i];
    if (is_ordinal(t.text) && i + 1 < t_.size() && is_cap(t_[i + 1])) return true;
    if (!is_cap(t)) {
      auto title = lex_.match(t_, i, LexKind::kTitle);
      return title && i + title->length < t_.size() && is_cap(t_[i + title->length]);
    }
    if (lex_.match(t_, i, LexKind::kCountry) || lex_.match(t_, i, LexKind::kNamedEntity))
      return true;
    if (sentence_initial(i)) {
      if (lex_.is_stopword(t.text)) return false;
      // "Speaking at ...", "Born in ...", "Exports rose", "Trade grew": a
      // verb form opens the sentence; a base form before another capitalised
      // word ("Mark Ruiz", "Green Party") is a name's first word.
      const std::string w = ascii_lower(t.text);
      const auto lemma = lex_.verb_lemma(w);
      const bool name_follows = i + 1 < t_.size() && is_cap(t_[i + 1]);
      if (lemma && (w != *lemma || !name_follows) && !lex_.match(t_, i, LexKind::kTitle))
        return false;
    }
    return true;
  }

  std::size_t extend_chunk(std::size_t i) const {
    std::size_t j = i;
    if (is_ordinal(t_[j].text)) ++j;
    while (j < t_.size()) {
      if (j > i && located_word(t_[j])) break;  // "X and Madrid-based Y": Y is its own name
      if (j > i && plural_role_before_name(j)) break;
      if (auto m = lex_.match_any(t_, j)) {
        if (m->kind == LexKind::kMonth && j > i) break;
        bool lower_title = m->kind == LexKind::kTitle && !is_cap(t_[j]);
        std::size_t after = j + m->length;
        if (!lower_title || (after < t_.size() && is_cap(t_[after]))) {
          j = after;
          continue;
        }
        if (lower_title) break;
      }
      const Token& t = t_[j];
      if (is_cap(t) || (j > i && is_prefixed_name(t))) {
        ++j;
        continue;
      }
      if (std::size_t n = j > i ? particles_before_name(t_, j) : 0) {
        j += n;
        continue;
      }
      std::string w = lower(j);
      // "Nobel Prize in Chemistry": a prize's field, not a place.
      if (w == "in" && j > i && words::contains(words::kPrizeNouns, lower(j - 1)) &&
          j + 1 < t_.size() && is_cap(t_[j + 1]) && !lex_.match_any(t_, j + 1)) {
        ++j;
        continue;
      }
      // "Ana Ruiz of Tomas Vidal's party": the of-phrase owns what follows;
      // but "the Bank of England's governor": a keyword before "of" heads
      // one name, which owns it.
      if (w == "of" && owner_run_after(j + 1) && !lex_.keyword_type(t_[j - 1].text)) break;
      if (j > i && words::contains(words::kNameConnectors, w) && w != "the" && j + 1 < t_.size() &&
          !lex_.match(t_, j + 1, LexKind::kMonth) && !is_weekday(t_[j + 1].text) &&
          (is_cap(t_[j + 1]) ||
           (lower(j + 1) == "the" && j + 2 < t_.size() && is_cap(t_[j + 2])))) {
        j += lower(j + 1) == "the" ? 2 : 1;
        continue;
      }
      // "Ambassador to Kenya", "Ambassador to the Netherlands".
      if (w == "to" && j > i && lex_.is_title_word(t_[j - 1].text) && j + 1 < t_.size() &&
          (is_cap(t_[j + 1]) ||
           (lower(j + 1) == "the" && j + 2 < t_.size() && is_cap(t_[j + 2])))) {
        j += lower(j + 1) == "the" ? 2 : 1;
        continue;
      }
      if (t.text == "(" && j + 2 < t_.size() && is_acronym(t_[j + 1].text) &&
          t_[j + 2].text == ")" && j + 3 < t_.size() && is_cap(t_[j + 3]) &&
          !lex_.match(t_, j + 3, LexKind::kMonth)) {
        j += 3;
        continue;
      }
      if (is_year(t.text) && j > i &&
          (is_acronym(t_[j - 1].text) || lex_.keyword_type(t_[j - 1].text))) {
        ++j;
        continue;
      }
      break;
    }
    return std::max(j, i + 1);
  }

  // "EU Leaders Charles Michel": a capitalised plural of a role noun right
  // before a name is a headline's or caption's word, not part of the name.
  bool plural_role_before_name(std::size_t j) const {
    if (!is_cap(t_[j]) || j + 1 >= t_.size() || !is_cap(t_[j + 1]) ||
        (j > 0 && lower(j - 1) == "of"))  // "House of Representatives"
      return false;
    return is_plural_role_noun(lower(j));
  }

  // "leaders", "ministers", "justices": the plural of a role noun or of a
  // one-word title.
  bool is_plural_role_noun(const std::string& w) const {
    if (w.size() <= 3 || w.back() != 's') return false;
    const std::string one = w.substr(0, w.size() - 1);
    return lex_.is_role_noun(one) || !singular_title(w).empty();
  }

  // The one-word title whose plural is w ("justices" -> "justice"), or "".
  std::string singular_title(const std::string& w) const {
    if (w.size() <= 3 || w.back() != 's') return {};
    const std::vector<Token> one = tokenize(w.substr(0, w.size() - 1));
    const auto title = lex_.match(one, 0, LexKind::kTitle);
    return title && title->length == 1 && one.size() == 1 ? one[0].text : std::string();
  }

  // "Justices Jackton Ojwang and Njoki Ndung'u": each name of the
  // coordination after a plural title holds the title (a role with no
  // organisation); the names end at anything but "," or "and".
  void attach_plural_title(std::size_t first_new, std::size_t next) {
    for (std::size_t k = first_new; k < out_.size(); ++k) {
      Mention& m = out_[k];
      if (m.kind != MentionKind::kName || m.begin != plural_title_.next) continue;
      if (m.type == EntityType::kOther) m.type = EntityType::kPerson;
      if (m.type != EntityType::kPerson) break;
      m.roles.push_back({plural_title_.title, "of", -1});
      m.titled = true;
      m.type_guessed = false;
      std::size_t after = m.end;
      if (after < t_.size() && is_joiner(after)) ++after;
      if (after < t_.size() && lower(after) == "and") ++after;
      plural_title_.next = after;
    }
    if (plural_title_.next < next) plural_title_ = {};
  }

  // True when the capitalised run starting at token k ends in a possessive.
  bool owner_run_after(std::size_t k) const {
    while (k < t_.size() && is_cap(t_[k])) ++k;
    return k < t_.size() && t_[k].kind == TokenKind::kPossessive;
  }

  std::vector<Piece> pieces(std::size_t a, std::size_t b) const {
    std::vector<Piece> out;
    std::size_t p = a;
    while (p < b) {
      if (t_[p].text == "(" && p + 2 < b) {
        out.push_back(make_piece(PieceKind::kAcronym, p, p + 3, t_[p + 1].text));
        p += 3;
        continue;
      }
      std::optional<LexMatch> best;
      // Titles before honorifics: a word that is both ("Ambassador") carries a role.
      for (LexKind kind : {LexKind::kCountry, LexKind::kNamedEntity, LexKind::kDemonym,
                           LexKind::kTitle, LexKind::kHonorific}) {
        // "Ministry of Justice": a title word after a connector is the name's.
        if (kind == LexKind::kTitle && !out.empty() && out.back().kind == PieceKind::kConnector &&
            out.back().canonical == "of")
          continue;
        auto m = lex_.match(t_, p, kind);
        if (m && p + m->length <= b && (!best || m->length > best->length)) best = m;
      }
      // "Green Party leader X": a title phrase whose first word is the keyword
      // that ends the name before it ("Party") leaves that word to the name.
      if (best && best->kind == LexKind::kTitle && best->length > 1 && !out.empty() &&
          out.back().kind == PieceKind::kWord && is_cap(t_[out.back().begin]) && is_cap(t_[p]) &&
          lex_.keyword_type(t_[p].text) == EntityType::kOrganization) {
        best.reset();
      }
      // "Hassan Sheikh Mohamud": an honorific title between the words of one name.
      if (best && best->kind == LexKind::kTitle && best->length == 1 && inside_name(out, p, b)) {
        best.reset();
      }
      // "Premier League", "Chancellor College": a title word before the
      // keyword that heads a name is part of that name.
      if (best && best->kind == LexKind::kTitle && p + best->length < b &&
          t_[p + best->length].kind == TokenKind::kWord && is_cap(t_[p + best->length]) &&
          lex_.keyword_type(t_[p + best->length].text)) {
        best.reset();
      }
      if (best) {
        PieceKind kind = best->kind == LexKind::kCountry       ? PieceKind::kCountry
                         : best->kind == LexKind::kDemonym     ? PieceKind::kDemonym
                         : best->kind == LexKind::kNamedEntity ? PieceKind::kNamed
                         : best->kind == LexKind::kHonorific   ? PieceKind::kHonorific
                                                               : PieceKind::kTitle;
        out.push_back(make_piece(kind, p, p + best->length, best->canonical, best->type));
        p += best->length;
        continue;
      }
      std::string w = lower(p);
      if (!is_cap(t_[p]) && words::contains(words::kNameConnectors, w)) {
        out.push_back(make_piece(PieceKind::kConnector, p, p + 1, w));
      } else if (is_number(t_[p].text) || is_ordinal(t_[p].text)) {
        out.push_back(make_piece(PieceKind::kNumber, p, p + 1, t_[p].text));
      } else {
        // A two-word keyword ("Grand Prix") heads a name whose last word is none.
        auto keyword = lex_.keyword_type(t_[p].text);
        if (!keyword && p > a) keyword = lex_.keyword_type(lower(p - 1) + " " + lower(p));
        out.push_back(
            make_piece(PieceKind::kWord, p, p + 1, t_[p].text, EntityType::kOther, keyword));
      }
      ++p;
    }
    return out;
  }

  // A one-word title that is also an honorific ("Sheikh") between a plain
  // capitalised word and a name word belongs to the name.
  bool inside_name(const std::vector<Piece>& before, std::size_t p, std::size_t b) const {
    return !before.empty() && before.back().kind == PieceKind::kWord && !before.back().keyword &&
           is_cap(t_[before.back().begin]) && lex_.match(t_, p, LexKind::kHonorific) && p + 1 < b &&
           is_name_word(t_[p + 1]);
  }

  static bool is_entity_piece(const Piece& p) {
    return p.kind == PieceKind::kCountry || p.kind == PieceKind::kNamed ||
           p.kind == PieceKind::kDemonym;
  }

  // Cuts a chunk's pieces at "and" between two complete names ("Vietnam and
  // Malaysia", "To Lam and Anwar Ibrahim") but not inside an of-complement
  // ("Ministry of Science and Technology").
  std::vector<std::pair<std::size_t, std::size_t>> units(const std::vector<Piece>& ps) const {
    std::vector<std::pair<std::size_t, std::size_t>> out;
    std::size_t start = 0;
    bool seen_of = false;
    for (std::size_t k = 0; k < ps.size(); ++k) {
      const Piece& p = ps[k];
      if (p.kind == PieceKind::kConnector && p.canonical == "of") seen_of = true;
      if (p.kind == PieceKind::kTitle || p.kind == PieceKind::kHonorific) seen_of = false;
      if (p.kind != PieceKind::kConnector || p.canonical != "and" || k + 1 >= ps.size()) continue;
      const Piece& next = ps[k + 1];
      // "National Markets and Competition Commission": plain words, "and",
      // then words that end in an organisation keyword name one body.
      if (!seen_of && one_organisation(ps, start, k)) continue;
      bool next_starts_name = next.kind != PieceKind::kWord || (next.kind == PieceKind::kConnector);
      bool prev_complete = is_entity_piece(ps[k - 1]) || ps[k - 1].keyword.has_value();
      // "Ana Ruiz of Lima University and Tomas Vidal of Orvik Group": a
      // second person's name of the same shape starts after "and".
      if (!seen_of || next_starts_name ||
          (prev_complete &&
           (is_entity_piece(next) || of_complement(ps, k + 1, ps.size()) < ps.size()))) {
        out.emplace_back(start, k);
        start = k + 1;
        seen_of = false;
      }
    }
    out.emplace_back(start, ps.size());
    return out;
  }

  // True when pieces [start, and_at) are plain words with no organisation
  // keyword ("Markets" may head a place, not this name) and the
  // words after the "and" at and_at, up to the run's end (and an acronym in
  // brackets), are plain words whose last is an organisation keyword.
  static bool one_organisation(const std::vector<Piece>& ps, std::size_t start,
                               std::size_t and_at) {
    auto plain = [](const Piece& p) { return p.kind == PieceKind::kWord; };
    if (and_at == start || and_at + 1 >= ps.size()) return false;
    for (std::size_t q = start; q < and_at; ++q) {
      if (!plain(ps[q]) || ps[q].keyword == EntityType::kOrganization) return false;
    }
    std::size_t end = ps.size();
    if (ps[end - 1].kind == PieceKind::kAcronym) --end;  // "(CNMC)"
    for (std::size_t q = and_at + 1; q < end; ++q) {
      if (!plain(ps[q])) return false;
    }
    return end > and_at + 1 && ps[end - 1].keyword == EntityType::kOrganization;
  }

  void interpret(std::size_t a, std::size_t b) {
    std::vector<Piece> ps = pieces(a, b);
    for (auto [u0, u1] : units(ps)) {
      if (u0 < u1)
        interpret_unit(std::vector<Piece>(ps.begin() + static_cast<long>(u0),
                                          ps.begin() + static_cast<long>(u1)));
    }
  }

  void interpret_unit(const std::vector<Piece>& ps) {
    std::size_t first_title = ps.size();
    bool has_honorific = false;
    for (std::size_t k = 0; k < ps.size(); ++k) {
      if (ps[k].kind == PieceKind::kTitle && first_title == ps.size()) first_title = k;
      if (ps[k].kind == PieceKind::kHonorific) has_honorific = true;
    }
    if (first_title == ps.size() && !has_honorific) {
      const std::size_t first_new = out_.size();
      const int plain = type_plain(ps, 0, ps.size());
      // "Chilean President, Arturo Vidal,": titles kept from before the comma.
      if (plain >= 0 && !pending_.empty()) {
        // "Ambassador to Kenya and Uganda Ruth Otieno": a country before the
        // name completes the pending title too.
        std::vector<Role> more;
        for (std::size_t k = first_new; k < static_cast<std::size_t>(plain); ++k) {
          if (out_[k].type == EntityType::kCountry && pending_.back().of >= 0)
            more.push_back({pending_.back().title, pending_.back().prep, static_cast<int>(k)});
        }
        Mention& m = out_[static_cast<std::size_t>(plain)];
        if (m.type == EntityType::kPerson || m.type == EntityType::kOther) {
          m.type = EntityType::kPerson;
          m.type_guessed = false;
          m.titled = true;
          m.roles.insert(m.roles.end(), pending_.begin(), pending_.end());
          m.roles.insert(m.roles.end(), more.begin(), more.end());
        }
        pending_.clear();
      }
      return;
    }
    std::size_t start = first_title == ps.size() ? 0 : first_title;
    for (std::size_t k = 0; k < start && ps[k].kind != PieceKind::kHonorific; ++k) {
      if (ps[k].kind == PieceKind::kHonorific) start = k;
    }
    int premod = -1;
    std::size_t lead = 0;
    while (lead < start && ps[lead].kind == PieceKind::kHonorific) ++lead;
    // "Albanian Infrastructure Minister X": plain words between a country
    // and the title name the office, the country is its complement.
    std::size_t office = start;
    if (start > lead + 1 && is_entity_piece(ps[lead]) && ps[lead].kind != PieceKind::kNamed &&
        std::all_of(ps.begin() + static_cast<long>(lead) + 1, ps.begin() + static_cast<long>(start),
                    [](const Piece& q) { return q.kind == PieceKind::kWord && !q.keyword; })) {
      office = lead + 1;
      premod = type_plain(ps, lead, lead + 1);
      if (premod >= 0) out_[static_cast<std::size_t>(premod)].kind = MentionKind::kModifier;
    } else if (lead < start) {
      premod = type_plain(ps, lead, start);
      // A premodifier ("Foreign Ministry spokesperson X") is never the subject itself.
      if (premod >= 0) out_[static_cast<std::size_t>(premod)].kind = MentionKind::kModifier;
    }
    std::vector<Role> roles;
    std::size_t k = start;
    std::size_t name_begin = ps.size();
    while (k < ps.size()) {
      const Piece& p = ps[k];
      if (p.kind == PieceKind::kHonorific) {
        ++k;
        continue;
      }
      if (p.kind == PieceKind::kAcronym) {
        if (!roles.empty() && roles.back().of >= 0)
          out_[static_cast<std::size_t>(roles.back().of)].acronym = p.canonical;
        ++k;
        continue;
      }
      if (p.kind != PieceKind::kTitle) {
        name_begin = k;
        break;
      }
      Role role;
      role.title = ascii_lower(text(k == start ? ps[office].begin : p.begin, p.end));
      ++k;
      if (k < ps.size() && ps[k].kind == PieceKind::kConnector &&
          (ps[k].canonical == "of" || ps[k].canonical == "for")) {
        role.prep = "of";
        ++k;
      } else if (k < ps.size() && ps[k].kind == PieceKind::kWord && ps[k].canonical == "to") {
        role.prep = "to";
        ++k;
      } else {
        roles.push_back(role);
        continue;
      }
      while (k < ps.size() && ps[k].kind == PieceKind::kConnector && ps[k].canonical == "the") ++k;
      std::size_t ce = complement_end(ps, k);
      if (ce > k) role.of = type_plain(ps, k, ce, EntityType::kOrganization);
      roles.push_back(role);
      k = ce;
    }
    std::size_t name_end = name_begin;
    while (name_end < ps.size() && ps[name_end].kind != PieceKind::kTitle &&
           ps[name_end].kind != PieceKind::kAcronym)
      ++name_end;
    // "President Arturo Vidal of Chile", "Professor Ana Ruiz of Lima
    // University": the country or organisation after "of" completes the
    // titles that name none, and is not part of the person's name.
    const std::size_t units_end = name_end;
    std::size_t of_at = ps.size();
    for (std::size_t q = name_begin + 1; q + 1 < name_end; ++q) {
      if (ps[q].kind == PieceKind::kConnector && ps[q].canonical == "of" &&
          names_organisation_or_country(ps, q + 1, name_end)) {
        of_at = name_end = q;
        break;
      }
    }
    // "Chilean President, Arturo Vidal,": the premodifier completes the
    // titles, also those kept for a name after a comma.
    for (Role& r : roles) {
      if (r.of < 0 && premod >= 0) r.of = premod;
    }
    if (name_begin >= ps.size()) {
      if (pending_.empty()) pending_start_ = ps.front().begin;
      pending_.insert(pending_.end(), roles.begin(), roles.end());
      return;
    }
    if (premod >= 0 && out_[static_cast<std::size_t>(premod)].type == EntityType::kCountry &&
        !roles.empty() && roles.front().of != premod) {
      roles.push_back({roles.front().title, "of", premod});
    }
    Mention m;
    m.kind = MentionKind::kName;
    m.span_begin = ps.front().begin;
    m.begin = ps[name_begin].begin;
    m.end = ps[name_end - 1].end;
    m.text = text(m.begin, m.end);
    m.type = EntityType::kPerson;
    m.titled = true;
    if (!pending_.empty()) m.span_begin = std::min(m.span_begin, pending_start_);
    m.roles = std::move(pending_);
    pending_.clear();
    m.roles.insert(m.roles.end(), roles.begin(), roles.end());
    const int person = add(std::move(m));
    if (of_at < ps.size()) {
      const int complement = type_plain(ps, of_at + 1, units_end);
      for (Role& r : out_[static_cast<std::size_t>(person)].roles) {
        if (r.of < 0) r.of = complement;
      }
    }
  }

  // Where a title's complement ends: after the last keyword head ("... Central
  // Committee") with its of-phrase, or after one lexicon name ("to Malaysia"),
  // before honorifics, titles and the person's name.
  std::size_t complement_end(const std::vector<Piece>& ps, std::size_t k) const {
    std::size_t run_end = k;
    while (run_end < ps.size() && ps[run_end].kind != PieceKind::kHonorific &&
           ps[run_end].kind != PieceKind::kTitle && ps[run_end].kind != PieceKind::kAcronym) {
      ++run_end;
    }
    if (k >= run_end) return k;
    std::size_t last_kw = run_end;
    for (std::size_t q = k; q < run_end; ++q) {
      if (ps[q].keyword || ps[q].kind == PieceKind::kNamed) last_kw = q;
    }
    if (last_kw == run_end) {
      if (is_entity_piece(ps[k])) return k + 1;
      return run_end;
    }
    std::size_t ce = last_kw + 1;
    while (ce + 1 < run_end && ps[ce].kind == PieceKind::kConnector && ps[ce].canonical == "of") {
      ce += 2;
      while (ce < run_end && ps[ce].kind == PieceKind::kWord && !ps[ce - 1].keyword &&
             ce + 1 < run_end && ps[ce + 1].kind == PieceKind::kWord && ps[ce].keyword) {
        ++ce;
      }
    }
    return ce;
  }

  // Types a run with no titles; returns the index of the (last) mention added, or -1.
  int type_plain(const std::vector<Piece>& ps, std::size_t a, std::size_t b,
                 EntityType fallback = EntityType::kOther) {
    while (a < b && ps[a].kind == PieceKind::kConnector) ++a;
    while (b > a &&
           (ps[b - 1].kind == PieceKind::kConnector || ps[b - 1].kind == PieceKind::kAcronym))
      --b;
    if (a >= b) return -1;
    if (fallback == EntityType::kOther) {
      // "Sohar Ventures of Oman": a company's name, then the country it is
      // based in.
      if (const std::size_t of = company_of_country(ps, a, b); of < b) {
        const int company =
            add_simple(MentionKind::kName, ps[a].begin, ps[of - 1].end, EntityType::kOrganization);
        const int country = type_plain(ps, of + 1, b);
        if (company >= 0 && country >= 0)
          out_[static_cast<std::size_t>(company)].roles.push_back({"based", "in", country});
        return company;
      }
      // "David Baker of the University of Washington": the person, then the
      // organisation (or country) the name is "of"; the caller's roles go
      // to the person.
      if (const std::size_t of = of_complement(ps, a, b); of < b) {
        const int person =
            add_simple(MentionKind::kName, ps[a].begin, ps[of - 1].end, EntityType::kPerson);
        out_[static_cast<std::size_t>(person)].type_guessed = true;
        type_plain(ps, of + 1, b);
        return person;
      }
    }
    std::size_t tb = ps[a].begin, te = ps[b - 1].end;
    if (b - a == 1 && is_entity_piece(ps[a])) {
      MentionKind kind =
          ps[a].kind == PieceKind::kDemonym ? MentionKind::kModifier : MentionKind::kName;
      return add_simple(kind, tb, te, ps[a].type, ps[a].canonical);
    }
    // Head keyword: the last one before the first of/on/for, else the last one.
    std::optional<std::size_t> head;
    for (std::size_t q = a; q < b; ++q) {
      if (ps[q].kind == PieceKind::kConnector && ps[q].canonical != "and" &&
          ps[q].canonical != "the" && head)
        break;
      if (ps[q].keyword) head = q;
    }
    if (head) {
      EntityType type = *ps[*head].keyword;
      if (ps[a].kind == PieceKind::kNumber && is_ordinal(ps[a].canonical))
        type = EntityType::kEvent;
      MentionKind kind =
          type == EntityType::kOther ? MentionKind::kRelationNoun : MentionKind::kName;
      const int named = add_simple(kind, tb, te, type);
      // "the Peruvian Embassy": the demonym opening an organisation's name is
      // also a mention of its country, inside the name.
      if (type == EntityType::kOrganization && ps[a].kind == PieceKind::kDemonym && *head > a)
        add_simple(MentionKind::kModifier, ps[a].begin, ps[a].end, ps[a].type, ps[a].canonical);
      return named;
    }
    // "Jordan Asamoah", "Chad Smith": a country's name that is also a given
    // name, then one plain name word, is a person's name ("Uganda Ruth
    // Otieno" is a country and a name).
    if (fallback == EntityType::kOther && ps[a].kind == PieceKind::kCountry &&
        ps[a].end == ps[a].begin + 1 && b - a == 2 &&
        std::all_of(ps.begin() + static_cast<long>(a) + 1, ps.begin() + static_cast<long>(b),
                    [&](const Piece& p) {
                      return p.kind == PieceKind::kWord && !p.keyword &&
                             is_name_word(t_[p.begin]) && !is_acronym(p.canonical);
                    })) {
      const int person =
          add_simple(MentionKind::kName, ps[a].begin, ps[b - 1].end, EntityType::kPerson);
      out_[static_cast<std::size_t>(person)].type_guessed = true;
      return person;
    }
    // Leading lexicon names each become their own mention ("Vietnam Malaysia
    // ..."). A loop, not a call per name: a capitalised run may be thousands
    // of names long. Removing a name from the front cannot create a head
    // keyword, so `head` stays unset.
    int last = -1;
    while (a < b && is_entity_piece(ps[a])) {
      last = add_simple(
          ps[a].kind == PieceKind::kDemonym ? MentionKind::kModifier : MentionKind::kName,
          ps[a].begin, ps[a].end, ps[a].type, ps[a].canonical);
      ++a;
      while (a < b && ps[a].kind == PieceKind::kConnector) ++a;
    }
    if (a >= b) return last;
    tb = ps[a].begin;
    bool has_connector = false, all_words = true;
    std::size_t name_words = 0;  // capitalised words, particles ("da", "von der") aside
    for (std::size_t q = a; q < b; ++q) {
      if (ps[q].kind == PieceKind::kConnector)
        has_connector = true;
      else if (ps[q].kind != PieceKind::kWord)
        all_words = false;
      else if (is_name_word(t_[ps[q].begin]))
        ++name_words;
    }
    EntityType type = fallback;
    if (fallback == EntityType::kOther && all_words && !has_connector && name_words >= 2 &&
        name_words <= 5) {
      type = EntityType::kPerson;
    }
    if (b - a == 1 && ps[a].kind == PieceKind::kWord && is_acronym(ps[a].canonical) &&
        fallback == EntityType::kOther) {
      type = EntityType::kOrganization;
    }
    const int rest = add_simple(MentionKind::kName, tb, te, type);
    out_[static_cast<std::size_t>(rest)].type_guessed =
        type == EntityType::kPerson && fallback == EntityType::kOther;
    return rest >= 0 ? rest : last;
  }

  // Where pieces [a, b) are a person's name of two to four plain words, then
  // "of" and an organisation or a country ("Miguel Gomes of Portugal"): the
  // index of the "of" piece; b otherwise. A name whose words head an
  // organisation ("Central Bank of Nigeria") is not a person's.
  std::size_t of_complement(const std::vector<Piece>& ps, std::size_t a, std::size_t b) const {
    std::size_t of = a;
    while (of < b && ps[of].kind == PieceKind::kWord && !ps[of].keyword &&
           is_name_word(t_[ps[of].begin]))
      ++of;
    if (of - a < 2 || of - a > 4 || of + 1 >= b || ps[of].kind != PieceKind::kConnector ||
        ps[of].canonical != "of")
      return b;
    return names_organisation_or_country(ps, of + 1, b) ? of : b;
  }

  // Where pieces [a, b) are a company's name ending in a company word after
  // a word of its own ("Sohar Ventures", not "Holdings"), then "of" and one
  // country: the index of the "of" piece; b otherwise. ("Bank of Oman" and
  // "Ministry of Oman" end in no company word.)
  std::size_t company_of_country(const std::vector<Piece>& ps, std::size_t a, std::size_t b) const {
    std::size_t of = a;
    while (of < b && ps[of].kind == PieceKind::kWord && is_name_word(t_[ps[of].begin])) ++of;
    if (of - a < 2 || of + 1 >= b || ps[of].kind != PieceKind::kConnector ||
        ps[of].canonical != "of" || !lex_.is_company_word(t_[ps[of - 1].begin].text))
      return b;
    std::size_t c = of + 1;
    if (ps[c].kind == PieceKind::kConnector && ps[c].canonical == "the") ++c;
    return c + 1 == b && ps[c].kind == PieceKind::kCountry ? of : b;
  }

  // True when pieces [a, b), after a leading "the", are one country or named
  // organisation, or a run with an organisation keyword.
  static bool names_organisation_or_country(const std::vector<Piece>& ps, std::size_t a,
                                            std::size_t b) {
    if (a < b && ps[a].kind == PieceKind::kConnector && ps[a].canonical == "the") ++a;
    if (a >= b) return false;
    if (b - a == 1 &&
        (ps[a].kind == PieceKind::kCountry ||
         (ps[a].kind == PieceKind::kNamed && ps[a].type == EntityType::kOrganization)))
      return true;
    return std::any_of(ps.begin() + static_cast<long>(a), ps.begin() + static_cast<long>(b),
                       [](const Piece& p) { return p.keyword == EntityType::kOrganization; });
  }

  // "(UMNO)" after a name becomes its acronym.
  std::size_t trailing_acronym(std::size_t j) {
    if (j + 2 < t_.size() && t_[j].text == "(" && is_acronym(t_[j + 1].text)) {
      std::size_t close = j + 2;
      if (close < t_.size() && is_year(t_[close].text)) ++close;
      if (close < t_.size() && t_[close].text == ")" && !out_.empty()) {
        out_.back().acronym = t_[j + 1].text;
        return close + 1;
      }
    }
    return j;
  }

  const Lexicon& lex_;
  const std::vector<Token>& t_;
  std::vector<Mention> out_;
  std::vector<Role> pending_;
  struct PluralTitle {
    std::string title;     // the singular ("justice")
    std::size_t next = 0;  // where the next name of the coordination starts
  } plural_title_;
  struct Located {
    int place = -1;        // the modifier mention of the place
    std::string relation;  // "based", "listed" ...
    std::size_t next = 0;  // the token a name must start at to take the role
  } located_;
  std::size_t pending_start_ = 0;
};

}  // namespace

namespace {

bool is_quote(const Token& t) { return t.text == "\"" || t.text == "'"; }

// A name wholly in quotation marks is the title of a work (a film, a book,
// a song: "the film "Anora"", "won for "The Tree of Life""), unless the
// words before name what it titles ("a programme titled "Our Shared
// Future"", "known as "the Iron Lady"") or it is a nickname inside a name.
void mark_quoted_titles(const std::vector<Token>& tokens, std::vector<Mention>& mentions) {
  for (Mention& m : mentions) {
    // A titled name ("Vietnamese leader To Lam") is a person, quoted or not.
    if (m.kind != MentionKind::kName || m.titled || m.span_begin == 0 || m.end >= tokens.size())
      continue;
    // The opening quote, before the title's article if it has one ("The Substance").
    std::size_t open = m.span_begin - 1;
    const std::string article = ascii_lower(tokens[open].text);
    if (open > 0 && (article == "the" || article == "a" || article == "an")) --open;
    if (!is_quote(tokens[open]) || tokens[m.end].text != tokens[open].text) continue;
    // Kemar "K-Roy" Douglas: a nickname between the words of a name.
    auto capitalised = [&](std::size_t k) {
      return k < tokens.size() && tokens[k].kind == TokenKind::kWord && is_capitalised(tokens[k]);
    };
    if (open >= 1 && capitalised(open - 1) && capitalised(m.end + 1)) continue;
    if (open >= 1) {
      std::size_t k = open - 1;
      if (tokens[k].text == "," && k > 0) --k;
      if (words::contains(words::kNamingWords, ascii_lower(tokens[k].text))) continue;
    }
    m.kind = MentionKind::kWork;
  }
}

}  // namespace

std::vector<Mention> MentionFinder::find(const std::vector<Token>& tokens) const {
  std::vector<Mention> mentions = SentenceScanner(lex_, tokens).run();
  read_type_evidence(lex_, tokens, mentions);
  mark_quoted_titles(tokens, mentions);
  add_described_names(tokens, mentions);
  return mentions;
}

AnalysedSentence MentionFinder::analyse(const Sentence& s, int index) const {
  AnalysedSentence a;
  a.sentence = s;
  a.index = index;
  a.tokens = tokenize(s.text);
  a.mentions = find(a.tokens);
  a.token_mention.assign(a.tokens.size(), -1);
  for (std::size_t m = 0; m < a.mentions.size(); ++m) {
    for (std::size_t k = a.mentions[m].span_begin; k < a.mentions[m].end && k < a.tokens.size();
         ++k) {
      if (a.token_mention[k] < 0) a.token_mention[k] = static_cast<int>(m);
    }
  }
  return a;
}

}  // namespace kg::extract
