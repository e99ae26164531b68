#include "extract/relations/event_nouns.h"

#include <string>

#include "base/letters.h"
#include "extract/lexicon/word_lists.h"

namespace kg::extract {
namespace {

// The phrases around an event noun, by the part they play.
struct Parties {
  std::vector<int> owner;  // nmod:poss ("X's meeting")
  std::vector<int> of;     // "of X"
  std::vector<int> with;   // "with X", "between X and Y", "among ..."
  std::vector<int> by;     // "by X"
};

class Reader {
 public:
  Reader(const AnalysedSentence& s, const ClauseWords& words, const TreeView& tree, int offset,
         std::vector<RawRelation>& out)
      : s_(s), words_(words), tree_(tree), offset_(offset), out_(out) {}

  void run() {
    for (int n = 0; n < tree_.size(); ++n) {
      if (tree_.upos(n) != "NOUN") continue;
      const std::string noun = ascii_lower(std::string(tree_.form(n)));
      const bool meeting = words::contains(words::kMeetingNouns, noun);
      const bool takeover = words::contains(words::kTakeoverNouns, noun);
      if (!meeting && !takeover) continue;
      const Parties p = parties(n);
      if (meeting) met(p);
      if (takeover) acquired(p);
    }
  }

 private:
  Parties parties(int n) const {
    Parties p;
    for (int k : tree_.kids(n)) {
      if (tree_.label(k) == "nmod:poss") {
        add_entities(k, p.owner);
        continue;
      }
      if (!tree_.is(k, "nmod")) continue;
      const int c = tree_.case_word(k);
      if (c < 0) continue;
      if (tree_.form_is(c, "of")) add_entities(k, p.of);
      if (tree_.form_is(c, "with") || tree_.form_is(c, "between") || tree_.form_is(c, "among"))
        add_entities(k, p.with);
      if (tree_.form_is(c, "by")) add_entities(k, p.by);
    }
    return p;
  }

  // The entities a phrase headed by tree word h stands for.
  void add_entities(int h, std::vector<int>& out) const {
    for (int w : tree_.conjuncts(h)) {
      const auto token = static_cast<std::size_t>(w + offset_);
      const int m = token < words_.mention.size() ? words_.mention[token] : -1;
      if (m < 0) continue;
      const int e = s_.mentions[static_cast<std::size_t>(m)].entity;
      if (e >= 0 && std::find(out.begin(), out.end(), e) == out.end()) out.push_back(e);
    }
  }

  void met(const Parties& p) {
    std::vector<int> all = p.owner;
    for (const std::vector<int>* group : {&p.of, &p.with}) {
      for (int e : *group) {
        if (std::find(all.begin(), all.end(), e) == all.end()) all.push_back(e);
      }
    }
    for (std::size_t i = 0; i < all.size(); ++i) {
      for (std::size_t j = i + 1; j < all.size(); ++j) add(all[i], "met", all[j], true);
    }
  }

  void acquired(const Parties& p) {
    // "Y's purchase of X": the owner buys; "X's takeover by Y": the owner is bought.
    const std::vector<int>& buyers = p.by.empty() ? p.owner : p.by;
    const std::vector<int>& bought = p.of.empty() ? p.owner : p.of;
    if (&buyers == &bought) return;  // only an owner: who did what is not said
    for (int b : buyers) {
      for (int x : bought) add(b, "acquired", x, false);
    }
  }

  void add(int subject, const char* predicate, int object, bool symmetric) {
    append_relation(out_, {.subject = subject,
                           .predicate = predicate,
                           .object = object,
                           .symmetric = symmetric,
                           .qualifiers = {},
                           .confidence = 0.7,
                           .sentence = s_.index});
  }

  const AnalysedSentence& s_;
  const ClauseWords& words_;
  const TreeView& tree_;
  int offset_;
  std::vector<RawRelation>& out_;
};

}  // namespace

void read_event_nouns(const AnalysedSentence& s, const ClauseWords& words, const TreeView& tree,
                      int offset, std::vector<RawRelation>& out) {
  Reader(s, words, tree, offset, out).run();
}

}  // namespace kg::extract
