#include "extract/mentions/definite_references.h"

#include "base/letters.h"
#include "extract/lexicon/word_lists.h"
#include "extract/mentions/name_chunks.h"
#include "extract/mentions/name_shape.h"
#include "extract/text/word_shape.h"

namespace kg::extract {
namespace {

class ReferenceReader {
 public:
  ReferenceReader(const Lexicon& lex, const std::vector<Token>& tokens)
      : lex_(lex), t_(tokens), chunks_(lex, tokens) {}

  // "the Party chief", "the Vietnamese leader", "both sides", "the two countries".
  std::optional<DefiniteReference> reference(std::size_t i) const {
    std::string w = lower(i);
    if (w != "the" && w != "both") return std::nullopt;
    std::size_t k = i + 1;
    if (w == "the" && k < t_.size() && (lower(k) == "two" || lower(k) == "both")) ++k;
    // "the two ministers", "both presidents": a plural role noun too.
    if (k < t_.size() &&
        (words::contains(words::kPartyNouns, lower(k)) || chunks_.is_plural_role_noun(lower(k))) &&
        (k > i + 1 || w == "both")) {
      return DefiniteReference{k + 1, EntityType::kOther, "#pair"};
    }
    if (w != "the") return std::nullopt;
    if (auto r = organisation_reference(i)) return r;
    if (auto r = event_reference(i)) return r;
    std::string country;
    std::size_t mods = 0;
    // "The Secretary raised ...": a capitalised role noun heads the reference
    // when no name, preposition ("Ambassador to X") or role word follows it.
    auto capital_head = [&](std::size_t j) {
      return is_capitalised(t_[j]) && lex_.is_role_noun(t_[j].text) &&
             (j + 1 >= t_.size() ||
              (t_[j + 1].kind == TokenKind::kWord && !is_capitalised(t_[j + 1]) &&
               !words::contains(words::kPrepositions, lower(j + 1)) &&
               !lex_.is_role_noun(t_[j + 1].text)));
    };
    for (k = i + 1; k < t_.size() && mods < 2; ++k, ++mods) {
      if (lex_.is_role_noun(t_[k].text) && (!is_capitalised(t_[k]) || capital_head(k))) break;
      if (auto d = lex_.match(t_, k, LexKind::kDemonym); d && d->length == 1) {
        country = d->canonical;
        continue;
      }
      if (!is_capitalised(t_[k]) && lower(k) != "top" && lower(k) != "visiting")
        return std::nullopt;
    }
    if (k >= t_.size() || (is_capitalised(t_[k]) && !capital_head(k)) ||
        !lex_.is_role_noun(t_[k].text))
      return std::nullopt;
    if (k + 1 < t_.size() && (lower(k + 1) == "of" || is_capitalised(t_[k + 1])))
      return std::nullopt;
    // "the Lima sovereign wealth fund": the role noun modifies a noun after
    // it (a lower-case word that is no verb, function word or determiner).
    if (k + 1 < t_.size() && t_[k + 1].kind == TokenKind::kWord && !is_capitalised(t_[k + 1]) &&
        !lex_.verb_lemma(lower(k + 1)) && !lex_.is_stopword(lower(k + 1)) &&
        !words::contains(words::kFunctionWords, lower(k + 1)))
      return std::nullopt;
    return DefiniteReference{k + 1, EntityType::kPerson, country};
  }

  // "the tournament", "the 2024 festival", "the pact": a definite
  // description of an event or agreement by a noun of kEventNouns that refers, with at most a year
  // or a demonym before it ("the best actor award" names another award); not "the festival of ...",
  // nor a noun that modifies the next ("the festival director"). The canonical form is the noun.
  std::optional<DefiniteReference> event_reference(std::size_t i) const {
    std::size_t k = i + 1;
    for (std::size_t mods = 0; k < t_.size() && mods < 2; ++k, ++mods) {
      if (!is_capitalised(t_[k]) && words::refers_to_event(lower(k))) break;
      if (!is_number(t_[k].text) && !lex_.match(t_, k, LexKind::kDemonym)) return std::nullopt;
    }
    if (k >= t_.size() || is_capitalised(t_[k]) || !words::refers_to_event(lower(k)))
      return std::nullopt;
    if (k + 1 < t_.size() && (lower(k + 1) == "of" || is_capitalised(t_[k + 1])))
      return std::nullopt;
    if (k + 1 < t_.size() && t_[k + 1].kind == TokenKind::kWord && !lex_.verb_lemma(lower(k + 1)) &&
        !lex_.is_stopword(lower(k + 1)) && !words::contains(words::kFunctionWords, lower(k + 1)))
      return std::nullopt;
    const bool agreement = words::agreement_kind(words::event_noun_kind(lower(k)));
    return DefiniteReference{k + 1, agreement ? EntityType::kAgreement : EntityType::kEvent,
                             lower(k)};
  }

  // "the company", "the Spanish carrier", "the bloc": a definite description
  // of an organisation by a descriptor noun, with up to two lower-case or
  // demonym words before it; not "the company of ..." nor a noun that heads a
  // name ("the Bank Negara"). The canonical form is the noun.
  std::optional<DefiniteReference> organisation_reference(std::size_t i) const {
    std::size_t k = i + 1;
    for (std::size_t mods = 0; k < t_.size() && mods < 2; ++k, ++mods) {
      if (lex_.is_org_noun(t_[k].text) && !is_capitalised(t_[k])) break;
      const bool demonym = lex_.match(t_, k, LexKind::kDemonym).has_value();
      if (t_[k].kind != TokenKind::kWord || (is_capitalised(t_[k]) && !demonym))
        return std::nullopt;
    }
    if (k >= t_.size() || is_capitalised(t_[k]) || !lex_.is_org_noun(t_[k].text))
      return std::nullopt;
    if (k + 1 < t_.size() && (lower(k + 1) == "of" || is_capitalised(t_[k + 1])))
      return std::nullopt;
    return DefiniteReference{k + 1, EntityType::kOrganization, lower(k)};
  }

 private:
  std::string lower(std::size_t i) const { return ascii_lower(t_[i].text); }

  const Lexicon& lex_;
  const std::vector<Token>& t_;
  NameChunks chunks_;
};

}  // namespace

std::optional<DefiniteReference> definite_reference(const Lexicon& lexicon,
                                                    const std::vector<Token>& tokens,
                                                    std::size_t i) {
  return ReferenceReader(lexicon, tokens).reference(i);
}

}  // namespace kg::extract
