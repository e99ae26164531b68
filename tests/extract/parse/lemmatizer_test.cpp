#include "extract/parse/lemmatizer.h"

#include <doctest/doctest.h>

using namespace kg::parse;

TEST_CASE("edit scripts") {
  const EditScript s = edit_script("studies", "study");
  CHECK(s.cut == 3);
  CHECK(s.append == "y");
  CHECK(apply_script(s, "ladies") == "lady");
  CHECK(apply_script(edit_script("The", "the"), "This") == "this");
  CHECK(apply_script(edit_script("Americans", "American"), "Canadians") == "Canadian");
  CHECK(apply_script(edit_script("went", "go"), "went") == "go");
  CHECK(apply_script(edit_script("caf\u00e9s", "caf\u00e9"), "caf\u00e9s") == "caf\u00e9");
}

TEST_CASE("known words use their own lemma, unknown ones a suffix rule of their tag") {
  Lemmatizer lem;
  lem.count("cats", "NNS", "cat");
  lem.count("dogs", "NNS", "dog");
  lem.count("studies", "NNS", "study");
  lem.count("ladies", "NNS", "lady");
  lem.count("studies", "VBZ", "study");
  lem.count("went", "VBD", "go");
  lem.count("walked", "VBD", "walk");
  lem.count("talked", "VBD", "talk");
  lem.count("The", "DT", "the");
  lem.count("Paris", "NNP", "Paris");
  lem.finish();
  CHECK(lem.lemma("went", "VBD") == "go");
  CHECK(lem.lemma("Went", "VBD") == "go");
  CHECK(lem.lemma("jumped", "VBD") == "jump");
  CHECK(lem.lemma("babies", "NNS") == "baby");
  CHECK(lem.lemma("birds", "NNS") == "bird");
  CHECK(lem.lemma("THE", "DT") == "the");
  CHECK(lem.lemma("London", "NNP") == "London");
  CHECK(lem.lemma("xyz", "SYM") == "xyz");  // tag never seen: the form itself

  ByteWriter out;
  lem.write(out);
  ByteReader in(out.bytes());
  const Lemmatizer back = Lemmatizer::read(in);
  REQUIRE_FALSE(in.failed());
  CHECK(back.lemma("babies", "NNS") == "baby");
  CHECK(back.lemma("went", "VBD") == "go");
}
