#include "extract/parse/embedded_model.h"

#include <doctest/doctest.h>

#include "extract/parse/model.h"

using namespace kg::parse;

TEST_CASE("the built-in model, when the build has one, is a valid model") {
  const std::string_view bytes = embedded_model_bytes();
  if (bytes.empty()) return;  // a build without extract/parse/model/en_ud.kgmodel
  auto model = Model::deserialize(bytes, std::string(kEmbeddedModelName));
  REQUIRE(model.ok());
  Sentence s;
  for (const char* w : {"The", "model", "works", "."}) {
    Word word;
    word.form = w;
    s.words.push_back(word);
  }
  model->annotate(s);
  CHECK(check_tree(s, "built-in").ok());
  CHECK(s.words[1].upos == "NOUN");
}
