#include "extract/mentions/quantity_spans.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "base/letters.h"
#include "base/utf8.h"
#include "extract/lexicon/word_lists.h"
#include "extract/text/word_shape.h"

namespace kg::extract {
namespace {

bool is_day_number(const Token& t) { return is_digits(t.text) && t.text.size() <= 2; }

}  // namespace

bool is_weekday(std::string_view word) { return words::contains(words::kWeekdays, word); }

std::optional<QuantitySpan> money_at(const std::vector<Token>& t, std::size_t i) {
  if (i >= t.size()) return std::nullopt;
  std::size_t k = i;
  const bool dollar = t[k].text == "$";
  if (dollar) ++k;
  if (k >= t.size() || !is_number(t[k].text)) return std::nullopt;
  std::string amount = t[k].text;
  ++k;
  if (k < t.size() && words::contains(words::kMagnitudes, ascii_lower(t[k].text)))
    amount += " " + ascii_lower(t[k++].text);
  std::string currency = "USD";
  if (!dollar) {
    if (k < t.size() && ascii_lower(t[k].text) == "us") ++k;
    if (k >= t.size()) return std::nullopt;
    const std::string_view code = words::currency_code(ascii_lower(t[k].text));
    if (code.empty()) return std::nullopt;
    currency = code;
    ++k;
  }
  return QuantitySpan{k, amount + " " + currency};
}

std::optional<QuantitySpan> date_at(const std::vector<Token>& t, std::size_t i,
                                    const Lexicon& lexicon) {
  if (i >= t.size()) return std::nullopt;
  auto month = [&](std::size_t k) {
    return k < t.size() && lexicon.match(t, k, LexKind::kMonth).has_value();
  };
  std::size_t k = i;
  if (is_day_number(t[k]) && month(k + 1)) {
    k += 2;
  } else if (month(k) && starts_with_upper(t[k].text)) {
    // "Jan De Clercq", "June Carter": a given name before a capitalised word.
    if (k + 1 < t.size() && t[k + 1].kind == TokenKind::kWord && starts_with_upper(t[k + 1].text) &&
        !month(k + 1) && !is_weekday(t[k + 1].text))
      return std::nullopt;
    ++k;
    if (k < t.size() && is_day_number(t[k])) ++k;
  } else if (is_year(t[k].text) || is_weekday(t[k].text)) {
    return QuantitySpan{i + 1, t[i].text};
  } else {
    return std::nullopt;
  }
  if (k + 1 < t.size() && t[k].text == "," && is_year(t[k + 1].text)) ++k;
  if (k < t.size() && is_year(t[k].text)) ++k;
  return QuantitySpan{k, join_tokens(t, i, k)};
}

}  // namespace kg::extract
