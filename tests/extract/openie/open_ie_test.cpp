#include "extract/openie/open_ie.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <sstream>

#include "tests/extract/openie/parser_model.h"
#include "tests/extract/openie/sentence_words.h"
#include "tests/extract/openie/tree_rows.h"

using kg::extract::OpenIeTuple;

using kg::test::words;

namespace {

std::vector<OpenIeTuple> extract(const std::vector<std::string>& tokens) {
  return kg::extract::read_ud_tuples(tokens,
                                     kg::extract::parse_tokens(kg::test::parser_model(), tokens));
}

// "(arg1 ; relation ; arg2 ; ...)".
std::string show(const OpenIeTuple& t) {
  std::string s = "(" + t.args.at(0) + " ; " + t.relation;
  for (std::size_t k = 1; k < t.args.size(); ++k) s += " ; " + t.args[k];
  return s + ")";
}

// Each tuple of the sentence, shown.
std::vector<std::string> tuples(const std::string& sentence) {
  std::vector<std::string> out;
  for (const OpenIeTuple& t : extract(words(sentence))) {
    out.push_back(show(t));
    CHECK(t.confidence > 0.0);
    CHECK(t.confidence < 1.0);
  }
  return out;
}

bool has(const std::vector<std::string>& all, const std::string& t) {
  return std::find(all.begin(), all.end(), t) != all.end();
}

// The tuples read from a tree written as rows (tree_rows.h), every arc sure.
std::vector<OpenIeTuple> tree_tuples(const std::vector<std::string>& rows) {
  kg::extract::UdParse parsed;
  parsed.tree = kg::test::tree_from_rows(rows);
  parsed.margins.assign(rows.size(), 1000);
  std::vector<std::string> tokens;
  for (const auto& w : parsed.tree.words) tokens.push_back(w.form);
  return kg::extract::read_ud_tuples(tokens, parsed);
}

// The implicit tuple with relation `relation` of the sentence; fails the test if none.
OpenIeTuple implicit_tuple(const std::string& sentence, const std::string& relation) {
  for (const OpenIeTuple& t : extract(words(sentence))) {
    if (t.implicit && t.relation == relation) return t;
  }
  FAIL("no implicit \"" << relation << "\" tuple in: " << sentence);
  return {};
}

}  // namespace

TEST_CASE("subject, verb and object phrases reuse the sentence's tokens") {
  auto all = tuples("The old sailor found a small boat .");
  INFO(all.size());
  CHECK(has(all, "(The old sailor ; found ; a small boat)"));
}

TEST_CASE("a whose clause between commas leaves the main clause its subject") {
  auto all = tuples("The committee , whose members met in Geneva , approved the plan on Monday .");
  CHECK(has(all, "(The committee ; approved ; the plan ; on Monday)"));
  CHECK(has(all, "(whose members ; met in ; Geneva)"));
}

TEST_CASE("a clause after a unit of time keeps its own subject") {
  auto all = tuples("The deal came a day after the prize was given to Ana Ruiz .");
  CHECK(has(all, "(the prize ; was given to ; Ana Ruiz)"));
}

TEST_CASE("negation stays in the relation") {
  auto all = tuples("Norway did not sign the treaty .");
  CHECK(has(all, "(Norway ; did not sign ; the treaty)"));
}

TEST_CASE("a passive takes its by-phrase as the object") {
  auto all = tuples("The bridge was built by engineers in 1932 .");
  bool found = false;
  for (const std::string& t : all)
    found = found || t.rfind("(The bridge ; was built by ; engineers", 0) == 0;
  CHECK(found);
}

TEST_CASE("coordinated verbs share the subject") {
  auto all = tuples("She founded a school and wrote a novel .");
  CHECK(has(all, "(She ; founded ; a school)"));
  CHECK(has(all, "(She ; wrote ; a novel)"));
}

