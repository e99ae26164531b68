// Turns arbitrary text from articles into Graphviz attribute values that
// display verbatim in DOT, SVG, PNG and PDF output.
//
// The values are meant for agsafeset/agxset (cgraph quotes them when writing
// DOT, so '"' needs no escaping here). What Graphviz itself would interpret is
// neutralised:
//   - '\' starts an escape (\n, \l, \N, \G ...). Labels go through one round
//     of escape processing, tooltips through two, so a backslash is written as
//     "\\" in labels and "\\\\" in tooltips.
//   - '&' starts an HTML entity: Graphviz turns "&#65;" into "A" and passes
//     "&amp;" through into SVG, so '&' is written as "&amp;".
// Invalid UTF-8 becomes U+FFFD; control characters (C0, DEL, C1) and the XML
// non-characters U+FFFE/U+FFFF are removed or replaced so the SVG stays
// well-formed. Pure functions, no errors.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace kg::render {

inline constexpr std::size_t kMaxLabelChars = 60;
inline constexpr std::size_t kMaxTitleChars = 120;
inline constexpr std::size_t kMaxTooltipChars = 500;

// Valid UTF-8 with no control characters: line breaks and tabs become a single
// space, other controls are dropped, invalid bytes become U+FFFD. Longer than
// `max_chars` code points -> cut at a character boundary and ended with "…"
// (the result then has exactly `max_chars` code points). 0 = no limit.
std::string sanitize_text(std::string_view text, std::size_t max_chars = 0);

// A label value (node, edge, graph, cluster) that displays `text` verbatim.
std::string escape_label(std::string_view text, std::size_t max_chars = kMaxLabelChars);

// A tooltip value that displays `text` verbatim (newlines as spaces).
std::string escape_tooltip(std::string_view text, std::size_t max_chars = kMaxTooltipChars);

}  // namespace kg::render
