#include "extract/parse/punct_attacher.h"

#include <doctest/doctest.h>

#include "extract/parse/hash.h"

using namespace kg::parse;

namespace {

// "He left , and she stayed ." with gold heads; the commas and the period
// attach as in UD: the comma to the following conjunct, the period to the root.
PunctTree tree(std::vector<int> heads) {
  const std::vector<std::string> forms = {"He", "left", ",", "and", "she", "stayed", "."};
  const std::vector<std::string> rels = {"",   "nsubj", "root", "punct",
                                         "cc", "nsubj", "conj", "punct"};
  std::vector<WordInfo> words;
  for (const std::string& f : forms) words.push_back(describe_word(f));
  const std::vector<int> tags = {0, 1, 2, 3, 0, 1, 2};
  return punct_tree(words, tags, heads, rels);
}

const std::vector<int> kGold = {0, 2, 0, 6, 6, 6, 2, 2};

}  // namespace

TEST_CASE("punct_tree marks punctuation leaves as movable") {
  const PunctTree t = tree(kGold);
  CHECK(t.movable[3]);
  CHECK(t.movable[7]);
  CHECK_FALSE(t.movable[2]);
  CHECK_FALSE(t.movable[6]);
}

TEST_CASE("the attacher learns where punctuation goes and moves misattached marks") {
  std::vector<PunctTree> train(10, tree(kGold));
  const PunctAttacher a = PunctAttacher::train(train, train, {});
  CHECK(a.accuracy(train) == doctest::Approx(100.0));
  // A parse with the comma on "left" and the period on "she": both are moved.
  PunctTree wrong = tree({0, 2, 0, 2, 6, 6, 2, 5});
  a.attach(wrong);
  CHECK(wrong.heads == kGold);

  ByteWriter out;
  a.write(out);
  ByteReader in(out.bytes());
  const PunctAttacher back = PunctAttacher::read(in);
  REQUIRE_FALSE(in.failed());
  CHECK(back.accuracy(train) == doctest::Approx(100.0));
}

TEST_CASE("candidates keep the tree projective") {
  // Whatever the weights, the comma between "left" and "and" can only go to
  // words on the paths from its neighbours up to their common ancestor.
  const PunctAttacher untrained;
  PunctTree t = tree(kGold);
  untrained.attach(t);
  CHECK((t.heads[3] == 2 || t.heads[3] == 4 || t.heads[3] == 6));
  CHECK(t.heads[7] != 0);
}