TEST_CASE("a relative pronoun stands for its antecedent") {
  auto all = tuples("He admired the painter who designed the chapel .");
  for (const std::string& t : all) INFO(t);
  bool found = false;
  for (const std::string& t : all)
    found = found || (t.find("; designed ; the chapel)") != std::string::npos &&
                      t.find("painter") != std::string::npos);
  CHECK(found);
}

TEST_CASE("a copula gives an is-tuple") {
  auto all = tuples("The capital is a large port .");
  CHECK(has(all, "(The capital ; is ; a large port)"));
}

TEST_CASE("an empty sentence gives nothing") { CHECK(extract({}).empty()); }

TEST_CASE("a fronted phrase joins the clause's arguments") {
  auto all = tuples("In 1850 , the settlers built a church .");
  CHECK(has(all, "(the settlers ; built ; a church ; In 1850)"));
}

TEST_CASE("an apposition gives an is-tuple") {
  auto all = tuples("They met Carter , a lawyer from Ohio , in the park .");
  bool found = false;
  for (const std::string& t : all)
    found = found || t.rfind("(Carter ; is ; a lawyer from Ohio", 0) == 0;
  CHECK(found);
}

TEST_CASE("a quotation's speaker after the verb is the subject") {
  auto all = tuples("`` We will win , '' said the coach .");
  CHECK(has(all, "(the coach ; said ; We will win)"));
}

TEST_CASE("a relative clause on a copula's complement describes the subject") {
  auto all = tuples("Celeste Hardy is a Canadian singer who recorded three albums .");
  CHECK(has(all, "(Celeste Hardy ; recorded ; three albums)"));
}

TEST_CASE("a prepositional phrase inside another is not a second argument") {
  auto all = tuples("The meeting ended with a vote on the budget .");
  for (const std::string& t : all) CHECK(t.find("; on the budget)") == std::string::npos);
}

TEST_CASE("a personal pronoun subject stays as written") {
  auto all = tuples("Maria Lopez taught at the college until she moved to Madrid .");
  CHECK(has(all, "(she ; moved to ; Madrid)"));
  CHECK(has(all, "(Maria Lopez ; taught at ; the college)"));
}

TEST_CASE("an object relative clause takes the noun it modifies as its object") {
  auto all = tuples("The farmer sold the horse that his neighbour wanted .");
  CHECK(has(all, "(his neighbour ; wanted ; the horse)"));
  all = tuples("The team lost the final which the coach had predicted .");
  CHECK(has(all, "(the coach ; had predicted ; the final)"));
  // A subject relative is not read as an object relative.
  all = tuples("The man who called the police was a neighbour .");
  for (const std::string& t : all) CHECK(t.find("; called ; The man") == std::string::npos);
}

TEST_CASE("a possessive is an implicit has relation") {
  const std::string sentence = "The museum 's director resigned in May .";
  const OpenIeTuple has_tuple = implicit_tuple(sentence, "has");
  CHECK(has_tuple.args == std::vector<std::string>{"The museum", "director"});
  // Ranked below the clauses the sentence states.
  for (const OpenIeTuple& t : extract(words(sentence))) {
    if (!t.implicit) CHECK(t.confidence > has_tuple.confidence);
  }
}

TEST_CASE("a fronted phrase can be a clause's only argument") {
  CHECK(has(tuples("After the long storm , the river rose ."),
            "(the river ; rose ; After the long storm)"));
  CHECK(has(tuples("In the spring of 1990 , the old factory closed ."),
            "(the old factory ; closed ; In the spring of 1990)"));
}

TEST_CASE("the argument of a preposition may be a title") {
  CHECK(has(tuples("She ran for governor of the state twice ."),
            "(She ; ran for ; governor of the state)"));
}

