#include "extract/relations/relation_extractors.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace kg::extract;

namespace {

std::vector<std::string> names(const RelationExtractors& x) {
  std::vector<std::string> out;
  for (const auto& e : x.all) out.emplace_back(e->name());
  return out;
}

}  // namespace

TEST_CASE("patterns only: the pattern extractors in order, no parse, gapped clauses last") {
  auto x = make_relation_extractors(false);
  REQUIRE(x.ok());
  CHECK(x->parsed == nullptr);
  CHECK(names(*x) == std::vector<std::string>{"titles", "appositions", "descriptors", "possessives",
                                              "locations", "nominal", "lists", "literals",
                                              "affiliations", "clause patterns", "gapped clauses"});
}

TEST_CASE("with the parse: the parsed clauses come before the gapped clauses") {
  auto with_parse = make_relation_extractors(true);
  REQUIRE(with_parse.ok());
  auto patterns = make_relation_extractors(false);
  REQUIRE(patterns.ok());
  REQUIRE(with_parse->parsed != nullptr);
  REQUIRE(with_parse->all.size() == 12);
  CHECK(with_parse->all[10].get() == with_parse->parsed.get());
  CHECK(with_parse->parsed->name() == "parsed clauses");
  std::vector<std::string> pattern_ones = names(*with_parse);
  pattern_ones.erase(pattern_ones.begin() + 10);
  CHECK(pattern_ones == names(*patterns));
}
