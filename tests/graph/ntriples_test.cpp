#include "graph/ntriples.h"

#include <doctest/doctest.h>

#include "kg/io.h"
#include "test_graphs.h"

namespace kg {

TEST_CASE("N-Triples literals and IRIs are escaped per the spec") {
  CHECK(ntriples_literal("a\"b\\c\nd\re") == "\"a\\\"b\\\\c\\nd\\re\"");
  CHECK(ntriples_literal("tab\there\x01\x7f") == "\"tab\\u0009here\\u0001\\u007F\"");
  CHECK(ntriples_literal("Vi\xe1\xbb\x87t \xf0\x9f\x98\x80") ==
        "\"Vi\xe1\xbb\x87t \xf0\x9f\x98\x80\"");
  CHECK(ntriples_literal("\xff") == "\"\\uFFFD\"");
  CHECK(ntriples_iri("urn:x:a b<c>") == "<urn:x:a\\u0020b\\u003Cc\\u003E>");
}

TEST_CASE("N-Triples output states entities, relations and statements") {
  const KnowledgeGraph g = testing::adversarial_graph();
  const std::string nt = to_ntriples(g);
  const std::string vietnam = "<urn:kg:entity:Vi%E1%BB%87t%20Nam%20%E2%80%8F>";
  CHECK(nt.find(vietnam + " <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
                          "<http://schema.org/Country> .\n") != std::string::npos);
  CHECK(nt.find(vietnam + " <http://schema.org/name> \"Vi\xe1\xbb\x87t Nam \xe2\x80\x8f\" .\n") !=
        std::string::npos);
  CHECK(nt.find("<urn:kg:relation:0> <urn:kg:vocab:confidence> "
                "\"0.9\"^^<http://www.w3.org/2001/XMLSchema#double> .\n") != std::string::npos);
  CHECK(nt.find("<urn:kg:relation:0:evidence:0> <urn:kg:vocab:text> "
                "\"He said \\\"hi\\\" \\\\ <b>bold</b>\\u007F\\u0002\" .\n") != std::string::npos);
  CHECK(nt.find("<urn:kg:relation:0:qualifier:0> <urn:kg:vocab:value> "
                "\"a \\\"b\\\"\\r\\nc\\u0001\" .\n") != std::string::npos);
  // Every line is one triple: no raw newline inside a statement.
  std::size_t lines = 0;
  for (char c : nt) lines += c == '\n';
  std::size_t terminators = 0;
  for (std::size_t pos = 0; (pos = nt.find(" .\n", pos)) != std::string::npos; pos += 3) {
    ++terminators;
  }
  CHECK(lines == terminators);
  CHECK(lines > 30);
}

}  // namespace kg
