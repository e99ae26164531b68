// Text encodings shared by the exporters: percent-encoding for IRIs, XML
// escaping and number formatting. All functions are total: any byte string is
// accepted and the result is always valid in its target syntax.
#pragma once

#include <string>
#include <string_view>

namespace kg {

// Percent-encodes every byte of `text` (upper-case hex) except ASCII letters,
// digits and the characters listed in `keep`.
std::string percent_encode(std::string_view text, std::string_view keep = "-._~");

// Escapes text for XML 1.0 element content or attribute values: & < > " ' as
// entities, CR/LF/TAB as character references; invalid UTF-8 becomes U+FFFD;
// characters XML 1.0 forbids (C0 controls, U+FFFE, U+FFFF) are dropped.
std::string xml_escape(std::string_view text);

// Shortest decimal text that reads back as the same double ("0.9", "1",
// "1e-07"); "NaN", "INF" and "-INF" for non-finite values (the xsd forms).
std::string format_double(double value);

}  // namespace kg
