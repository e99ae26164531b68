#include "extract/relations/gapped_clauses.h"

#include <algorithm>
#include <string>

#include "extract/relations/sentence_view.h"
#include "extract/text/word_shape.h"

namespace kg::extract {
namespace {

struct Item {
  int entity = -1;
  std::string number;
};

// The items "Zeta 37 , Yota 35 and the Greens 12 ." from token k to the
// end of the sentence; empty unless every token after k belongs to one.
std::vector<Item> items_from(const SentenceView& v, std::size_t k) {
  std::vector<Item> out;
  while (k < v.size()) {
    if (v.is(k, "the")) ++k;
    const Mention* m = v.mention_at(k);
    if (!m || m->span_begin != k || !v.is_entity_name(m) || m->end >= v.size() ||
        !is_number(v.text(m->end)))
      return {};
    out.push_back({m->entity, v.text(m->end)});
    k = m->end + 1;
    if (k >= v.size() || v.is(k, ".") || v.is(k, ";")) {
      if (k + 1 < v.size()) return {};
      return out;
    }
    if (!v.is(k, ",") && !v.is(k, "and")) return {};
    ++k;
    if (v.is(k, "and")) ++k;
  }
  return {};
}

}  // namespace

void GappedClauses::extract(const DocumentContext& ctx, const AnalysedSentence& s,
                            std::vector<RawRelation>& out) const {
  SentenceView v(ctx, s);
  for (std::size_t c = 1; c < v.size(); ++c) {
    if (!v.is(c, ",")) continue;
    const std::vector<Item> items = items_from(v, c + 1);
    if (items.empty()) continue;
    // The first clause: a subject, and a number said of it.
    const int subject = v.subject(c);
    std::string number;
    for (std::size_t k = 0; k < c && number.empty(); ++k) {
      if (is_number(v.text(k)) && !v.mention_at(k)) number = v.text(k);
    }
    if (subject < 0 || number.empty()) return;
    auto listed = [&](int e) {
      return std::any_of(items.begin(), items.end(), [&](const Item& i) { return i.entity == e; });
    };
    std::vector<RawRelation> kept, copies;
    for (RawRelation& r : out) {
      if (r.sentence != s.index || r.subject != subject) {
        kept.push_back(std::move(r));
        continue;
      }
      if (listed(r.object)) continue;  // "Acme won Zeta": the list misread
      for (const Item& item : items) {
        RawRelation copy = r;
        copy.subject = item.entity;
        if (const auto at = copy.predicate.find(number); at != std::string::npos)
          copy.predicate.replace(at, number.size(), item.number);
        copy.confidence = r.confidence * 0.9;
        if (copy.subject != copy.object) copies.push_back(std::move(copy));
      }
      kept.push_back(std::move(r));
    }
    out = std::move(kept);
    out.insert(out.end(), copies.begin(), copies.end());
    return;
  }
}

}  // namespace kg::extract
