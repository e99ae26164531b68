#include "extract/lexicon/word_lists.h"

#include <doctest/doctest.h>

#include <cctype>
#include <set>
#include <string>

using namespace kg::extract;

namespace {

// Every entry is lower case (weekdays excepted) and listed once.
template <std::size_t N>
void check_list(const std::array<std::string_view, N>& list, bool lower = true) {
  std::set<std::string_view> seen;
  for (std::string_view w : list) {
    CHECK_FALSE(w.empty());
    CHECK(seen.insert(w).second);
    if (lower) {
      for (const char c : w) CHECK_FALSE(std::isupper(static_cast<unsigned char>(c)));
    }
  }
}

}  // namespace

TEST_CASE("currency words map to ISO codes") {
  std::set<std::string_view> seen;
  for (const auto& c : words::kCurrencies) {
    CHECK(seen.insert(c.word).second);
    CHECK(c.code.size() == 3);
    for (const char ch : c.word) CHECK_FALSE(std::isupper(static_cast<unsigned char>(ch)));
  }
  CHECK(words::currency_code("euros") == "EUR");
  CHECK(words::currency_code("dollar") == "USD");
  CHECK(words::currency_code("apples").empty());
}

TEST_CASE("word lists are lower case and without repeats") {
  check_list(words::kPrepositions);
  check_list(words::kNotSubjectAfter);
  check_list(words::kDeterminers);
  check_list(words::kDistributives);
  check_list(words::kAuxiliaries);
  check_list(words::kFunctionWords);
  check_list(words::kPronouns);
  check_list(words::kNameConnectors);
  check_list(words::kNameParticles);
  check_list(words::kNamePrefixes);
  check_list(words::kPrizeNouns);
  check_list(words::kReportingVerbs);
  check_list(words::kNationalOffices);
  check_list(words::kTimeWords);
  check_list(words::kLifeEventVerbs);
  check_list(words::kLocatedSuffixes);
  check_list(words::kPartyNouns);
  check_list(words::kRelationshipNouns);
  check_list(words::kVisitNouns);
  check_list(words::kMagnitudes);
  check_list(words::kWeekdays, false);
  check_list(words::kGivingVerbs);
  check_list(words::kDenialVerbs);
  check_list(words::kMeetingNouns);
  check_list(words::kTakeoverNouns);
  check_list(words::kNamingWords);
  check_list(words::kVerbGroupAdverbs);
  check_list(words::kDurationWords);
  check_list(words::kTimeUnitNouns);
  check_list(words::kCountryNouns);
  check_list(words::kJointActionVerbs);
  check_list(words::kPortfolios);
  check_list(words::kPassiveLeadIns);
}

TEST_CASE("contains compares whole words exactly") {
  CHECK(words::contains(words::kPrepositions, "with"));
  CHECK_FALSE(words::contains(words::kPrepositions, "With"));
  CHECK_FALSE(words::contains(words::kPrepositions, "wit"));
  CHECK(words::contains(words::kNameParticles, "von"));
  CHECK(words::contains(words::kVisitNouns, "state visit"));
  static_assert(words::contains(words::kWeekdays, "Monday"));
}

TEST_CASE("event nouns: each listed once, lower case, with a kind") {
  std::set<std::string_view> seen;
  for (const words::EventNoun& e : words::kEventNouns) {
    CHECK(seen.insert(e.noun).second);
    CHECK_FALSE(e.kind.empty());
    for (const char c : e.noun) CHECK_FALSE(std::isupper(static_cast<unsigned char>(c)));
  }
  CHECK(words::event_noun_kind("trophy") == words::event_noun_kind("tournament"));
  CHECK(words::event_noun_kind("festival") != words::event_noun_kind("tournament"));
  CHECK(words::event_noun_kind("banana").empty());
  CHECK(words::refers_to_event("tournament"));
  CHECK_FALSE(words::refers_to_event("trophy"));
  CHECK_FALSE(words::refers_to_event("banana"));
}
