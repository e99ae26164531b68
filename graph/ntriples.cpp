#include "graph/ntriples.h"

#include <cstdio>

#include "base/utf8.h"
#include "graph/rdf.h"
#include "kg/io.h"

namespace kg {

namespace {

void append_uchar(std::string& out, char32_t cp) {
  char buffer[16];
  if (cp <= 0xFFFF) {
    std::snprintf(buffer, sizeof buffer, "\\u%04X", static_cast<unsigned>(cp));
  } else {
    std::snprintf(buffer, sizeof buffer, "\\U%08X", static_cast<unsigned>(cp));
  }
  out += buffer;
}

bool forbidden_in_iri(char32_t cp) {
  if (cp <= 0x20) return true;
  switch (cp) {
    case '<':
    case '>':
    case '"':
    case '{':
    case '}':
    case '|':
    case '^':
    case '`':
    case '\\':
      return true;
    default:
      return false;
  }
}

void append_statement(std::string& out, const std::string& subject, const std::string& predicate,
                      const std::string& object) {
  out += subject;
  out += ' ';
  out += predicate;
  out += ' ';
  out += object;
  out += " .\n";
}

std::string term_text(const rdf::Term& term) {
  if (term.is_iri) return ntriples_iri(term.value);
  std::string text = ntriples_literal(term.value);
  if (!term.datatype.empty()) text += "^^" + ntriples_iri(term.datatype);
  return text;
}

}  // namespace

std::string ntriples_iri(std::string_view iri) {
  std::string out = "<";
  for (std::size_t pos = 0; pos < iri.size();) {
    const CodePoint c = decode_utf8(iri, pos);
    const char32_t cp = c.valid ? c.value : 0xFFFD;
    if (forbidden_in_iri(cp) || !c.valid) {
      append_uchar(out, cp);
    } else {
      out.append(iri.substr(pos, c.length));
    }
    pos += c.length;
  }
  out += '>';
  return out;
}

std::string ntriples_literal(std::string_view text) {
  std::string out = "\"";
  for (std::size_t pos = 0; pos < text.size();) {
    const CodePoint c = decode_utf8(text, pos);
    const char32_t cp = c.valid ? c.value : 0xFFFD;
    switch (cp) {
      case '\\':
        out += "\\\\";
        break;
      case '"':
        out += "\\\"";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      default:
        if (cp < 0x20 || cp == 0x7F || !c.valid) {
          append_uchar(out, cp);
        } else {
          out.append(text.substr(pos, c.length));
        }
    }
    pos += c.length;
  }
  out += '"';
  return out;
}

std::string to_ntriples(const KnowledgeGraph& g) {
  const std::string type_predicate = ntriples_iri(std::string(rdf::kRdf) + "type");
  std::string out;
  for (const rdf::Node& node : rdf::describe(g)) {
    const std::string subject = ntriples_iri(node.iri);
    for (const std::string& type : node.types) {
      append_statement(out, subject, type_predicate, ntriples_iri(type));
    }
    for (const rdf::Property& property : node.properties) {
      append_statement(out, subject, ntriples_iri(property.predicate), term_text(property.object));
    }
  }
  return out;
}

}  // namespace kg
