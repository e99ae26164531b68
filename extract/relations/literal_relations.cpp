#include "extract/relations/literal_relations.h"

#include <array>

#include "extract/lexicon/word_lists.h"
#include "extract/relations/sentence_view.h"
#include "extract/text/word_shape.h"

namespace kg::extract {
namespace {

constexpr std::size_t kMaxNouns = 3;  // "reported net profit of", "total funding of"
constexpr double kConfidence = 0.7;

// Life-event verbs that take an object: only their passive dates a subject.
constexpr std::array<std::string_view, 10> kTransitiveLifeEvents = {
    "found", "establish", "create", "set",         "launch",
    "form",  "start",     "build",  "incorporate", "dissolve"};

// Particles that complete a verb before its preposition ("set up in").
constexpr std::array<std::string_view, 3> kParticles = {"up", "out", "down"};

class Reader {
 public:
  Reader(const SentenceView& v, std::vector<RawRelation>& out)
      : v_(v), lex_(v.context().lexicon), out_(out) {}

  void literal(const Mention& m) {
    if (m.entity < 0 || m.span_begin < 2) return;
    const bool date = m.kind == MentionKind::kDate;
    std::size_t k = m.span_begin;  // scans leftwards: tokens [k, span_begin) read so far
    std::string tail;              // "in", "revenue of", "up in"
    if (words::contains(words::kPrepositions, v_.word(k - 1))) tail = v_.word(--k);
    if (date && tail != "in" && tail != "on") return;
    if (tail == "of" || tail.empty()) {
      for (std::size_t n = 0; n < kMaxNouns && k > 1 && noun(k - 1); ++n) {
        tail = v_.word(k - 1) + (tail.empty() ? "" : " " + tail);
        --k;
      }
      if (tail == "of") return;  // "the city of 2009"
    }
    if (k > 1 && words::contains(kParticles, v_.word(k - 1))) tail = v_.word(--k) + " " + tail;
    if (k == 0) return;
    const std::size_t verb = k - 1;
    const std::string w = v_.word(verb);
    const auto lemma = lex_.verb_lemma(w);
    if (!lemma || v_.mention_at(verb) || words::contains(words::kAuxiliaries, w) ||
        words::contains(words::kFormsOfBe, w))
      return;
    if (date && (!words::contains(words::kLifeEventVerbs, *lemma) || !has_year(m))) return;
    if (!finite(verb, w, *lemma)) return;
    // Auxiliaries and adverbs before the verb: "has also raised", "was founded".
    std::size_t g = verb;
    while (g > 0 && (words::contains(words::kAuxiliaries, v_.word(g - 1)) ||
                     words::contains(words::kFormsOfBe, v_.word(g - 1)) ||
                     v_.word(g - 1) == "also" || v_.word(g - 1) == "been"))
      --g;
    // "X was founded in 1990"; in "the company he founded in 1990" the date
    // is the company's, the relative clause's gap.
    bool passive = false;
    for (std::size_t i = g; i < verb; ++i)
      passive = passive || words::contains(words::kFormsOfBe, v_.word(i)) || v_.word(i) == "been";
    if (date && !passive && words::contains(kTransitiveLifeEvents, *lemma)) return;
    const int subject = subject_before(g);
    if (subject < 0 || !literal_holder(v_.type(subject))) return;
    std::string predicate = w;
    if (!tail.empty()) predicate += " " + tail;
    v_.add(out_, subject, predicate, m.entity, kConfidence);
  }

 private:
  // "raised", "raises", "will raise", "to raise"; not "trade" or "raising".
  bool finite(std::size_t i, const std::string& w, const std::string& lemma) const {
    if (lex_.is_past_form(w)) return true;
    if (w != lemma) return w.ends_with("s") && !w.ends_with("ing");
    const std::string prev = i > 0 ? v_.word(i - 1) : "";
    return prev == "to" || words::contains(words::kAuxiliaries, prev);
  }

  // "in 2009", "on 20 October 2024"; not "on Sunday" or "in January".
  static bool has_year(const Mention& m) {
    std::size_t start = 0;
    while (start < m.canonical.size()) {
      std::size_t end = m.canonical.find_first_of(" ,", start);
      if (end == std::string::npos) end = m.canonical.size();
      if (is_year(std::string_view(m.canonical).substr(start, end - start))) return true;
      start = end + 1;
    }
    return false;
  }

  // A word that is no past form, function word or mention: "revenue".
  bool noun(std::size_t i) const {
    const std::string w = v_.word(i);
    if (w.empty() || v_.mention_at(i) || v_.sentence().tokens[i].kind != TokenKind::kWord)
      return false;
    if (SentenceView::is_function_word(w) || words::contains(words::kDeterminers, w) ||
        words::contains(words::kAuxiliaries, w) || words::contains(words::kFormsOfBe, w))
      return false;
    return !lex_.is_past_form(w);
  }

  // The entity the verb group starting at token g is said of.
  int subject_before(std::size_t g) const {
    // "Acme, which raised ...": the name before the comma.
    if (g >= 2 && (v_.is(g - 1, "which") || v_.is(g - 1, "who")) && v_.is(g - 2, ",")) {
      const Mention* m = v_.mention_at(g - 3);
      return m && m->end == g - 2 ? m->entity : -1;
    }
    // "she died in 2015": a pronoun right before.
    if (g >= 1) {
      if (const Mention* p = v_.mention_at(g - 1); p && p->kind == MentionKind::kPronoun)
        return p->entity;
    }
    return v_.subject(g);
  }

  static bool literal_holder(EntityType t) {
    return t != EntityType::kDate && t != EntityType::kMoney;
  }

  const SentenceView& v_;
  const Lexicon& lex_;
  std::vector<RawRelation>& out_;
};

}  // namespace

void LiteralRelations::extract(const DocumentContext& ctx, const AnalysedSentence& s,
                               std::vector<RawRelation>& out) const {
  SentenceView v(ctx, s);
  Reader reader(v, out);
  for (const Mention& m : s.mentions) {
    if (m.kind == MentionKind::kDate || m.kind == MentionKind::kMoney) reader.literal(m);
  }
}

}  // namespace kg::extract
