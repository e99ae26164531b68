#include "extract/relations/joint_action.h"

#include <map>
#include <tuple>

#include "base/letters.h"
#include "extract/lexicon/word_lists.h"

namespace kg::extract {
namespace {

// Words a coordinated name may carry before it: "and the Philippines", "and
// Japanese trading house Koyo Metals".
constexpr std::size_t kMaxPremodifier = 4;

// True when tokens [a, b) are words other than conjunctions.
bool words_only(const AnalysedSentence& s, std::size_t a, std::size_t b) {
  for (std::size_t k = a; k < b; ++k) {
    const std::string w = ascii_lower(s.tokens[k].text);
    if (s.tokens[k].kind != TokenKind::kWord || w == "and" || w == "or") return false;
  }
  return true;
}

// True when entity `b` is named right after entity `a` in `s`, joined by
// "and" and at most a few premodifying words: "Japan and the Philippines".
bool coordinated(const AnalysedSentence& s, int a, int b) {
  for (std::size_t i = 0; i + 1 < s.mentions.size(); ++i) {
    const Mention& x = s.mentions[i];
    if (x.entity != a) continue;
    std::size_t k = x.end;
    if (k >= s.tokens.size() || ascii_lower(s.tokens[k].text) != "and") continue;
    ++k;
    for (const Mention& y : s.mentions) {
      if (y.entity == b && y.span_begin >= k && y.span_begin <= k + kMaxPremodifier &&
          words_only(s, k, y.span_begin)) {
        return true;
      }
    }
  }
  return false;
}

// The predicate of the pair, or "" when the action is not a joint one.
std::string joint_predicate(const DocumentContext& ctx, const RawRelation& r) {
  const DocumentEntity& object = ctx.resolved.entities[static_cast<std::size_t>(r.object)];
  if (object.type == EntityType::kAgreement) {
    const std::size_t space = object.name.rfind(' ');
    return r.predicate + " " +
           ascii_lower(space == std::string::npos ? object.name : object.name.substr(space + 1)) +
           " with";
  }
  // "have agreed to set up a joint venture in": up to the relationship noun.
  std::string words;
  std::size_t start = 0;
  while (start < r.predicate.size()) {
    std::size_t end = r.predicate.find(' ', start);
    if (end == std::string::npos) end = r.predicate.size();
    const std::string_view w(r.predicate.data() + start, end - start);
    words += (words.empty() ? "" : " ") + std::string(w);
    if (words::contains(words::kRelationshipNouns, w)) {
      // A noun that relates to the object itself: "held talks with Z".
      return end < r.predicate.size() && r.predicate.substr(end + 1) == "with" ? ""
                                                                               : words + " with";
    }
    start = end + 1;
  }
  return "";
}

}  // namespace

void add_joint_actions(const DocumentContext& ctx, std::vector<RawRelation>& raw) {
  // (sentence, predicate, object) -> the candidates' subjects, in order.
  std::map<std::tuple<int, std::string, int>, std::vector<std::size_t>> groups;
  for (std::size_t i = 0; i < raw.size(); ++i) {
    groups[{raw[i].sentence, raw[i].predicate, raw[i].object}].push_back(i);
  }
  std::vector<RawRelation> added;
  for (const auto& [key, members] : groups) {
    if (members.size() < 2) continue;
    const RawRelation& first = raw[members[0]];
    const std::string predicate = joint_predicate(ctx, first);
    if (predicate.empty()) continue;
    const AnalysedSentence& s = ctx.sentences[static_cast<std::size_t>(first.sentence)];
    for (std::size_t j = 1; j < members.size(); ++j) {
      const int a = first.subject, b = raw[members[j]].subject;
      if (a == b || !coordinated(s, a, b)) continue;
      RawRelation r;
      r.subject = a;
      r.predicate = predicate;
      r.object = b;
      r.symmetric = true;
      r.qualifiers = first.qualifiers;
      r.confidence = first.confidence * 0.9;
      r.sentence = first.sentence;
      added.push_back(std::move(r));
      break;
    }
  }
  for (RawRelation& r : added) append_relation(raw, std::move(r));
}

}  // namespace kg::extract
