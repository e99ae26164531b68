// Escaping of text from articles for an HTML page (render/html_page.h) as
// JSON data inside an inline <script type="application/json"> element. (HTML
// text, the page's title, is escaped by graph/encoding.h's xml_escape, whose
// entities HTML reads the same.)
//
// Inside a <script> element the HTML parser ends the element at "</script"
// and treats "<!--" specially, whatever the JSON means; so the JSON written
// here never holds '<', '>' or '&' literally (they become \u003c, \u003e,
// \u0026, which JSON.parse turns back into the same characters). U+2028 and
// U+2029 become \u2028 and \u2029 (line terminators in older JavaScript).
// Pure functions, no errors.
#pragma once

#include <string>
#include <string_view>

namespace kg::render {

// A JSON string literal, quotes included, that JSON.parse reads back as
// `text` and that is safe verbatim inside a <script> element: '"' and '\'
// escaped, control characters as \n, \t ... or \u00XX, '<' '>' '&' U+2028
// U+2029 as \uXXXX. Invalid UTF-8 bytes become U+FFFD; everything else is
// kept as UTF-8.
std::string script_json_string(std::string_view text);

// Appends script_json_string(text) to `out`.
void append_script_json_string(std::string& out, std::string_view text);

}  // namespace kg::render
