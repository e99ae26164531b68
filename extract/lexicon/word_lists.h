// The closed-class word lists of the extractor, one list per concept, all in
// this file: prepositions, determiners, auxiliaries, pronouns, the
// connectors inside names, quantity words. Open lists (countries, titles,
// keywords, verbs) are data files loaded by Lexicon. Every word is lower case
// and compared exactly (contains()).
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <string_view>

namespace kg::extract::words {

// True when `word` is one of `list`.
template <std::size_t N>
constexpr bool contains(const std::array<std::string_view, N>& list, std::string_view word) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

// Prepositions that introduce a relation's object ("met with", "visited to").
inline constexpr std::array<std::string_view, 16> kPrepositions = {
    "with", "to",      "at",    "in",   "for", "on",      "from",    "by",
    "into", "against", "about", "over", "of",  "between", "towards", "toward"};

// Words after which a name is not its clause's subject: prepositions and the
// words that open a list or a comparison ("talks with X", "and X", "as X").
inline constexpr std::array<std::string_view, 28> kNotSubjectAfter = {
    "of",      "with",    "by",     "to",      "at",        "from",    "for",
    "between", "in",      "on",     "among",   "including", "and",     "as",
    "before",  "after",   "during", "despite", "amid",      "against", "without",
    "within",  "through", "into",   "under",   "over",      "about",   "towards"};

// Verbs of creation: whoever does them "with" a person shares the act
// ("co-founded X with Y": Y co-founded X too).
inline constexpr std::array<std::string_view, 10> kCreationVerbs = {
    "found", "co-found", "establish", "create",  "launch",
    "start", "form",     "build",     "develop", "design"};

// Nouns of the parts, owners and backers of an organisation: "X has five
// members: A, B ..." lists members of X.
inline constexpr std::array<std::string_view, 12> kMembershipNouns = {
    "member",   "shareholder", "subsidiary", "partner",   "founder",   "owner",
    "investor", "unit",        "division",   "affiliate", "signatory", "participant"};

// Verbs of giving: in their passive the one after "to" receives the subject
// ("the prize was awarded to X": X was awarded the prize).
inline constexpr std::array<std::string_view, 7> kGivingVerbs = {
    "give", "award", "grant", "present", "hand", "confer", "bestow"};

// Participles used as prepositions: "according to", "including X",
// "following talks"; a clause after ", including" is no action of its subject.
inline constexpr std::array<std::string_view, 7> kParticiplePrepositions = {
    "according", "including", "following", "excluding", "regarding", "concerning", "starting"};

// Articles, possessives and demonstratives before a noun.
inline constexpr std::array<std::string_view, 12> kDeterminers = {
    "the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "that", "those"};

// Determiners that pick out each member of a set.
inline constexpr std::array<std::string_view, 2> kDistributives = {"each", "every"};

// Offices of a company or organisation: written before a name with no
// organisation ("Chief executive X"), they are offices of the one
// organisation the sentence names. Any "chief ... officer" counts too (see
// is_corporate_office()).
inline constexpr std::array<std::string_view, 9> kCorporateOffices = {
    "chief executive", "chairman",   "chairwoman",         "chairperson",    "managing director",
    "founder",         "co-founder", "executive director", "general manager"};

// Offices of a state: written before a name with no country ("President X",
// "Defence Minister Y"), they are offices of the country the article is about.
// Any title ending in "minister" counts too (see is_national_office()).
inline constexpr std::array<std::string_view, 23> kNationalOffices = {"president",
                                                                      "vice president",
                                                                      "vice-president",
                                                                      "deputy president",
                                                                      "president-elect",
                                                                      "prime minister",
                                                                      "premier",
                                                                      "head of state",
                                                                      "head of government",
                                                                      "king",
                                                                      "queen",
                                                                      "crown prince",
                                                                      "emperor",
                                                                      "sultan",
                                                                      "emir",
                                                                      "chief justice",
                                                                      "attorney general",
                                                                      "secretary of state",
                                                                      "foreign secretary",
                                                                      "home secretary",
                                                                      "taoiseach",
                                                                      "tánaiste",
                                                                      "supreme leader"};

// Verbs (lemmas) of an entity's coming into or going out of existence: their
// date is a fact of the entity ("founded in 2009", "died in 2015"), where
// other verbs' dates are qualifiers.
inline constexpr std::array<std::string_view, 14> kLifeEventVerbs = {
    "found", "establish", "create", "set",   "launch", "form",     "start",
    "open",  "bear",      "die",    "close", "build",  "dissolve", "incorporate"};

// Auxiliary and modal verb forms.
inline constexpr std::array<std::string_view, 20> kAuxiliaries = {
    "has",  "have", "had",  "will", "would", "is",    "was",    "were", "are",   "be",
    "been", "did",  "does", "do",   "can",   "could", "should", "may",  "might", "must"};

// Words that end a noun phrase read from plain tokens: conjunctions,
// prepositions, relative words, auxiliaries and a few adverbs.
inline constexpr std::array<std::string_view, 54> kFunctionWords = {
    "and",  "or",      "but",   "nor",    "to",      "of",    "in",    "on",     "at",
    "by",   "for",     "with",  "from",   "into",    "as",    "that",  "which",  "who",
    "whom", "whose",   "where", "when",   "while",   "since", "after", "before", "during",
    "over", "between", "among", "about",  "against", "than",  "if",    "will",   "would",
    "can",  "could",   "shall", "should", "may",     "might", "must",  "is",     "are",
    "was",  "were",    "has",   "have",   "had",     "does",  "did",   "do",     "also"};

// Personal and possessive pronouns that refer to a person or organisation.
inline constexpr std::array<std::string_view, 12> kPronouns = {
    "he", "she", "his", "her", "him", "its", "their", "they", "them", "hers", "theirs", "it"};

// Lower-case words that may join the capitalised words of an organisation's
// or a place's name ("Ministry of Foreign Affairs", "Bank for International
// Settlements", "Trinidad and Tobago", "Marks & Spencer"). They end a
// person's name.
inline constexpr std::array<std::string_view, 6> kNameConnectors = {"of",  "the", "for",
                                                                    "and", "on",  "&"};

// Lower-case particles inside a name, alone or in a row, before a capitalised
// word ("Ursula von der Leyen", "Luiz Inácio Lula da Silva", "Ahmed bin Salem",
// "María de la Fuente", "Huis ten Bosch"). They are part of the name.
inline constexpr std::array<std::string_view, 27> kNameParticles = {
    "de",  "du",  "da",  "do",    "dos",  "das", "des", "del", "della",
    "di",  "la",  "le",  "los",   "las",  "van", "von", "der", "den",
    "ten", "ter", "bin", "binti", "bint", "ibn", "al",  "el",  "y"};

// Lower-case prefixes joined by a hyphen or an apostrophe to the capitalised
// part of a name: "al-Sisi", "el-Sharif", "ud-Din", "d'Ivoire".
inline constexpr std::array<std::string_view, 11> kNamePrefixes = {
    "al-", "el-", "ad-", "ar-", "as-", "ash-", "at-", "az-", "ud-", "d'", "l'"};

// Last parts of a hyphenated adjective that places what follows: "a
// Madrid-based label", "Frankfurt-listed Brauer", "the Lagos-born writer".
inline constexpr std::array<std::string_view, 5> kLocatedSuffixes = {
    "based", "listed", "headquartered", "registered", "born"};

// Heads of a prize's name that a field may follow: "Nobel Prize in Chemistry",
// "Gold Medal in Mathematics".
inline constexpr std::array<std::string_view, 3> kPrizeNouns = {"prize", "award", "medal"};

// Plural nouns for the two parties of a relation ("both sides", "the two
// countries").
inline constexpr std::array<std::string_view, 9> kPartyNouns = {
    "sides",       "countries", "nations",    "parties",  "leaders",
    "governments", "states",    "neighbours", "neighbors"};

// Common nouns a country is counted under ("ten countries, including X").
inline constexpr std::array<std::string_view, 5> kCountryNouns = {"country", "nation", "state",
                                                                  "member", "government"};

// Verbs (lemmas) of two parties acting together, which relate coordinated
// subjects ("A and B agreed to ...", "A and B signed ...").
inline constexpr std::array<std::string_view, 14> kJointActionVerbs = {
    "agree",   "pledge",  "declare",  "sign",    "decide", "vow",  "commit",
    "promise", "resolve", "reaffirm", "discuss", "hold",   "meet", "exchange"};

// Government portfolios, written after "Minister of" or "Secretary of" as
// part of the title ("Minister of Finance X", "Secretary of State Y").
inline constexpr std::array<std::string_view, 26> kPortfolios = {
    "state",           "finance",      "defence",          "defense",
    "interior",        "justice",      "health",           "education",
    "agriculture",     "trade",        "industry",         "energy",
    "labour",          "labor",        "transport",        "environment",
    "culture",         "tourism",      "economy",          "infrastructure",
    "foreign affairs", "home affairs", "economic affairs", "internal affairs",
    "foreign trade",   "public health"};

// Nouns of a relationship between two parties ("Vietnam-Malaysia relations",
// "cooperation between X and Y").
inline constexpr std::array<std::string_view, 13> kRelationshipNouns = {
    "relations",     "ties",    "relationship", "cooperation", "partnership",
    "collaboration", "trade",   "talks",        "friendship",  "links",
    "alliance",      "venture", "coalition"};

// Nouns of a visit ("his state visit to Malaysia").
inline constexpr std::array<std::string_view, 6> kVisitNouns = {"visit", "visits",      "trip",
                                                                "tour",  "state visit", "journey"};

// Verbs of denial: what is said under them is not stated ("denied reports
// that X had held talks with Y").
inline constexpr std::array<std::string_view, 5> kDenialVerbs = {"deny", "dismiss", "reject",
                                                                 "refute", "dispute"};

// Nouns of a meeting: the parties named around them ("a meeting between X
// and Y", "X's talks with Y") met.
inline constexpr std::array<std::string_view, 4> kMeetingNouns = {"meeting", "talks", "summit",
                                                                  "negotiations"};

// Nouns of a takeover: the one "by" acquired the one "of" ("the acquisition
// of X by Y", "Y's purchase of X", "X's takeover by Y").
inline constexpr std::array<std::string_view, 4> kTakeoverNouns = {"acquisition", "purchase",
                                                                   "takeover", "buyout"};

// Number words and their abbreviations after an amount ("3.4 billion", "52 mln").
inline constexpr std::array<std::string_view, 10> kMagnitudes = {
    "thousand", "million", "billion", "trillion", "bn", "mln", "m", "k", "tn", "mn"};

// Currency words and codes after an amount ("18 billion USD", "500 ringgit",
// "14.8 billion euros"), each with its ISO 4217 code. Words several
// currencies share ("pesos", "kroner", "francs") and words that are verbs too
// ("won") are left out.
struct Currency {
  std::string_view word;
  std::string_view code;
};
inline constexpr std::array<Currency, 21> kCurrencies = {{
    {"usd", "USD"},     {"dollars", "USD"}, {"dollar", "USD"},   {"eur", "EUR"},
    {"euros", "EUR"},   {"euro", "EUR"},    {"vnd", "VND"},      {"dong", "VND"},
    {"ringgit", "MYR"}, {"yen", "JPY"},     {"yuan", "CNY"},     {"renminbi", "CNY"},
    {"gbp", "GBP"},     {"pounds", "GBP"},  {"sterling", "GBP"}, {"rupees", "INR"},
    {"lira", "TRY"},    {"kronor", "SEK"},  {"rand", "ZAR"},     {"naira", "NGN"},
    {"rupiah", "IDR"},
}};

// The ISO code of a currency word or code (lower case), or "" for other words.
constexpr std::string_view currency_code(std::string_view word) {
  for (const Currency& c : kCurrencies) {
    if (c.word == word) return c.code;
  }
  return {};
}

// Verbs (lemmas) that report speech or thought: "X said Y ..." states what X
// said, not a relation between X and Y; "X said it would" speaks of X.
inline constexpr std::array<std::string_view, 25> kReportingVerbs = {
    "say",     "tell",        "add",     "state",   "claim",     "note",      "argue",
    "insist",  "warn",        "write",   "comment", "remark",    "explain",   "reply",
    "suggest", "acknowledge", "admit",   "stress",  "emphasise", "emphasize", "believe",
    "think",   "announce",    "confirm", "report"};

// Head nouns of public bodies: "Peru's Supreme Court" is the court of Peru
// and "the Peruvian Embassy" the embassy of Peru, where "Peru's Banco Andino"
// is a company based there.
inline constexpr std::array<std::string_view, 24> kPublicBodies = {
    "ministry",     "department", "court",    "tribunal",   "commission", "authority",
    "agency",       "unit",       "council",  "parliament", "assembly",   "senate",
    "congress",     "police",     "army",     "navy",       "bureau",     "directorate",
    "inspectorate", "regulator",  "watchdog", "office",     "embassy",    "consulate"};

// Reporting verbs that also take a named direct object: the one addressed
// ("told Reuters", "warned Spain") or the thing reported on ("admitted
// Finland", "announced the Lyra Prize", "claims the Spratly Islands"),
// unlike "said".
inline constexpr std::array<std::string_view, 8> kObjectReportingVerbs = {
    "tell", "warn", "admit", "announce", "confirm", "acknowledge", "report", "claim"};

// Verbs (lemmas) whose "by" is a particle, not a passive's agent ("stood by
// the decision", "stopped by the office").
inline constexpr std::array<std::string_view, 10> kByParticleVerbs = {
    "stand", "stop", "pass", "go", "come", "drop", "abide", "live", "swear", "get"};

// Words that negate a verb group.
inline constexpr std::array<std::string_view, 4> kNegations = {"not", "never", "n't", "no"};

// Forms of "be" that make a passive with a participle ("was signed by").
inline constexpr std::array<std::string_view, 8> kFormsOfBe = {"be",   "is",   "are",   "was",
                                                               "were", "been", "being", "am"};

// Words before a quoted name that say it names the thing before them ("a
// programme titled "Our Shared Future"", "known as "the Iron Lady""): the
// quoted name is then that thing's name, not a work's title.
inline constexpr std::array<std::string_view, 7> kNamingWords = {
    "titled", "entitled", "called", "named", "dubbed", "as", "nicknamed"};

// Adverbs that may stand inside a verb group without changing who did what
// ("was also defeated by", "has already visited"); "-ly" adverbs are
// recognised by their ending.
inline constexpr std::array<std::string_view, 9> kVerbGroupAdverbs = {
    "also", "already", "then", "still", "again", "once", "twice", "just", "now"};

// Words before "to be" in a verb group that leave who acts to the by-agent:
// "needs to be approved by X", "is expected to be signed by X".
inline constexpr std::array<std::string_view, 7> kPassiveLeadIns = {
    "need", "needs", "due", "expected", "set", "likely", "going"};

// Words that count or quantify a frequency or duration phrase ("every two
// years", "each week"); its units are kTimeUnitNouns.
inline constexpr std::array<std::string_view, 11> kDurationWords = {
    "every", "each", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"};

// Units of time that measure how long before or after something happened
// ("a day after X", "three weeks after Y").
inline constexpr std::array<std::string_view, 14> kTimeUnitNouns = {
    "minute", "minutes", "hour",   "hours", "day",   "days",   "week",
    "weeks",  "month",   "months", "year",  "years", "decade", "decades"};

// Days of the week, capitalised as written.
inline constexpr std::array<std::string_view, 7> kWeekdays = {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

// Words of a time phrase after a verb ("said on Tuesday", "said last week"),
// lower case; weekdays are kWeekdays.
inline constexpr std::array<std::string_view, 11> kTimeWords = {
    "today", "yesterday", "tomorrow", "earlier", "later", "last",
    "next",  "week",      "month",    "year",    "this"};

// Nouns of events and agreements by kind. "the N" refers back to a named
// event or agreement (unless N is also a thing one holds: "presented the
// trophy to X"), the latest whose name holds N, else the most mentioned
// whose name holds a noun of N's kind: "the tournament" for the West
// African Nations Trophy, "the festival" for the Cannes Film Festival, "the
// pact" for the Reciprocal Access Agreement.
struct EventNoun {
  std::string_view noun;
  std::string_view kind;
  bool refers = true;  // "the N" refers to a named event or agreement
};
inline constexpr std::array<EventNoun, 30> kEventNouns = {{
    {"tournament", "contest"},    {"competition", "contest"}, {"championship", "contest"},
    {"championships", "contest"}, {"cup", "contest", false},  {"trophy", "contest", false},
    {"games", "contest"},         {"election", "election"},   {"elections", "election"},
    {"poll", "election"},         {"referendum", "election"}, {"summit", "meeting"},
    {"conference", "meeting"},    {"congress", "meeting"},    {"forum", "meeting"},
    {"festival", "festival"},     {"trial", "trial"},         {"prize", "prize"},
    {"award", "prize"},           {"awards", "prize", false}, {"medal", "prize", false},
    {"earthquake", "quake"},      {"quake", "quake"},         {"earthquakes", "quake"},
    {"agreement", "agreement"},   {"pact", "agreement"},      {"deal", "agreement"},
    {"accord", "agreement"},      {"treaty", "agreement"},    {"accords", "agreement"},
}};

// Whether nouns of this kind name agreements (else events).
constexpr bool agreement_kind(std::string_view kind) { return kind == "agreement"; }

// The kind of an event noun (kEventNouns), or "".
constexpr std::string_view event_noun_kind(std::string_view noun) {
  for (const EventNoun& e : kEventNouns) {
    if (e.noun == noun) return e.kind;
  }
  return {};
}

// Whether "the <noun>" refers back to a named event.
constexpr bool refers_to_event(std::string_view noun) {
  for (const EventNoun& e : kEventNouns) {
    if (e.noun == noun) return e.refers;
  }
  return false;
}

}  // namespace kg::extract::words
