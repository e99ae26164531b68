#include "extract/mentions/quoted_names.h"

#include <string>

#include "base/letters.h"
#include "extract/lexicon/word_lists.h"
#include "extract/mentions/name_shape.h"

namespace kg::extract {
namespace {

bool is_quote(const Token& t) { return t.text == "\"" || t.text == "'"; }

}  // namespace

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

// Winston "Count" Bellamy: a given name, a nickname in quotation marks and
// a surname are one person's name, written without the nickname (which
// stays in the text, inside the mention's span).
void join_nicknamed_names(const std::vector<Token>& tokens, std::vector<Mention>& mentions) {
  auto name_at = [&](std::size_t k) -> Mention* {
    for (Mention& m : mentions) {
      if (m.kind == MentionKind::kName && m.span_begin == k && m.begin == k) return &m;
    }
    return nullptr;
  };
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    Mention& given = mentions[i];
    const std::size_t open = given.end;
    if (given.kind != MentionKind::kName || given.end - given.begin != 1 ||
        open + 3 >= tokens.size() || !is_quote(tokens[open]))
      continue;
    // The nickname: one to three capitalised words between the quotes.
    std::size_t close = open + 1;
    while (close < tokens.size() && close < open + 4 && tokens[close].kind == TokenKind::kWord &&
           is_capitalised(tokens[close]))
      ++close;
    if (close == open + 1 || close + 1 >= tokens.size() || tokens[close].text != tokens[open].text)
      continue;
    Mention* surname = name_at(close + 1);
    if (!surname || surname->titled) continue;
    given.end = surname->end;
    given.text += " " + surname->text;
    given.canonical.clear();
    given.type = EntityType::kPerson;
    given.type_guessed = false;
    for (Mention& m : mentions) {
      if (&m != &given && m.span_begin > open && m.end <= given.end) m.end = 0;  // dropped below
    }
  }
  std::erase_if(mentions, [](const Mention& m) { return m.end == 0; });
}

}  // namespace kg::extract
