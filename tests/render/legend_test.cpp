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
  const std::vector<LegendRow> rows = {
      {std::string(legend_label(EntityType::kPerson)), type_style(EntityType::kPerson).fillcolor},
      {std::string(legend_label(EntityType::kCountry)),
       type_style(EntityType::kCountry).fillcolor}};
  const std::string html = legend_table(rows, "a < b & \"c\"");
  CHECK(html.rfind("<TABLE", 0) == 0);
  CHECK(html.find(">Legend<") != std::string::npos);
  CHECK(html.find("<TD BGCOLOR=\"" + std::string(type_style(EntityType::kPerson).fillcolor) +
                  "\">Person</TD>") != std::string::npos);
  CHECK(html.find(">Country</TD>") != std::string::npos);
  CHECK(html.find(">Organization<") == std::string::npos);
  CHECK(html.find("a &lt; b &amp; &quot;c&quot;") != std::string::npos);
  CHECK(legend_table({}, "").find("FONT POINT-SIZE=\"9\"") == std::string::npos);
}

TEST_CASE("community rows are cells in their colour, their labels escaped") {
  const std::string html = legend_table({{"AT&T <Corp> (12)", "#8dd3c7"},
                                         {"Anwar (3)", "#ffffb3"},
                                         {"4 smaller communities", "#ffffff"}},
                                        "");
  CHECK(html.find("<TD BGCOLOR=\"#8dd3c7\">AT&amp;T &lt;Corp&gt; (12)</TD>") != std::string::npos);
  CHECK(html.find("<TD BGCOLOR=\"#ffffb3\">Anwar (3)</TD>") != std::string::npos);
  CHECK(html.find("<TD BGCOLOR=\"#ffffff\">4 smaller communities</TD>") != std::string::npos);
  CHECK(html.find("#8dd3c7") < html.find("#ffffb3"));  // in the given order
  CHECK(html.find("<Corp>") == std::string::npos);
  CHECK(html.find("FONT POINT-SIZE=\"9\"") == std::string::npos);  // no note
}

}  // namespace
}  // namespace kg::render
