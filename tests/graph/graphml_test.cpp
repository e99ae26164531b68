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

}  // namespace kg
