#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "graph/encoding.h"
#include "kg/io.h"
#include "test_graphs.h"

namespace kg {

namespace {

using Json = nlohmann::json;

const Json* node_with_id(const Json& doc, const std::string& id) {
  for (const Json& node : doc["@graph"]) {
    if (node["@id"] == id) return &node;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("JSON-LD parses and carries adversarial strings intact") {
  const KnowledgeGraph g = testing::adversarial_graph();
  const std::string text = to_jsonld(g);
  const Json doc = Json::parse(text);  // throws (and fails the test) if invalid
  REQUIRE(doc.contains("@context"));
  CHECK(doc["@context"]["schema"] == "http://schema.org/");
  CHECK(doc["@context"]["kg"] == "urn:kg:vocab:");
  CHECK(doc["@context"]["prov"] == "http://www.w3.org/ns/prov#");

  const std::string nasty = g.entity(0).name;
  const Json* person = node_with_id(doc, "urn:kg:entity:" + percent_encode(nasty));
  REQUIRE(person != nullptr);
  CHECK((*person)["schema:name"] == nasty);
  CHECK((*person)["@type"] == Json::array({"schema:Person"}));
  CHECK((*person)["schema:alternateName"] == Json::array({"Alias|one", "tab\there"}));
  CHECK((*person)["kg:mentions"] == 3);
  const std::string vietnam_iri = "urn:kg:entity:Vi%E1%BB%87t%20Nam%20%E2%80%8F";
  CHECK((*person)["kg:met_with_%22friends%22%2Fco"] == Json{{"@id", vietnam_iri}});

  const Json* deal = node_with_id(doc, "urn:kg:entity:Deal");
  REQUIRE(deal != nullptr);
  CHECK((*deal)["@type"] == Json::array({"kg:Agreement", "schema:CreativeWork"}));

  const Json* statement = node_with_id(doc, "urn:kg:relation:0");
  REQUIRE(statement != nullptr);
  CHECK((*statement)["@type"] == Json::array({"rdf:Statement"}));
  CHECK((*statement)["rdf:object"] == Json{{"@id", vietnam_iri}});
  CHECK((*statement)["kg:label"] == "met <with>");
  CHECK((*statement)["kg:confidence"] == Json{{"@value", 0.9}, {"@type", "xsd:double"}});
  CHECK((*statement)["kg:symmetric"] == true);
  CHECK((*statement)["kg:qualifier"].size() == 2);
  const Json* evidence = node_with_id(doc, "urn:kg:relation:0:evidence:0");
  REQUIRE(evidence != nullptr);
  CHECK((*evidence)["kg:text"] == "He said \"hi\" \\ <b>bold</b>\x7f\x02");
  CHECK((*evidence)["kg:document"] == "doc \"1\".txt");
  CHECK((*evidence)["kg:end"] == 42);
  const Json* note = node_with_id(doc, "urn:kg:relation:0:qualifier:0");
  REQUIRE(note != nullptr);
  CHECK((*note)["kg:value"] == "a \"b\"\r\nc\x01");
}

TEST_CASE("JSON-LD of invalid UTF-8 is still valid JSON") {
  KnowledgeGraph g;
  g.add_entity({"bad\xff name", EntityType::kPlace, {}, 1});
  const Json doc = Json::parse(to_jsonld(g));
  CHECK(doc["@graph"][0]["schema:name"] == "bad\xef\xbf\xbd name");
  CHECK(doc["@graph"][0]["@id"] == "urn:kg:entity:bad%FF%20name");
}

TEST_CASE("JSON-LD of an empty graph") {
  const Json doc = Json::parse(to_jsonld(KnowledgeGraph{}));
  CHECK(doc["@graph"].empty());
}

}  // namespace kg
