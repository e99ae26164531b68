#include "extract/mentions/mention_records.h"

namespace kg::extract {

std::vector<std::vector<MentionRecord>> mention_records(
    const std::vector<AnalysedSentence>& sentences, std::size_t entities) {
  std::vector<std::vector<MentionRecord>> out(entities);
  for (const AnalysedSentence& s : sentences) {
    for (const Mention& m : s.mentions) {
      if (m.entity < 0 || static_cast<std::size_t>(m.entity) >= entities || m.end <= m.begin)
        continue;
      const bool reference = m.kind == MentionKind::kPronoun || m.kind == MentionKind::kRoleRef;
      const std::size_t first = s.tokens[reference ? m.span_begin : m.begin].start;
      const std::size_t last = s.tokens[m.end - 1].end;
      out[static_cast<std::size_t>(m.entity)].push_back(
          {s.sentence.text.substr(first, last - first), s.index, m.rule});
    }
  }
  return out;
}

}  // namespace kg::extract
