#include "extract/parse/parser_features.h"

#include "extract/parse/hash.h"

namespace kg::parse {
namespace {

constexpr std::uint64_t kAbsent = 0x4142534e54ULL;   // an item that does not exist
constexpr std::uint64_t kRootValue = 0x524f4f54ULL;  // the root's word, tag, lemma

// What the templates read about one position of the configuration.
struct Item {
  std::uint64_t w = kAbsent;  // word
  std::uint64_t p = kAbsent;  // tag
  std::uint64_t m = kAbsent;  // lemma
  std::uint64_t u = kAbsent;  // coarse tag (UPOS)
  std::uint64_t l = kAbsent;  // label of its arc, when it has a head
  int index = Configuration::kNone;
};

Item item(const ParserSentence& s, const Configuration& c, int word) {
  Item it;
  if (word == Configuration::kNone) return it;
  it.index = word;
  if (word == 0) {
    it.w = it.p = it.m = it.u = kRootValue;
  } else {
    it.w = s.word[word];
    it.p = s.tag[word];
    it.m = s.lemma[word];
    it.u = s.coarse[word];
  }
  if (word != 0 && c.label(word) != Configuration::kNone)
    it.l = static_cast<std::uint64_t>(c.label(word));
  return it;
}

std::uint64_t distance(int a, int b) {
  if (a == Configuration::kNone || b == Configuration::kNone) return kAbsent;
  const int d = b > a ? b - a : a - b;
  if (d <= 5) return static_cast<std::uint64_t>(d);
  if (d <= 7) return 6;
  if (d <= 10) return 7;
  return 8;
}

enum Template : std::uint32_t {
  // single items
  kS0w = 1,
  kS0p,
  kS0wp,
  kS0m,
  kS1w,
  kS1p,
  kS1wp,
  kS2p,
  kS2wp,
  kB0w,
  kB0p,
  kB0wp,
  kB0m,
  kB1w,
  kB1p,
  kB1wp,
  kB2w,
  kB2p,
  kB2wp,
  kB3p,
  // pairs s0-b0
  kS0wpB0wp,
  kS0wpB0w,
  kS0wB0wp,
  kS0wpB0p,
  kS0pB0wp,
  kS0wB0w,
  kS0pB0p,
  kB0pB1p,
  kS0mB0m,
  kS0mB0p,
  kS0pB0m,
  // pairs s1-s0
  kS1wpS0wp,
  kS1wpS0w,
  kS1wS0wp,
  kS1wpS0p,
  kS1pS0wp,
  kS1wS0w,
  kS1pS0p,
  kS1mS0m,
  kS1mS0p,
  kS1pS0m,
  // three items
  kB0pB1pB2p,
  kS0pB0pB1p,
  kS1pS0pB0p,
  kS2pS1pS0p,
  kS0pS0lpB0p,
  kS0pS0rpB0p,
  kS0pB0pB0lp,
  kS1pS1rpS0p,
  kS1pS0pS0lp,
  kS1pS1lpS0p,
  kS1pS0pS0rp,
  kS1pS0pB1p,
  kS0wB0pB1p,
  kS1wS0pB0p,
  // distances
  kS0wD,
  kS0pD,
  kB0wD,
  kB0pD,
  kS0wB0wD,
  kS0pB0pD,
  kS1pS0pD1,
  kS1wS0wD1,
  kS1wS0pD1,
  kS1pS0wD1,
  // valencies
  kS0wVr,
  kS0pVr,
  kS0wVl,
  kS0pVl,
  kS1wVr,
  kS1pVr,
  kS1pVl,
  kB0wVl,
  kB0pVl,
  // dependents
  kS0lw,
  kS0lp,
  kS0ll,
  kS0rw,
  kS0rp,
  kS0rl,
  kS1lp,
  kS1ll,
  kS1rw,
  kS1rp,
  kS1rl,
  kB0lw,
  kB0lp,
  kB0ll,
  // second dependents and third-order chains
  kS0l2w,
  kS0l2p,
  kS0l2l,
  kS0r2w,
  kS0r2p,
  kS0r2l,
  kB0l2w,
  kB0l2p,
  kB0l2l,
  kS1r2p,
  kS1r2l,
  kS0pS0lpS0l2p,
  kS0pS0rpS0r2p,
  kB0pB0lpB0l2p,
  kS1pS1rpS1r2p,
  kS0lpS0llS0p,
  // label sets
  kS0wSr,
  kS0pSr,
  kS0wSl,
  kS0pSl,
  kB0wSl,
  kB0pSl,
  kS1pSr,
  kS1pSl,
  // s0-b0-s1 label contexts
  kS0llS0rlB0p,
  kB0llS0p,
  // coarse tags
  kS0uB0u,
  kS1uS0u,
  kS1uS0uB0u,
  kS0uB0uB1u,
  kS2uS1uS0u,
  kS0uS0luB0u,
  kS1uS1ruS0u,
  kB0uB1uB2u,
  kS0wB0u,
  kS0uB0w,
  kS1wS0u,
  kS1uS0w,
};

}  // namespace

void parser_features(const ParserSentence& s, const Configuration& c,
                     std::vector<std::uint64_t>& out) {
  const auto add1 = [&](Template t, std::uint64_t a) { out.push_back(feature_key(t, a)); };
  const auto add2 = [&](Template t, std::uint64_t a, std::uint64_t b) {
    out.push_back(feature_key(t, a, b));
  };
  const auto add3 = [&](Template t, std::uint64_t a, std::uint64_t b, std::uint64_t d) {
    out.push_back(feature_key(t, a, b, d));
  };
  const auto add4 = [&](Template t, std::uint64_t a, std::uint64_t b, std::uint64_t d,
                        std::uint64_t e) { out.push_back(feature_key(t, a, b, d, e)); };

  const int s0i = c.stack(0);
  const int s1i = c.stack(1);
  const int b0i = c.buffer(0);
  const Item s0 = item(s, c, s0i);
  const Item s1 = item(s, c, s1i);
  const Item s2 = item(s, c, c.stack(2));
  const Item b0 = item(s, c, b0i);
  const Item b1 = item(s, c, c.buffer(1));
  const Item b2 = item(s, c, c.buffer(2));
  const Item b3 = item(s, c, c.buffer(3));
  const Configuration::Children none;
  const Configuration::Children& s0c = s0i >= 0 ? c.children(s0i) : none;
  const Configuration::Children& s1c = s1i >= 0 ? c.children(s1i) : none;
  const Configuration::Children& b0c = b0i >= 0 ? c.children(b0i) : none;
  const Item s0l = item(s, c, s0c.left1);
  const Item s0l2 = item(s, c, s0c.left2);
  const Item s0r = item(s, c, s0c.right1);
  const Item s0r2 = item(s, c, s0c.right2);
  const Item s1l = item(s, c, s1c.left1);
  const Item s1r = item(s, c, s1c.right1);
  const Item s1r2 = item(s, c, s1c.right2);
  const Item b0l = item(s, c, b0c.left1);
  const Item b0l2 = item(s, c, b0c.left2);
  const Item s0ll = item(s, c, s0l.index >= 0 ? c.children(s0l.index).left1 : -1);

  add1(kS0w, s0.w);
  add1(kS0p, s0.p);
  add2(kS0wp, s0.w, s0.p);
  add1(kS0m, s0.m);
  add1(kS1w, s1.w);
  add1(kS1p, s1.p);
  add2(kS1wp, s1.w, s1.p);
  add1(kS2p, s2.p);
  add2(kS2wp, s2.w, s2.p);
  add1(kB0w, b0.w);
  add1(kB0p, b0.p);
  add2(kB0wp, b0.w, b0.p);
  add1(kB0m, b0.m);
  add1(kB1w, b1.w);
  add1(kB1p, b1.p);
  add2(kB1wp, b1.w, b1.p);
  add1(kB2w, b2.w);
  add1(kB2p, b2.p);
  add2(kB2wp, b2.w, b2.p);
  add1(kB3p, b3.p);

  add4(kS0wpB0wp, s0.w, s0.p, b0.w, b0.p);
  add3(kS0wpB0w, s0.w, s0.p, b0.w);
  add3(kS0wB0wp, s0.w, b0.w, b0.p);
  add3(kS0wpB0p, s0.w, s0.p, b0.p);
  add3(kS0pB0wp, s0.p, b0.w, b0.p);
  add2(kS0wB0w, s0.w, b0.w);
  add2(kS0pB0p, s0.p, b0.p);
  add2(kB0pB1p, b0.p, b1.p);
  add2(kS0mB0m, s0.m, b0.m);
  add2(kS0mB0p, s0.m, b0.p);
  add2(kS0pB0m, s0.p, b0.m);

  add4(kS1wpS0wp, s1.w, s1.p, s0.w, s0.p);
  add3(kS1wpS0w, s1.w, s1.p, s0.w);
  add3(kS1wS0wp, s1.w, s0.w, s0.p);
  add3(kS1wpS0p, s1.w, s1.p, s0.p);
  add3(kS1pS0wp, s1.p, s0.w, s0.p);
  add2(kS1wS0w, s1.w, s0.w);
  add2(kS1pS0p, s1.p, s0.p);
  add2(kS1mS0m, s1.m, s0.m);
  add2(kS1mS0p, s1.m, s0.p);
  add2(kS1pS0m, s1.p, s0.m);

  add3(kB0pB1pB2p, b0.p, b1.p, b2.p);
  add3(kS0pB0pB1p, s0.p, b0.p, b1.p);
  add3(kS1pS0pB0p, s1.p, s0.p, b0.p);
  add3(kS2pS1pS0p, s2.p, s1.p, s0.p);
  add3(kS0pS0lpB0p, s0.p, s0l.p, b0.p);
  add3(kS0pS0rpB0p, s0.p, s0r.p, b0.p);
  add3(kS0pB0pB0lp, s0.p, b0.p, b0l.p);
  add3(kS1pS1rpS0p, s1.p, s1r.p, s0.p);
  add3(kS1pS0pS0lp, s1.p, s0.p, s0l.p);
  add3(kS1pS1lpS0p, s1.p, s1l.p, s0.p);
  add3(kS1pS0pS0rp, s1.p, s0.p, s0r.p);
  add3(kS1pS0pB1p, s1.p, s0.p, b1.p);
  add3(kS0wB0pB1p, s0.w, b0.p, b1.p);
  add3(kS1wS0pB0p, s1.w, s0.p, b0.p);

  const std::uint64_t d = distance(s0i, b0i);
  const std::uint64_t d1 = distance(s1i, s0i);
  add2(kS0wD, s0.w, d);
  add2(kS0pD, s0.p, d);
  add2(kB0wD, b0.w, d);
  add2(kB0pD, b0.p, d);
  add3(kS0wB0wD, s0.w, b0.w, d);
  add3(kS0pB0pD, s0.p, b0.p, d);
  add3(kS1pS0pD1, s1.p, s0.p, d1);
  add3(kS1wS0wD1, s1.w, s0.w, d1);
  add3(kS1wS0pD1, s1.w, s0.p, d1);
  add3(kS1pS0wD1, s1.p, s0.w, d1);

  const auto count = [](int n) { return static_cast<std::uint64_t>(n); };
  add2(kS0wVr, s0.w, count(s0c.right_count));
  add2(kS0pVr, s0.p, count(s0c.right_count));
  add2(kS0wVl, s0.w, count(s0c.left_count));
  add2(kS0pVl, s0.p, count(s0c.left_count));
  add2(kS1wVr, s1.w, count(s1c.right_count));
  add2(kS1pVr, s1.p, count(s1c.right_count));
  add2(kS1pVl, s1.p, count(s1c.left_count));
  add2(kB0wVl, b0.w, count(b0c.left_count));
  add2(kB0pVl, b0.p, count(b0c.left_count));

  add1(kS0lw, s0l.w);
  add1(kS0lp, s0l.p);
  add1(kS0ll, s0l.l);
  add1(kS0rw, s0r.w);
  add1(kS0rp, s0r.p);
  add1(kS0rl, s0r.l);
  add1(kS1lp, s1l.p);
  add1(kS1ll, s1l.l);
  add1(kS1rw, s1r.w);
  add1(kS1rp, s1r.p);
  add1(kS1rl, s1r.l);
  add1(kB0lw, b0l.w);
  add1(kB0lp, b0l.p);
  add1(kB0ll, b0l.l);

  add1(kS0l2w, s0l2.w);
  add1(kS0l2p, s0l2.p);
  add1(kS0l2l, s0l2.l);
  add1(kS0r2w, s0r2.w);
  add1(kS0r2p, s0r2.p);
  add1(kS0r2l, s0r2.l);
  add1(kB0l2w, b0l2.w);
  add1(kB0l2p, b0l2.p);
  add1(kB0l2l, b0l2.l);
  add1(kS1r2p, s1r2.p);
  add1(kS1r2l, s1r2.l);
  add3(kS0pS0lpS0l2p, s0.p, s0l.p, s0l2.p);
  add3(kS0pS0rpS0r2p, s0.p, s0r.p, s0r2.p);
  add3(kB0pB0lpB0l2p, b0.p, b0l.p, b0l2.p);
  add3(kS1pS1rpS1r2p, s1.p, s1r.p, s1r2.p);
  add3(kS0lpS0llS0p, s0l.p, s0ll.p, s0.p);

  add2(kS0wSr, s0.w, s0c.right_labels);
  add2(kS0pSr, s0.p, s0c.right_labels);
  add2(kS0wSl, s0.w, s0c.left_labels);
  add2(kS0pSl, s0.p, s0c.left_labels);
  add2(kB0wSl, b0.w, b0c.left_labels);
  add2(kB0pSl, b0.p, b0c.left_labels);
  add2(kS1pSr, s1.p, s1c.right_labels);
  add2(kS1pSl, s1.p, s1c.left_labels);

  add3(kS0llS0rlB0p, s0l.l, s0r.l, b0.p);
  add2(kB0llS0p, b0l.l, s0.p);

  add2(kS0uB0u, s0.u, b0.u);
  add2(kS1uS0u, s1.u, s0.u);
  add3(kS1uS0uB0u, s1.u, s0.u, b0.u);
  add3(kS0uB0uB1u, s0.u, b0.u, b1.u);
  add3(kS2uS1uS0u, s2.u, s1.u, s0.u);
  add3(kS0uS0luB0u, s0.u, s0l.u, b0.u);
  add3(kS1uS1ruS0u, s1.u, s1r.u, s0.u);
  add3(kB0uB1uB2u, b0.u, b1.u, b2.u);
  add2(kS0wB0u, s0.w, b0.u);
  add2(kS0uB0w, s0.u, b0.w);
  add2(kS1wS0u, s1.w, s0.u);
  add2(kS1uS0w, s1.u, s0.w);
}

}  // namespace kg::parse
