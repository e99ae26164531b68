#include "extract/mentions/name_chunks.h"

#include <algorithm>

#include "base/letters.h"
#include "extract/lexicon/word_lists.h"
#include "extract/mentions/name_shape.h"
#include "extract/mentions/quantity_spans.h"
#include "extract/text/word_shape.h"

namespace kg::extract {
std::string NameChunks::lower(std::size_t i) const { return ascii_lower(t_[i].text); }

bool NameChunks::sentence_initial(std::size_t i) const {
  if (i == 0) return true;
  const std::string& p = t_[i - 1].text;
  return p == "\"" || p == ":" || p == "(" || p == "'" || p == ";";
}

bool NameChunks::starts_chunk(std::size_t i) const {
  const Token& t = t_[i];
  if (is_ordinal(t.text) && i + 1 < t_.size() && is_capitalised(t_[i + 1])) return true;
  if (!is_capitalised(t)) {
    auto title = lex_.match(t_, i, LexKind::kTitle);
    return title && i + title->length < t_.size() && is_capitalised(t_[i + title->length]);
  }
  if (lex_.match(t_, i, LexKind::kCountry) || lex_.match(t_, i, LexKind::kNamedEntity)) return true;
  if (sentence_initial(i)) {
    if (lex_.is_stopword(t.text)) return false;
    // "Speaking at ...", "Born in ...", "Exports rose", "Trade grew": a
    // verb form opens the sentence; a base form before another capitalised
    // word ("Mark Ruiz", "Green Party") is a name's first word.
    const std::string w = ascii_lower(t.text);
    const auto lemma = lex_.verb_lemma(w);
    const bool name_follows = i + 1 < t_.size() && is_capitalised(t_[i + 1]);
    if (lemma && (w != *lemma || !name_follows) && !lex_.match(t_, i, LexKind::kTitle))
      return false;
  }
  return true;
}

std::size_t NameChunks::extend_chunk(std::size_t i) const {
  std::size_t j = i;
  if (is_ordinal(t_[j].text)) ++j;
  while (j < t_.size()) {
    if (j > i && located_word(t_[j])) break;  // "X and Madrid-based Y": Y is its own name
    if (j > i && plural_role_before_name(j)) break;
    if (auto m = lex_.match_any(t_, j)) {
      if (m->kind == LexKind::kMonth && j > i) break;
      bool lower_title = m->kind == LexKind::kTitle && !is_capitalised(t_[j]);
      std::size_t after = j + m->length;
      if (!lower_title || (after < t_.size() && is_capitalised(t_[after]))) {
        j = after;
        continue;
      }
      if (lower_title) break;
    }
    const Token& t = t_[j];
    if (is_capitalised(t) || (j > i && is_prefixed_name(t))) {
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
        j + 1 < t_.size() && is_capitalised(t_[j + 1]) && !lex_.match_any(t_, j + 1)) {
      ++j;
      continue;
    }
    // "Ana Ruiz of Tomas Vidal's party": the of-phrase owns what follows;
    // but "the Bank of England's governor": a keyword before "of" heads
    // one name, which owns it.
    if (w == "of" && owner_run_after(j + 1) && !lex_.keyword_type(t_[j - 1].text)) break;
    if (j > i && words::contains(words::kNameConnectors, w) && w != "the" && j + 1 < t_.size() &&
        !lex_.match(t_, j + 1, LexKind::kMonth) && !is_weekday(t_[j + 1].text) &&
        (is_capitalised(t_[j + 1]) ||
         (lower(j + 1) == "the" && j + 2 < t_.size() && is_capitalised(t_[j + 2])))) {
      j += lower(j + 1) == "the" ? 2 : 1;
      continue;
    }
    // "Ambassador to Kenya", "Ambassador to the Netherlands".
    if (w == "to" && j > i && lex_.is_title_word(t_[j - 1].text) && j + 1 < t_.size() &&
        (is_capitalised(t_[j + 1]) ||
         (lower(j + 1) == "the" && j + 2 < t_.size() && is_capitalised(t_[j + 2])))) {
      j += lower(j + 1) == "the" ? 2 : 1;
      continue;
    }
    if (t.text == "(" && j + 2 < t_.size() && is_acronym(t_[j + 1].text) && t_[j + 2].text == ")" &&
        j + 3 < t_.size() && is_capitalised(t_[j + 3]) && !lex_.match(t_, j + 3, LexKind::kMonth)) {
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

bool NameChunks::plural_role_before_name(std::size_t j) const {
  if (!is_capitalised(t_[j]) || j + 1 >= t_.size() || !is_capitalised(t_[j + 1]) ||
      (j > 0 && lower(j - 1) == "of"))  // "House of Representatives"
    return false;
  return is_plural_role_noun(lower(j));
}

bool NameChunks::is_plural_role_noun(const std::string& w) const {
  const std::string one = singular_noun(w);
  return !one.empty() && (lex_.is_role_noun(one) || !singular_title(w).empty());
}

std::string NameChunks::singular_title(const std::string& w) const {
  const std::string singular = singular_noun(w);
  if (singular.empty()) return {};
  const std::vector<Token> one = tokenize(singular);
  const auto title = lex_.match(one, 0, LexKind::kTitle);
  return title && title->length == 1 && one.size() == 1 ? one[0].text : std::string();
}

bool NameChunks::owner_run_after(std::size_t k) const {
  while (k < t_.size() && is_capitalised(t_[k])) ++k;
  return k < t_.size() && t_[k].kind == TokenKind::kPossessive;
}

std::vector<Piece> NameChunks::pieces(std::size_t a, std::size_t b) const {
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
        out.back().kind == PieceKind::kWord && is_capitalised(t_[out.back().begin]) &&
        is_capitalised(t_[p]) && lex_.keyword_type(t_[p].text) == EntityType::kOrganization) {
      best.reset();
    }
    // "Hassan Sheikh Mohamud": an honorific title between the words of one name.
    if (best && best->kind == LexKind::kTitle && best->length == 1 && inside_name(out, p, b)) {
      best.reset();
    }
    // "Premier League", "Chancellor College": a title word before the
    // keyword that heads a name is part of that name.
    if (best && best->kind == LexKind::kTitle && p + best->length < b &&
        t_[p + best->length].kind == TokenKind::kWord && is_capitalised(t_[p + best->length]) &&
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
    if (!is_capitalised(t_[p]) && words::contains(words::kNameConnectors, w)) {
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

bool NameChunks::inside_name(const std::vector<Piece>& before, std::size_t p, std::size_t b) const {
  return !before.empty() && before.back().kind == PieceKind::kWord && !before.back().keyword &&
         is_capitalised(t_[before.back().begin]) && lex_.match(t_, p, LexKind::kHonorific) &&
         p + 1 < b && is_name_word(t_[p + 1]);
}

bool NameChunks::is_entity_piece(const Piece& p) {
  return p.kind == PieceKind::kCountry || p.kind == PieceKind::kNamed ||
         p.kind == PieceKind::kDemonym;
}

std::vector<std::pair<std::size_t, std::size_t>> NameChunks::units(
    const std::vector<Piece>& ps) const {
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

bool NameChunks::one_organisation(const std::vector<Piece>& ps, std::size_t start,
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

std::size_t NameChunks::complement_end(const std::vector<Piece>& ps, std::size_t k) const {
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

std::size_t NameChunks::of_complement(const std::vector<Piece>& ps, std::size_t a,
                                      std::size_t b) const {
  std::size_t of = a;
  while (of < b && ps[of].kind == PieceKind::kWord && !ps[of].keyword &&
         is_name_word(t_[ps[of].begin]))
    ++of;
  if (of - a < 2 || of - a > 4 || of + 1 >= b || ps[of].kind != PieceKind::kConnector ||
      ps[of].canonical != "of")
    return b;
  if (names_organisation_or_country(ps, of + 1, b)) return of;
  // "John Jumper of Google DeepMind": two or more plain name words name the
  // organisation (one word may be a place or a person's: "Joan of Arc").
  std::size_t c = of + 1;
  if (ps[c].kind == PieceKind::kConnector && ps[c].canonical == "the") ++c;
  if (b - c < 2) return b;
  for (std::size_t q = c; q < b; ++q) {
    if (ps[q].kind != PieceKind::kWord || !is_name_word(t_[ps[q].begin])) return b;
  }
  return of;
}

std::size_t NameChunks::company_of_country(const std::vector<Piece>& ps, std::size_t a,
                                           std::size_t b) const {
  std::size_t of = a;
  while (of < b && ps[of].kind == PieceKind::kWord && is_name_word(t_[ps[of].begin])) ++of;
  if (of - a < 2 || of + 1 >= b || ps[of].kind != PieceKind::kConnector ||
      ps[of].canonical != "of" || !lex_.is_company_word(t_[ps[of - 1].begin].text))
    return b;
  std::size_t c = of + 1;
  if (ps[c].kind == PieceKind::kConnector && ps[c].canonical == "the") ++c;
  return c + 1 == b && ps[c].kind == PieceKind::kCountry ? of : b;
}

bool NameChunks::names_organisation_or_country(const std::vector<Piece>& ps, std::size_t a,
                                               std::size_t b) {
  if (a < b && ps[a].kind == PieceKind::kConnector && ps[a].canonical == "the") ++a;
  if (a >= b) return false;
  if (b - a == 1 && (ps[a].kind == PieceKind::kCountry ||
                     (ps[a].kind == PieceKind::kNamed && ps[a].type == EntityType::kOrganization)))
    return true;
  return std::any_of(ps.begin() + static_cast<long>(a), ps.begin() + static_cast<long>(b),
                     [](const Piece& p) { return p.keyword == EntityType::kOrganization; });
}

}  // namespace kg::extract
