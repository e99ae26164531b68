// fold_name: the matching key for entity names, used wherever two spellings
// of a name must compare equal (entity resolution, graph lookup, kg query).
#pragma once

#include <string>
#include <string_view>

namespace kg {

// Lower case (base/letters.h's table), Latin diacritics removed ("Đà Nẵng" ->
// "da nang", "Müller" -> "muller"), ligatures spelled out ("Æ" -> "ae", "ß" ->
// "ss"), apostrophe variants as "'", combining marks and invisible format
// characters dropped, runs of Unicode white space as one space, trimmed.
// Invalid bytes are kept as they are.
std::string fold_name(std::string_view name);

}  // namespace kg
