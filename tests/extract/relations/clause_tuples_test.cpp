#include "extract/relations/clause_tuples.h"

#include <doctest/doctest.h>

#include "tests/extract/relations/relation_fixture.h"

using kg::extract::ClauseWords;
using kg::extract::OpenIeSpan;
using kg::extract::OpenIeTuple;
using kg::extract::RawRelation;
using kg::test::Strings;

namespace {

// The relations the tuple states in the one sentence of `text`; spans and
// relation tokens index its tokens (the mention finder's).
Strings read(const std::string& text, const OpenIeTuple& tuple, bool prep_object_after = false) {
  kg::test::Analysis a = kg::test::analyse({text});
  kg::extract::DocumentContext ctx = kg::test::context(a);
  ClauseWords words = kg::extract::sentence_words(a.sentences.at(0));
  if (prep_object_after) {
    for (std::size_t w = 1; w < words.words.size(); ++w)
      words.prep_object[w] = words.words[w - 1] == "for";
  }
  std::vector<RawRelation> out;
  kg::extract::read_clause_tuples(ctx, a.sentences.at(0), words, {tuple}, out);
  Strings rendered;
  for (const RawRelation& r : out) rendered.push_back(kg::test::render(a, r));
  return rendered;
}

OpenIeSpan span(int first, int last, int prep, std::vector<int> heads) {
  return {first, last, prep, std::move(heads)};
}

OpenIeTuple tuple(std::string relation, std::vector<std::string> args,
                  std::vector<OpenIeSpan> spans) {
  OpenIeTuple t;
  t.relation = std::move(relation);
  t.args = std::move(args);
  t.spans = std::move(spans);
  t.confidence = 0.8;
  return t;
}

}  // namespace

TEST_CASE("sentence words: names and pronouns stand for their mentions") {
  kg::test::Analysis a = kg::test::analyse({"President Gabriel Boric met her in Lima."});
  const ClauseWords w = kg::extract::sentence_words(a.sentences.at(0));
  REQUIRE(w.words.size() == a.sentences.at(0).tokens.size());
  CHECK(w.mention.at(0) >= 0);  // the title belongs to the name's mention
  CHECK(w.mention.at(0) == w.mention.at(2));
  CHECK(w.name.at(2));
  CHECK(w.mention.at(4) >= 0);  // "her"
  CHECK_FALSE(w.name.at(4));
  CHECK(w.mention.at(3) < 0);
}

TEST_CASE("an argument headed by an entity relates it to the subject") {
  // Gabriel Boric(0,1) visited(2) Peru(3) .(4)
  OpenIeTuple t =
      tuple("visited", {"Gabriel Boric", "Peru"}, {span(0, 1, -1, {1}), span(3, 3, -1, {3})});
  t.relation_tokens = {2};
  CHECK(read("Gabriel Boric visited Peru.", t) == Strings{"Gabriel Boric | visited | Peru"});
  // A relation that names an entity is no relation.
  t.relation_tokens = {3};
  CHECK(read("Gabriel Boric visited Peru.", t).empty());
  // Implicit tuples state nothing the graph keeps.
  t.relation_tokens = {2};
  t.implicit = true;
  CHECK(read("Gabriel Boric visited Peru.", t).empty());
}

TEST_CASE("a passive's agent acts") {
  // Peru(0) was(1) visited(2) by(3) Gabriel Boric(4,5)
  OpenIeTuple t = tuple("was visited by", {"Peru", "Gabriel Boric"},
                        {span(0, 0, -1, {0}), span(4, 5, -1, {5})});
  t.relation_tokens = {1, 2, 3};
  // Unmarked, the tuple is read as written (the predicate policy turns
  // lexicon passives around later); marked by the reader, the agent acts.
  CHECK(read("Peru was visited by Gabriel Boric.", t) ==
        Strings{"Peru | was visited by | Gabriel Boric"});
  t.passive = true;
  CHECK(read("Peru was visited by Gabriel Boric.", t) == Strings{"Gabriel Boric | visited | Peru"});
  // Auxiliaries go with "by".
  OpenIeTuple perfect = tuple("has been visited by", {"Peru", "Gabriel Boric"},
                              {span(0, 0, -1, {0}), span(5, 6, -1, {6})});
  perfect.passive = true;
  perfect.relation_tokens = {1, 2, 3, 4};
  CHECK(read("Peru has been visited by Gabriel Boric.", perfect) ==
        Strings{"Gabriel Boric | visited | Peru"});
  // The participle after the last form of "be".
  OpenIeTuple has_to = tuple("has to be visited by", {"Peru", "Gabriel Boric"},
                             {span(0, 0, -1, {0}), span(6, 7, -1, {7})});
  has_to.passive = true;
  has_to.relation_tokens = {1, 2, 3, 4, 5};
  CHECK(read("Peru has to be visited by Gabriel Boric.", has_to) ==
        Strings{"Gabriel Boric | visited | Peru"});
  // The passive's other arguments keep the passive, without "by": Ana
  // Ruiz(0,1) was(2) named(3) by(4) Lyra Assembly(5,6) envoy(7) to(8) Peru(9).
  OpenIeTuple more = tuple("was named by", {"Ana Ruiz", "Lyra Assembly", "envoy to Peru"},
                           {span(0, 1, -1, {1}), span(5, 6, -1, {6}), span(7, 9, -1, {9})});
  more.passive = true;
  more.relation_tokens = {2, 3, 4};
  CHECK(read("Ana Ruiz was named by Lyra Assembly envoy to Peru.", more) ==
        Strings{"Lyra Assembly | named | Ana Ruiz", "Ana Ruiz | was named | Peru"});
}