TEST_CASE("a subject inside a prepositional phrase does not take the preposition") {
  // "who" refers to "the inspectors"; the subject must not start with "by".
  auto all = tuples("The plan was approved by the inspectors , who visited the site in June .");
  bool found = false;
  for (const std::string& t : all) {
    if (t.find("; visited ;") != std::string::npos) {
      found = true;
      CHECK(t.rfind("(the inspectors ;", 0) == 0);
    }
  }
  CHECK(found);
}

TEST_CASE("an indirect question is an argument") {
  CHECK(has(tuples("The report described how the engine failed ."),
            "(The report ; described ; how the engine failed)"));
}

TEST_CASE("an open complement joins the verb group; an object keeps it apart") {
  CHECK(has(tuples("The two leaders agreed to elevate their ties ."),
            "(The two leaders ; agreed to elevate ; their ties)"));
  bool apart = false;
  for (const std::string& t : tuples("The mayor asked the council to approve the plan ."))
    apart = apart || t.find("(The mayor ; asked ; the council") == 0;
  CHECK(apart);
}

TEST_CASE("a that-clause is one argument and the relation takes that") {
  CHECK(has(tuples("The minister said that the talks had failed ."),
            "(The minister ; said that ; the talks had failed)"));
}

TEST_CASE("a participle modifying a noun has it for subject; a passive agent comes first") {
  bool found = false;
  for (const OpenIeTuple& t : extract(words("She visited a school founded by missionaries ."))) {
    if (t.relation != "founded by") continue;
    found = true;
    CHECK(t.passive);
    CHECK(t.args.at(0) == "a school");
    CHECK(t.args.at(1) == "missionaries");
  }
  CHECK(found);
}

TEST_CASE("tuples know their relation's tokens and whether the subject is their own") {
  const std::vector<std::string> tokens = words("The firm opened an office and hired a manager .");
  bool borrowed = false;
  for (const OpenIeTuple& t : extract(tokens)) {
    CHECK_FALSE(t.relation_tokens.empty());
    if (t.relation == "hired") {
      borrowed = true;
      CHECK_FALSE(t.own_subject);  // from the coordinated verb
      CHECK(tokens.at(static_cast<std::size_t>(t.relation_tokens.at(0))) == "hired");
    }
  }
  CHECK(borrowed);
}

TEST_CASE("verbs coordinated with an infinitive complement share its chain") {
  auto all =
      tuples("The two sides agreed to open a consulate , expand flights and launch a forum .");
  CHECK(has(all, "(The two sides ; agreed to open ; a consulate)"));
  CHECK(has(all, "(The two sides ; agreed to launch ; a forum)"));
}

TEST_CASE("light verb, noun and preposition: the phrase is the clause's argument") {
  CHECK(has(tuples("The president held talks with the new premier ."),
            "(The president ; held ; talks ; with the new premier)"));
}

TEST_CASE("particles stay in the verb group") {
  CHECK(has(tuples("The company will set up a new plant ."),
            "(The company ; will set up ; a new plant)"));
}

TEST_CASE("PTB escapes are printed as given, never as parsed") {
  // The bracketed apposition is read as one: it stays out of the subject.
  CHECK(has(tuples("The agency -LRB- WHO -RRB- approved the test ."),
            "(The agency ; approved ; the test)"));
  const std::vector<std::string> quoted =
      words("`` The Times '' said the plan -LRB- a draft -RRB- failed .");
  for (const OpenIeTuple& t : extract(quoted)) {
    for (const std::string& a : t.args) {
      CHECK(a.find('(') == std::string::npos);
      CHECK(a.find('"') == std::string::npos);
    }
  }
}

TEST_CASE("coordinated subjects and objects stay one argument each") {
  CHECK(has(tuples("Ana and Luis visited Rome , Paris and Berlin ."),
            "(Ana and Luis ; visited ; Rome , Paris and Berlin)"));
}

TEST_CASE("an indirect object and a direct object") {
  CHECK(has(tuples("The bank gave the firm a large loan ."),
            "(The bank ; gave ; the firm ; a large loan)"));
}

