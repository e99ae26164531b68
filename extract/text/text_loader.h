// Loading article files as UTF-8 text (load_text_file, declared in
// kg/extract.h), with checks that turn every kind of bad input into a
// one-line kg::Status naming the file and the cause instead of garbage
// downstream.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "kg/extract.h"
#include "kg/status.h"

namespace kg::extract {

// Checks that `bytes` is usable UTF-8 text; `name` is used in the message.
// InvalidInput when the bytes are empty or only whitespace, a known binary
// format or binary-looking (NUL bytes, many control characters): "binary file",
// an HTML page (starts with "<!DOCTYPE html" or "<html"): "HTML page",
// UTF-16 or UTF-32 (byte-order mark or NUL pattern: the encoding is named), or
// invalid UTF-8 ("invalid UTF-8 at byte offset N"), or data that is not prose:
// a kg graph or kg triples (the message names the commands that read them),
// JSON, JSON Lines, XML (GraphML, SVG, RSS), Graphviz DOT, N-Triples, or a CSV
// or TSV table (the first 20 lines agree on their separator count and few end
// like a sentence). A leading UTF-8 BOM is allowed.
//
// kAnyText skips the data-format checks, for text files that are data by
// design (CoNLL-U treebanks, word lists).
enum class TextKind { kProse, kAnyText };
Status validate_text(std::string_view bytes, const std::string& name,
                     TextKind kind = TextKind::kProse);

// load_text_file (kg/extract.h) for either kind of text.
Result<std::string> read_text_file(const std::string& path, std::size_t max_bytes, TextKind kind);

// `bytes` without a leading UTF-8 byte-order mark.
std::string_view strip_utf8_bom(std::string_view bytes);

}  // namespace kg::extract
