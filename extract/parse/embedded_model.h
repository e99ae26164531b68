// The model built into the binary: the file extract/parse/model/en_ud.kgmodel
// of the source tree, embedded by the assembler (.incbin) when kg is built.
// Empty when the build found no model file.
#pragma once

#include <string_view>

namespace kg::parse {

std::string_view embedded_model_bytes();

// The name errors about the embedded model use.
inline constexpr std::string_view kEmbeddedModelName = "built-in model";

}  // namespace kg::parse
