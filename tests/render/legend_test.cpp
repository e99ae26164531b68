#include "render/legend.h"

#include <doctest/doctest.h>

#include "render/style.h"

namespace kg::render {
namespace {

TEST_CASE("the isolated note counts what was left out") {
  CHECK(isolated_note(0).empty());
  CHECK(isolated_note(1) == "1 entity without relations not drawn (--isolated)");
  CHECK(isolated_note(12) == "12 entities without relations not drawn (--isolated)");
}

TEST_CASE("the legend table has a row per type and the note, escaped") {
  const std::string html =
      legend_table({EntityType::kPerson, EntityType::kCountry}, "a < b & \"c\"");
  CHECK(html.rfind("<TABLE", 0) == 0);
  CHECK(html.find(">Legend<") != std::string::npos);
  CHECK(html.find("<TD BGCOLOR=\"" + std::string(type_style(EntityType::kPerson).fillcolor) +
                  "\">Person</TD>") != std::string::npos);
  CHECK(html.find(">Country</TD>") != std::string::npos);
  CHECK(html.find(">Organization<") == std::string::npos);
  CHECK(html.find("a &lt; b &amp; &quot;c&quot;") != std::string::npos);
  CHECK(legend_table({}, "").find("FONT POINT-SIZE=\"9\"") == std::string::npos);
}

}  // namespace
}  // namespace kg::render
