#include "extract/mentions/described_names.h"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>

#include "base/letters.h"
#include "extract/lexicon/word_lists.h"
#include "extract/mentions/name_shape.h"

namespace kg::extract {
namespace {

// Words that say which election a text means.
constexpr std::array<std::string_view, 22> kElectionModifiers = {
    "general",   "presidential",  "parliamentary", "legislative", "local",  "regional",
    "municipal", "national",      "federal",       "provincial",  "snap",   "early",
    "mid-term",  "midterm",       "run-off",       "runoff",      "repeat", "leadership",
    "primary",   "gubernatorial", "mayoral",       "senate"};

// Words that say which agreement a text means ("a free trade agreement",
// "the peace deal").
constexpr std::array<std::string_view, 8> kAgreementTopics = {
    "free", "trade", "peace", "ceasefire", "cease-fire", "nuclear", "climate", "arms"};

// "last month's", "this year's": the words of a time before a possessive,
// ending at token `end` (the possessive); their first token, or `end`.
std::size_t time_possessive(const std::vector<Token>& t, std::size_t end) {
  if (end < 2 || t[end].kind != TokenKind::kPossessive) return end;
  const std::string unit = ascii_lower(t[end - 1].text);
  static constexpr std::array<std::string_view, 4> kUnits = {"week", "month", "year", "weekend"};
  const std::string before = ascii_lower(t[end - 2].text);
  if (words::contains(kUnits, unit) && (before == "last" || before == "this" || before == "next"))
    return end - 2;
  return end;
}

bool lower_word(const Token& t) { return t.kind == TokenKind::kWord && !is_capitalised(t); }

// The first token of the election described by the words before the head
// at `head` ("presidential election"), or `head` when none says which.
std::size_t election_start(const std::vector<Token>& t, std::size_t head) {
  std::size_t start = head;
  while (start > 0 && lower_word(t[start - 1]) &&
         words::contains(kElectionModifiers, ascii_lower(t[start - 1].text)))
    --start;
  if (start == head || start == 0) return start;
  const std::size_t time = time_possessive(t, start - 1);
  return time != start - 1 ? time : start;
}

// The first token of "free trade agreement", "peace deal"; `head` if none.
std::size_t agreement_start(const std::vector<Token>& t, std::size_t head) {
  std::size_t start = head;
  while (start > 0 && lower_word(t[start - 1]) &&
         words::contains(kAgreementTopics, ascii_lower(t[start - 1].text)))
    --start;
  // "free" alone says nothing of the agreement ("a free deal").
  if (start + 1 == head && ascii_lower(t[start].text) == "free") return head;
  return start;
}

// The first token of "best actress award", "special award"; `head` if none.
std::size_t award_start(const std::vector<Token>& t, std::size_t head) {
  if (head > 0 && ascii_lower(t[head - 1].text) == "special") return head - 1;
  for (std::size_t k = head; k > 0 && head - k < 3;) {
    --k;
    if (!lower_word(t[k])) return head;
    if (ascii_lower(t[k].text) == "best") return k < head - 1 ? k : head;
  }
  return head;
}

// "the Antwerp criminal court": a place's name before a court noun (and the
// words that say which court) becomes the court's name.
void name_courts(const std::vector<Token>& tokens, const std::vector<bool>& covered,
                 std::vector<Mention>& mentions) {
  static constexpr std::array<std::string_view, 16> kCourtModifiers = {
      "criminal",  "civil",    "district",       "high",           "federal",  "appeals",
      "appellate", "military", "administrative", "constitutional", "regional", "commercial",
      "family",    "juvenile", "county",         "magistrates"};
  for (std::size_t k = 1; k < tokens.size(); ++k) {
    const std::string head = ascii_lower(tokens[k].text);
    if (covered[k] || !lower_word(tokens[k]) || (head != "court" && head != "tribunal")) continue;
    std::size_t j = k;
    while (j > 0 && k - j < 3 && lower_word(tokens[j - 1]) &&
           words::contains(kCourtModifiers, ascii_lower(tokens[j - 1].text)))
      --j;
    for (Mention& m : mentions) {
      if (m.end != j || m.kind != MentionKind::kName || m.span_begin != m.begin || m.titled ||
          (m.type != EntityType::kPlace && m.type != EntityType::kOther))
        continue;
      // "ANTWERP - A court in ...": an article read as a name (after a
      // dateline) names no place.
      const std::string word = ascii_lower(m.text);
      if (word == "a" || word == "an" || word == "the") continue;
      m.end = k + 1;
      m.text = join_tokens(tokens, m.begin, k + 1);
      m.canonical.clear();
      m.type = EntityType::kOrganization;
      m.type_guessed = false;
      break;
    }
  }
}

// "the TRUST-TB trial", "the Ras Kemal deal": a name of no known type right
// before a noun of an event or agreement (kEventNouns) is that event's or
// agreement's name, the noun included, so that "the trial" or "the deal"
// later refers to it. A name known to be something else stays itself ("the
// NATO summit": NATO).
void name_by_event_noun(const std::vector<Token>& tokens, const std::vector<bool>& covered,
                        std::vector<Mention>& mentions) {
  for (Mention& m : mentions) {
    const std::size_t k = m.end;
    if (k >= tokens.size() || covered[k] || !lower_word(tokens[k]) ||
        m.kind != MentionKind::kName || m.span_begin != m.begin || m.titled ||
        (m.type != EntityType::kOther && !(m.type == EntityType::kPerson && m.type_guessed)))
      continue;
    const std::string noun = ascii_lower(tokens[k].text);
    const std::string_view kind = words::event_noun_kind(noun);
    if (kind.empty() || !words::refers_to_event(noun)) continue;
    // "the X trial results": the noun modifies the next one.
    if (k + 1 < tokens.size() && lower_word(tokens[k + 1]) &&
        words::event_noun_kind(ascii_lower(tokens[k + 1].text)).empty() &&
        tokens[k + 1].text.size() > 3 && ascii_lower(tokens[k + 1].text).ends_with("s"))
      continue;
    m.end = k + 1;
    m.text = join_tokens(tokens, m.begin, k + 1);
    m.canonical.clear();
    m.type = words::agreement_kind(kind) ? EntityType::kAgreement : EntityType::kEvent;
    m.type_guessed = false;
  }
}

}  // namespace

void add_described_names(const std::vector<Token>& tokens, std::vector<Mention>& mentions) {
  std::vector<bool> covered(tokens.size(), false);
  for (const Mention& m : mentions) {
    for (std::size_t k = m.span_begin; k < m.end && k < tokens.size(); ++k) covered[k] = true;
  }
  std::vector<Mention> found;
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    if (covered[k] || !lower_word(tokens[k])) continue;
    const std::string head = ascii_lower(tokens[k].text);
    std::size_t start = k;
    if (head == "election" || head == "elections" || head == "referendum") {
      start = election_start(tokens, k);
    } else if (head == "award" || head == "prize") {
      start = award_start(tokens, k);
    } else if (words::agreement_kind(words::event_noun_kind(head))) {
      start = agreement_start(tokens, k);
    }
    if (start == k || std::any_of(covered.begin() + static_cast<long>(start),
                                  covered.begin() + static_cast<long>(k), [](bool c) { return c; }))
      continue;
    Mention m;
    m.kind = MentionKind::kName;
    m.begin = m.span_begin = start;
    m.end = k + 1;
    m.text = join_tokens(tokens, start, k + 1);
    m.type = words::agreement_kind(words::event_noun_kind(head)) ? EntityType::kAgreement
                                                                 : EntityType::kEvent;
    found.push_back(std::move(m));
  }
  name_courts(tokens, covered, mentions);
  name_by_event_noun(tokens, covered, mentions);
  if (found.empty()) return;
  mentions.insert(mentions.end(), found.begin(), found.end());
  std::stable_sort(mentions.begin(), mentions.end(),
                   [](const Mention& a, const Mention& b) { return a.span_begin < b.span_begin; });
}

}  // namespace kg::extract
