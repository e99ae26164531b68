#include "kg/graph.h"

namespace kg {

std::string_view to_string(MentionRule rule) {
  switch (rule) {
    case MentionRule::kFirstMention:
      return "first mention";
    case MentionRule::kSameName:
      return "same name";
    case MentionRule::kFoldedName:
      return "case or diacritics";
    case MentionRule::kLexiconName:
      return "lexicon name";
    case MentionRule::kFullerName:
      return "fuller name";
    case MentionRule::kShortForm:
      return "short form";
    case MentionRule::kAcronym:
      return "acronym";
    case MentionRule::kPronoun:
      return "pronoun";
    case MentionRule::kRoleReference:
      return "role reference";
    case MentionRule::kDescription:
      break;
  }
  return "description";
}

std::optional<MentionRule> parse_mention_rule(std::string_view name) {
  for (MentionRule rule : kAllMentionRules) {
    if (to_string(rule) == name) return rule;
  }
  return std::nullopt;
}

}  // namespace kg
