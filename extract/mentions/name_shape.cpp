#include "extract/mentions/name_shape.h"

#include <string>

#include "base/letters.h"
#include "base/utf8.h"
#include "extract/lexicon/word_lists.h"

namespace kg::extract {

bool is_capitalised(const Token& t) { return starts_with_upper(t.text); }

bool is_prefixed_name(const Token& t) {
  if (t.kind != TokenKind::kWord) return false;
  for (std::string_view prefix : words::kNamePrefixes) {
    if (t.text.size() > prefix.size() && t.text.compare(0, prefix.size(), prefix) == 0)
      return starts_with_upper(std::string_view(t.text).substr(prefix.size()));
  }
  return false;
}

bool is_name_word(const Token& t) { return is_capitalised(t) || is_prefixed_name(t); }

std::size_t particles_before_name(const std::vector<Token>& tokens, std::size_t i) {
  constexpr std::size_t kMaxParticles = 3;  // "de la", "van der", "van de la" at most
  std::size_t k = i;
  while (k < tokens.size() && k - i < kMaxParticles &&
         words::contains(words::kNameParticles, tokens[k].text)) {
    ++k;
  }
  if (k == i || k >= tokens.size() || !is_name_word(tokens[k])) return 0;
  return k - i;
}

std::optional<LocatedWord> located_word(const Token& t) {
  const std::size_t dash = t.text.rfind('-');
  if (!t.is_hyphenated || dash == std::string::npos || dash == 0 || !is_capitalised(t))
    return std::nullopt;
  const std::string last = t.text.substr(dash + 1);
  if (!words::contains(words::kLocatedSuffixes, last)) return std::nullopt;
  return LocatedWord{t.text.substr(0, dash), last};
}

bool is_hyphenated_adjective(const Token& t) {
  const std::size_t dash = t.text.rfind('-');
  if (!t.is_hyphenated || dash == std::string::npos || !is_capitalised(t)) return false;
  const std::string_view last = std::string_view(t.text).substr(dash + 1);
  return !last.empty() && last.front() >= 'a' && last.front() <= 'z';
}

}  // namespace kg::extract