TEST_CASE("a short plain object before a prepositional entity: a light verb") {
  // President(0) Lula(1) held(2) talks(3) with(4) Olaf(5) Scholz(6)
  OpenIeTuple t = tuple("held", {"President Lula", "talks", "with Olaf Scholz"},
                        {span(0, 1, -1, {1}), span(3, 3, -1, {3}), span(4, 6, 4, {6})});
  t.relation_tokens = {2};
  CHECK(read("President Lula held talks with Olaf Scholz.", t) ==
        Strings{"Lula | held talks with | Olaf Scholz"});
}

TEST_CASE("an entity right after a preposition inside the object phrase") {
  // Peru(0) expressed(1) support(2) for(3) Chile(4)
  OpenIeTuple t =
      tuple("expressed", {"Peru", "support for Chile"}, {span(0, 0, -1, {0}), span(2, 4, -1, {2})});
  t.relation_tokens = {1};
  CHECK(read("Peru expressed support for Chile.", t, true) ==
        Strings{"Peru | expressed support for | Chile"});
  CHECK(read("Peru expressed support for Chile.", t, false).empty());
}

TEST_CASE("a relation that took its first phrase's preposition is not continued") {
  // Acme(0) is(1) known(2) as(3) Beta Group(4,5) ,(6) with(7) Ana Ruiz(8,9)
  OpenIeTuple t = tuple("is known as", {"Acme", "Beta Group", "with Ana Ruiz"},
                        {span(0, 0, -1, {0}), span(4, 5, -1, {5}), span(7, 9, 7, {9})});
  t.relation_tokens = {1, 2, 3};
  const Strings r = read("Acme Corp is known as Beta Group, with Ana Ruiz.", t);
  for (const std::string& x : r) CHECK(x.find("as with") == std::string::npos);
}

TEST_CASE("coordinated subjects with no entity object are not related to each other") {
  // Chile(0) and(1) Peru(2) agreed(3) to(4) protect(5) fisheries(6)
  OpenIeTuple t = tuple("agreed to protect", {"Chile and Peru", "fisheries"},
                        {span(0, 2, -1, {0, 2}), span(6, 6, -1, {6})});
  t.relation_tokens = {3, 4, 5};
  CHECK(read("Chile and Peru agreed to protect fisheries.", t).empty());
  // Each subject is related to an entity object.
  OpenIeTuple visit = tuple("visited", {"Chile and Peru", "Bolivia"},
                            {span(0, 2, -1, {0, 2}), span(4, 4, -1, {4})});
  visit.relation_tokens = {3};
  CHECK(read("Chile and Peru visited Bolivia.", visit) ==
        Strings{"Chile | visited | Bolivia", "Peru | visited | Bolivia"});
}

TEST_CASE("relation ends: entities, pronouns and the main pair; not dates") {
  kg::test::Analysis a =
      kg::test::analyse({"Gabriel Boric visited Peru on Monday.", "He left in 2024."});
  kg::extract::DocumentContext ctx = context(a);
  CHECK(kg::extract::relation_ends(ctx, a.sentences.at(0)) == 2);
  CHECK(kg::extract::relation_ends(ctx, a.sentences.at(1)) == 1);
}

TEST_CASE("the partners of a verb of creation made its object too") {
  const std::string text = "Ana Ruiz founded Andes Labs with Luis Soto.";
  // Ana(0) Ruiz(1) founded(2) Andes(3) Labs(4) with(5) Luis(6) Soto(7)
  OpenIeTuple t = tuple("founded", {"Ana Ruiz", "Andes Labs", "with Luis Soto"},
                        {span(0, 1, -1, {1}), span(3, 4, -1, {4}), span(5, 7, 5, {7})});
  t.relation_tokens = {2};
  const Strings r = read(text, t);
  KG_CHECK_HAS(r, "Ana Ruiz | founded | Andes Labs");
  KG_CHECK_HAS(r, "Luis Soto | founded | Andes Labs");
  for (const std::string& x : r) CHECK(x.find("founded with") == std::string::npos);
}

TEST_CASE("an agreement taken as object names the relation with a prepositional argument") {
  // Chile(0) has(1) a(2) Free(3) Trade(4) Agreement(5) with(6) Peru(7) .(8)
  const std::string text = "Chile has a Free Trade Agreement with Peru.";
  OpenIeTuple t = tuple("has", {"Chile", "a Free Trade Agreement", "with Peru"},
                        {span(0, 0, -1, {0}), span(2, 5, -1, {5}), span(6, 7, 6, {7})});
  t.relation_tokens = {1};
  const Strings r = read(text, t);
  KG_CHECK_HAS(r, "Chile | has | Free Trade Agreement");
  KG_CHECK_HAS(r, "Chile | has Free Trade Agreement with | Peru");
  CHECK(r.size() == 2);
}
