// A UD tree written for a test as "FORM UPOS HEAD DEPREL" rows, one per word.
#pragma once

#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <vector>

#include "extract/parse/conllu.h"

namespace kg::test {

inline parse::Sentence tree_from_rows(const std::vector<std::string>& rows) {
  std::string text;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    std::string form, upos, head, deprel;
    std::istringstream in(rows[i]);
    in >> form >> upos >> head >> deprel;
    text += std::to_string(i + 1) + "\t" + form + "\t_\t" + upos + "\t_\t_\t" + head + "\t" +
            deprel + "\t_\t_\n";
  }
  auto sentences = parse::read_conllu(text + "\n", "test");
  REQUIRE(sentences.ok());
  return sentences->at(0);
}

}  // namespace kg::test