TEST_CASE("a predicative complement is an argument") {
  bool found = false;
  for (const std::string& t : tuples("She became president of the club in 2010 ."))
    found = found || t.rfind("(She ; became ; president of the club", 0) == 0;
  CHECK(found);
}

TEST_CASE("a clause under a negation or a verb of denial is read but not asserted") {
  bool under_denial = false;
  for (const OpenIeTuple& t :
       extract(words("The minister denied reports that the firm had held talks with a rival ."))) {
    if (t.relation.find("held") == std::string::npos) continue;
    under_denial = true;
    CHECK_FALSE(t.asserted);
  }
  CHECK(under_denial);
  for (const OpenIeTuple& t : extract(words("The firm held talks with a rival .")))
    CHECK(t.asserted);
  // A relative clause states its own fact.
  bool relative = false;
  for (const OpenIeTuple& t :
       extract(words("Ana Ruiz , who founded the firm , did not sign the letter ."))) {
    if (t.relation != "founded") continue;
    relative = true;
    CHECK(t.asserted);
  }
  CHECK(relative);
}

TEST_CASE("a relative clause hung on the sentence's verb stands for the noun before it") {
  std::vector<std::string> rows = {"Results PROPN 2 nsubj", "came VERB 0 root",
                                   "from ADP 5 case",       "the DET 5 det",
                                   "trial NOUN 2 obl",      ", PUNCT 8 punct",
                                   "which PRON 8 nsubj",    "enrolled VERB 2 advcl:relcl",
                                   "adults NOUN 8 obj",     "in ADP 11 case",
                                   "Peru PROPN 8 obl",      ". PUNCT 2 punct"};
  std::vector<std::string> found;
  for (const OpenIeTuple& t : tree_tuples(rows)) found.push_back(show(t));
  CHECK(has(found, "(the trial ; enrolled ; adults ; in Peru)"));
  // With no noun before the comma, the pronoun stands for nothing.
  rows[4] = "trial ADV 2 advmod";
  for (const OpenIeTuple& t : tree_tuples(rows)) CHECK(t.args.at(0) != "which");
}

TEST_CASE("a passive's by-phrase hung on the object is the agent") {
  // "Ana Ruiz was elected Chancellor by the Assembly", the parser hanging
  // "by the Assembly" on "Chancellor".
  const std::vector<std::string> rows = {
      "Ana PROPN 4 nsubj:pass", "Ruiz PROPN 1 flat",      "was AUX 4 aux:pass",
      "elected VERB 0 root",    "Chancellor PROPN 4 obj", "by ADP 8 case",
      "the DET 8 det",          "Assembly PROPN 5 nmod",  ". PUNCT 4 punct"};
  std::vector<std::string> found;
  for (const OpenIeTuple& t : tree_tuples(rows)) {
    found.push_back(show(t));
    if (t.relation == "was elected by") CHECK(t.passive);
  }
  CHECK(has(found, "(Ana Ruiz ; was elected by ; the Assembly ; Chancellor)"));
}

TEST_CASE("', who' hung on a common noun stands for the name before the comma") {
  // "The club paid Ana Ruiz , who arrived from Lima", the parser hanging
  // the relative clause on "club".
  const std::vector<std::string> rows = {
      "The DET 2 det",     "club NOUN 3 nsubj", "paid VERB 0 root", "Ana PROPN 3 obj",
      "Ruiz PROPN 4 flat", ", PUNCT 8 punct",   "who PRON 8 nsubj", "arrived VERB 2 acl:relcl",
      "from ADP 10 case",  "Lima PROPN 8 obl",  ". PUNCT 3 punct"};
  std::vector<std::string> found;
  for (const OpenIeTuple& t : tree_tuples(rows)) found.push_back(show(t));
  CHECK(has(found, "(Ana Ruiz ; arrived from ; Lima)"));
}
