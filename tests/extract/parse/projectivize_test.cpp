#include "extract/parse/projectivize.h"

#include <doctest/doctest.h>

using namespace kg::parse;

TEST_CASE("projectivity check") {
  CHECK(is_projective({0, 2, 0, 2}));           // a <- b -> c
  CHECK(is_projective({0, 0}));                 // one word
  CHECK_FALSE(is_projective({0, 3, 0, 2, 2}));  // 1 <- 3 crosses 2 -> 4? see below
}

TEST_CASE("a non-projective arc is lifted and its label encodes the old head's relation") {
  // "A hearing is scheduled on the issue today": the PP "on the issue"
  // (6, head 2 "hearing") crosses "scheduled" -> "today"... built by hand:
  // 1 A(det 2) 2 hearing(nsubj 4) 3 is(aux 4) 4 scheduled(root) 5 on(case 7)
  // 6 the(det 7) 7 issue(nmod 2) 8 today(obl 4)
  std::vector<int> heads = {0, 2, 4, 4, 0, 7, 7, 2, 4};
  std::vector<std::string> labels = {"",     "det", "nsubj", "aux", "root",
                                     "case", "det", "nmod",  "obl"};
  REQUIRE_FALSE(is_projective(heads));
  const std::vector<int> gold_heads = heads;
  const std::vector<std::string> gold_labels = labels;

  CHECK(projectivize(heads, labels) == 1);
  CHECK(is_projective(heads));
  CHECK(heads[7] == 4);  // lifted from "hearing" to "scheduled"
  CHECK(labels[7] == "nmod^nsubj");

  deprojectivize(heads, labels);
  CHECK(heads == gold_heads);
  CHECK(labels == gold_labels);
}

TEST_CASE("round trip through several lifts") {
  // 7 words; word 6 depends on 2 across 3..5, which hang from 4 whose head
  // is 1 (root); word 7 depends on 3 across 4..6.
  std::vector<int> heads = {0, 0, 1, 4, 1, 4, 2, 3};
  std::vector<std::string> labels = {"", "root", "obj", "amod", "conj", "punct", "acl", "nmod"};
  const std::vector<int> gold_heads = heads;
  const std::vector<std::string> gold_labels = labels;
  REQUIRE_FALSE(is_projective(heads));
  CHECK(projectivize(heads, labels) >= 2);
  CHECK(is_projective(heads));
  for (const std::string& l : labels) CHECK(l.find("^^") == std::string::npos);
  deprojectivize(heads, labels);
  CHECK(heads == gold_heads);
  CHECK(labels == gold_labels);
}

TEST_CASE("projective trees are left alone") {
  std::vector<int> heads = {0, 2, 0, 2};
  std::vector<std::string> labels = {"", "nsubj", "root", "obj"};
  CHECK(projectivize(heads, labels) == 0);
  CHECK(labels[1] == "nsubj");
  deprojectivize(heads, labels);
  CHECK(heads == std::vector<int>{0, 2, 0, 2});
}

TEST_CASE("an encoded label without a matching word keeps its head") {
  std::vector<int> heads = {0, 0, 1};
  std::vector<std::string> labels = {"", "root", "obl^advcl"};
  deprojectivize(heads, labels);
  CHECK(heads[2] == 1);
  CHECK(labels[2] == "obl");
}
