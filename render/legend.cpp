#include "render/legend.h"

#include "graph/encoding.h"

namespace kg::render {

std::string isolated_note(std::size_t hidden) {
  if (hidden == 0) return {};
  return std::to_string(hidden) + (hidden == 1 ? " entity" : " entities") +
         " without relations not drawn (--isolated)";
}

std::string legend_table(const std::vector<LegendRow>& rows, const std::string& note) {
  std::string html =
      "<TABLE BORDER=\"1\" COLOR=\"#b0b0b0\" STYLE=\"rounded\" CELLBORDER=\"1\" "
      "CELLSPACING=\"4\" CELLPADDING=\"4\"><TR><TD BORDER=\"0\"><FONT "
      "POINT-SIZE=\"12\">Legend</FONT></TD></TR>";
  for (const LegendRow& row : rows) {
    html += "<TR><TD BGCOLOR=\"" + std::string(row.fillcolor) + "\">" + xml_escape(row.label) +
            "</TD></TR>";
  }
  if (!note.empty()) {
    html += "<TR><TD BORDER=\"0\"><FONT POINT-SIZE=\"9\" COLOR=\"#606060\">" + xml_escape(note) +
            "</FONT></TD></TR>";
  }
  return html + "</TABLE>";
}

}  // namespace kg::render
