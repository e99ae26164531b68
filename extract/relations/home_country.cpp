#include "extract/relations/home_country.h"

#include <map>

#include "extract/lexicon/word_lists.h"
#include "extract/relations/sentence_view.h"

namespace kg::extract {
namespace {

constexpr int kDatelineWeight = 2;     // a dateline's country counts as two mentions
constexpr int kDatelineSentences = 2;  // a dateline opens the first or second sentence

// The country entity of the dateline that opens sentence `s` ("JAKARTA, March
// 20 -" -> Indonesia), or -1.
int dateline_country(const DocumentContext& ctx, const AnalysedSentence& s) {
  SentenceView v(ctx, s);
  const std::size_t end = v.dateline_end();
  for (const Mention& m : s.mentions) {
    if (m.span_begin >= end) break;
    if (m.entity < 0) continue;
    const DocumentEntity& e = ctx.resolved.entities[static_cast<std::size_t>(m.entity)];
    if (e.type == EntityType::kCountry) return m.entity;
    if (auto country = ctx.lexicon.country_of_place(e.name)) {
      if (const int c = v.country_entity(*country); c >= 0) return c;
    }
  }
  return -1;
}

}  // namespace

int home_country(const DocumentContext& ctx) {
  std::map<int, int> counts;
  bool dateline_seen = false;  // only the document's opening dateline counts
  for (const AnalysedSentence& s : ctx.sentences) {
    for (const Mention& m : s.mentions) {
      if (m.entity < 0 || (m.kind != MentionKind::kName && m.kind != MentionKind::kModifier)) {
        continue;
      }
      if (ctx.resolved.entities[static_cast<std::size_t>(m.entity)].type == EntityType::kCountry)
        ++counts[m.entity];
    }
    if (!dateline_seen && s.index < kDatelineSentences) {
      const int c = dateline_country(ctx, s);
      if (c >= 0) counts[c] += kDatelineWeight;
      dateline_seen = SentenceView(ctx, s).dateline_end() > 0;
    }
  }
  int best = -1, first = 0, second = 0;
  for (const auto& [entity, n] : counts) {
    if (n > first) {
      second = first, first = n, best = entity;
    } else if (n > second) {
      second = n;
    }
  }
  return first > 0 && first >= 2 * second ? best : -1;
}

namespace {

std::string_view without_tenure(std::string_view title) {
  for (std::string_view prefix : {"former ", "outgoing ", "acting ", "interim "}) {
    if (title.starts_with(prefix)) title.remove_prefix(prefix.size());
  }
  return title;
}

}  // namespace

bool is_corporate_office(std::string_view title) {
  title = without_tenure(title);
  if (words::contains(words::kCorporateOffices, title)) return true;
  // "chief financial officer", "chief scientific officer".
  return title.starts_with("chief ") && title.ends_with(" officer");
}

bool is_national_office(std::string_view title) {
  title = without_tenure(title);
  if (words::contains(words::kNationalOffices, title)) return true;
  // "minister", "defence minister", "minister of finance"; not "chief minister"
  // or "first minister", who lead a region.
  const bool minister =
      title == "minister" || title.ends_with(" minister") || title.starts_with("minister of");
  return minister && !title.starts_with("chief ") && !title.starts_with("first ");
}

}  // namespace kg::extract
