#include "extract/parse/embedded_model.h"

// KG_PARSE_MODEL_FILE is the absolute path of the model file (CMake); the
// assembler copies its bytes into .rodata between the two symbols.
#ifdef KG_PARSE_MODEL_FILE
asm(".pushsection .rodata\n"
    ".balign 64\n"
    ".global kg_parse_model_begin\n"
    "kg_parse_model_begin:\n"
    ".incbin \"" KG_PARSE_MODEL_FILE
    "\"\n"
    ".global kg_parse_model_end\n"
    "kg_parse_model_end:\n"
    ".byte 0\n"
    ".popsection\n");
extern "C" const char kg_parse_model_begin[];
extern "C" const char kg_parse_model_end[];
#endif

namespace kg::parse {

std::string_view embedded_model_bytes() {
#ifdef KG_PARSE_MODEL_FILE
  return std::string_view(kg_parse_model_begin,
                          static_cast<std::size_t>(kg_parse_model_end - kg_parse_model_begin));
#else
  return {};
#endif
}

}  // namespace kg::parse
