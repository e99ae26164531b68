#include "extract/mentions/mention_finder.h"

#include <algorithm>
#include <array>
#include <optional>
#include <string_view>

#include "base/letters.h"
#include "base/utf8.h"
#include "extract/lexicon/word_lists.h"
#include "extract/mentions/definite_references.h"
#include "extract/mentions/described_names.h"
#include "extract/mentions/name_chunks.h"
#include "extract/mentions/name_shape.h"
#include "extract/mentions/quantity_spans.h"
#include "extract/mentions/quoted_names.h"
#include "extract/mentions/type_evidence.h"
#include "extract/text/word_shape.h"

namespace kg::extract {
namespace {

class SentenceScanner {
 public:
  SentenceScanner(const Lexicon& lex, const std::vector<Token>& tokens)
      : lex_(lex), t_(tokens), chunks_(lex, tokens) {}

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
    if (chunks_.plural_role_before_name(i)) {          // "EU Leaders Charles Michel"
      plural_title_ = {chunks_.singular_title(lower(i)), i + 1};
      return i + 1;
    }
    if (chunks_.starts_chunk(i)) {
      std::size_t j = chunks_.extend_chunk(i);
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
    while (j < t_.size() && j - i < 3 && is_capitalised(t_[j]) && !located_word(t_[j])) ++j;
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

  // "the Party chief", "the tournament", "the company", "both sides": a
  // definite description referring back (definite_references.h).
  std::size_t role_reference(std::size_t i) {
    const auto r = definite_reference(lex_, t_, i);
    if (!r) return 0;
    add_simple(MentionKind::kRoleRef, i, r->end, r->type, r->canonical);
    // "the Japanese animation studio": the demonym inside is a mention of
    // its country too.
    if (r->type == EntityType::kOrganization || r->type == EntityType::kPerson) {
      for (std::size_t k = i + 1; k + 1 < r->end; ++k) {
        if (auto d = lex_.match(t_, k, LexKind::kDemonym); d && d->length == 1)
          add_simple(MentionKind::kModifier, k, k + 1, EntityType::kCountry, d->canonical);
      }
    }
    return r->end - i;
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
    if (dash == std::string::npos || !is_capitalised(t_[i])) return 0;
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
    for (std::size_t k = i + 1; k < t_.size() && is_capitalised(t_[k]); ++k) {
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

  void interpret(std::size_t a, std::size_t b) {
    std::vector<Piece> ps = chunks_.pieces(a, b);
    for (auto [u0, u1] : chunks_.units(ps)) {
      if (u0 < u1)
        interpret_unit(std::vector<Piece>(ps.begin() + static_cast<long>(u0),
                                          ps.begin() + static_cast<long>(u1)));
    }
  }

  // The number of word pieces from k that name a government portfolio
  // (words::kPortfolios: "Finance", "Economic Affairs"), or 0.
  std::size_t portfolio_words(const std::vector<Piece>& ps, std::size_t k) const {
    for (std::size_t n = 2; n > 0; --n) {
      if (k + n > ps.size()) continue;
      bool words_only = true;
      for (std::size_t q = k; q < k + n; ++q)
        words_only = words_only && ps[q].kind == PieceKind::kWord;
      if (words_only &&
          words::contains(words::kPortfolios, ascii_lower(text(ps[k].begin, ps[k + n - 1].end))))
        return n;
    }
    return 0;
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
    if (start > lead + 1 && chunks_.is_entity_piece(ps[lead]) &&
        ps[lead].kind != PieceKind::kNamed &&
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
      // "Minister of Finance X", "Secretary of State X": a portfolio is part
      // of the title, not an organisation it is of.
      if (const std::size_t n = portfolio_words(ps, k); n > 0) {
        role.title += " of " + ascii_lower(text(ps[k].begin, ps[k + n - 1].end));
        roles.push_back(role);
        k += n;
        continue;
      }
      while (k < ps.size() && ps[k].kind == PieceKind::kConnector && ps[k].canonical == "the") ++k;
      std::size_t ce = chunks_.complement_end(ps, k);
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
          chunks_.names_organisation_or_country(ps, q + 1, name_end)) {
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
      if (const std::size_t of = chunks_.company_of_country(ps, a, b); of < b) {
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
      if (const std::size_t of = chunks_.of_complement(ps, a, b); of < b) {
        const int person =
            add_simple(MentionKind::kName, ps[a].begin, ps[of - 1].end, EntityType::kPerson);
        out_[static_cast<std::size_t>(person)].type_guessed = true;
        type_plain(ps, of + 1, b, EntityType::kOrganization);
        return person;
      }
    }
    std::size_t tb = ps[a].begin, te = ps[b - 1].end;
    if (b - a == 1 && chunks_.is_entity_piece(ps[a])) {
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
    while (a < b && chunks_.is_entity_piece(ps[a])) {
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

  // "(UMNO)" after a name becomes its acronym.
  std::size_t trailing_acronym(std::size_t j) {
    if (j + 2 < t_.size() && t_[j].text == "(" && is_acronym(t_[j + 1].text)) {
      std::size_t close = j + 2;
      if (close < t_.size() && is_year(t_[close].text)) ++close;
      if (close < t_.size() && t_[close].text == ")" && !out_.empty()) {
        // The name that ends before the bracket, not a demonym inside it
        // ("the Norwegian University of Science and Technology (NTNU)").
        Mention* named = &out_.back();
        for (Mention& m : out_) {
          if (m.end == j && m.kind == MentionKind::kName) named = &m;
        }
        named->acronym = t_[j + 1].text;
        return close + 1;
      }
    }
    return j;
  }

  const Lexicon& lex_;
  const std::vector<Token>& t_;
  NameChunks chunks_;
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

std::vector<Mention> MentionFinder::find(const std::vector<Token>& tokens) const {
  std::vector<Mention> mentions = SentenceScanner(lex_, tokens).run();
  join_nicknamed_names(tokens, mentions);
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
