// N-Triples term syntax, shared by the N-Triples export (to_ntriples in
// kg/io.h) and its tests.
#pragma once

#include <string>
#include <string_view>

namespace kg {

// "<iri>" and "\"text\"" in N-Triples syntax: literals escape backslash,
// double quote, LF and CR as \\, \", \n and \r, and other control
// characters as \uXXXX; IRIs escape the characters N-Triples forbids in
// IRIREF as \uXXXX.
std::string ntriples_iri(std::string_view iri);
std::string ntriples_literal(std::string_view text);

}  // namespace kg
