#include <doctest/doctest.h>

#include "kg/io.h"
#include "test_graphs.h"

namespace kg {

TEST_CASE("GraphML declares keys and escapes every string") {
  const KnowledgeGraph g = testing::adversarial_graph();
  const std::string xml = to_graphml(g);
  CHECK(xml.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", 0) == 0);
  CHECK(xml.find("<key id=\"d7\" for=\"edge\" attr.name=\"confidence\" attr.type=\"double\"/>") !=
        std::string::npos);
  CHECK(xml.find("<graph id=\"kg\" edgedefault=\"directed\">") != std::string::npos);
  CHECK(xml.find("<data key=\"d0\">Quote &quot; back\\slash &lt;script&gt;alert(1)&lt;/script&gt; "
                 "&amp;amp; &#10; line2 \xf0\x9f\x98\x80</data>") != std::string::npos);
  CHECK(xml.find("<data key=\"d2\">Alias|one|tab&#9;here</data>") != std::string::npos);
  CHECK(xml.find("<data key=\"d5\">met &lt;with&gt;</data>") != std::string::npos);
  CHECK(xml.find("<data key=\"d6\">true</data>") != std::string::npos);
  CHECK(xml.find("<data key=\"d7\">0.9</data>") != std::string::npos);
  CHECK(xml.find("<edge id=\"e1\" source=\"n0\" target=\"n2\">") != std::string::npos);
  CHECK(xml.find("<script>") == std::string::npos);
  CHECK(xml.find('\x01') == std::string::npos);
  CHECK(xml.find('\x02') == std::string::npos);
}

TEST_CASE("GraphML nodes carry label, documents and centralities; edges their qualifiers") {
  const KnowledgeGraph g = testing::adversarial_graph();
  const std::string xml = to_graphml(g);
  for (const char* key :
       {"<key id=\"d9\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>",
        "<key id=\"d10\" for=\"node\" attr.name=\"documents\" attr.type=\"string\"/>",
        "<key id=\"d11\" for=\"node\" attr.name=\"degree\" attr.type=\"double\"/>",
        "<key id=\"d12\" for=\"node\" attr.name=\"pagerank\" attr.type=\"double\"/>",
        "<key id=\"d13\" for=\"node\" attr.name=\"betweenness\" attr.type=\"double\"/>",
        "<key id=\"d14\" for=\"node\" attr.name=\"eigenvector\" attr.type=\"double\"/>",
        "<key id=\"d15\" for=\"node\" attr.name=\"closeness\" attr.type=\"double\"/>",
        "<key id=\"d16\" for=\"edge\" attr.name=\"qualifiers\" attr.type=\"string\"/>"}) {
    CAPTURE(key);
    CHECK(xml.find(key) != std::string::npos);
  }
  CHECK(xml.find("<data key=\"d9\">Quote &quot; back\\slash") != std::string::npos);
  CHECK(xml.find("<data key=\"d10\">doc &quot;1&quot;.txt</data>") != std::string::npos);
  // Qualifiers as a JSON object, XML-escaped; the control character is dropped.
  CHECK(
      xml.find("<data key=\"d16\">{&quot;note&quot;:&quot;a \\&quot;b\\&quot;\\r\\nc\\u0001&quot;,"
               "&quot;year&quot;:&quot;2024&quot;}</data>") != std::string::npos);
  // Degree of the person joined to both others: 2 / (n - 1) = 1.
  const std::size_t first_node = xml.find("<node id=\"n0\">");
  CHECK(xml.find("<data key=\"d11\">1</data>", first_node) < xml.find("</node>", first_node));
}

}  // namespace kg
