#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <nlohmann/json.hpp>
#include <string_view>
#include <utility>

#include "graph/rdf.h"
#include "kg/io.h"

namespace kg {

namespace {

using Json = nlohmann::ordered_json;

constexpr std::array<std::pair<std::string_view, std::string_view>, 5> kPrefixes = {{
    {"schema", rdf::kSchema},
    {"prov", rdf::kProv},
    {"rdf", rdf::kRdf},
    {"xsd", rdf::kXsd},
    {"kg", rdf::kVocab},
}};

// prefix:local when `iri` lies in a context namespace, else the IRI itself.
std::string compact(const std::string& iri) {
  for (const auto& [prefix, ns] : kPrefixes) {
    if (iri.size() > ns.size() && iri.compare(0, ns.size(), ns) == 0 &&
        iri.compare(ns.size(), 2, "//") != 0) {
      return std::string(prefix) + ":" + iri.substr(ns.size());
    }
  }
  return iri;
}

// Integers and booleans become native JSON values (which JSON-LD maps back to
// xsd:integer and xsd:boolean); doubles a native number with an explicit
// xsd:double type, so integral values such as 1.0 keep their datatype.
Json to_json(const rdf::Term& term) {
  if (term.is_iri) return Json{{"@id", term.value}};
  if (term.datatype.empty()) return term.value;
  const std::string_view type(term.datatype);
  const std::string_view local = type.substr(std::min(type.size(), rdf::kXsd.size()));
  if (type.substr(0, rdf::kXsd.size()) == rdf::kXsd) {
    if (local == "boolean") return term.value == "true";
    const char* begin = term.value.data();
    const char* end = begin + term.value.size();
    if (local == "integer") {
      long long number = 0;
      if (std::from_chars(begin, end, number).ptr == end) return number;
    } else if (local == "double") {
      double number = 0;
      if (std::from_chars(begin, end, number).ptr == end && std::isfinite(number)) {
        return Json{{"@value", number}, {"@type", compact(term.datatype)}};
      }
    }
  }
  return Json{{"@value", term.value}, {"@type", compact(term.datatype)}};
}

Json node_object(const rdf::Node& node) {
  Json object = Json::object();
  object["@id"] = node.iri;
  Json types = Json::array();
  for (const std::string& type : node.types) types.push_back(compact(type));
  if (!types.empty()) object["@type"] = std::move(types);
  for (const rdf::Property& property : node.properties) {
    Json& slot = object[compact(property.predicate)];
    Json value = to_json(property.object);
    if (slot.is_null()) {
      slot = std::move(value);
    } else {
      if (!slot.is_array()) slot = Json::array({std::move(slot)});
      slot.push_back(std::move(value));
    }
  }
  return object;
}

}  // namespace

std::string to_jsonld(const KnowledgeGraph& g) {
  Json context = Json::object();
  for (const auto& [prefix, ns] : kPrefixes) context[std::string(prefix)] = std::string(ns);
  Json graph = Json::array();
  for (const rdf::Node& node : rdf::describe(g)) graph.push_back(node_object(node));
  Json document = Json::object();
  document["@context"] = std::move(context);
  document["@graph"] = std::move(graph);
  return document.dump(1, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace kg
