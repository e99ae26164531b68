// The country a document is about, for facts the text leaves to its reader:
// "President Arturo Vidal met ..." in an article about Chile says that Vidal
// is Chile's president. The home country is the country entity named most
// often in the document (a country's name or demonym), the country of a
// dateline's city counting twice, when it clearly leads: named at least twice
// as often as any other country. Otherwise there is none:
// an article about two countries ("Japan and the Philippines signed ...")
// leaves a bare title unanchored rather than guess.
#pragma once

#include "extract/relations/relation_extractor.h"

namespace kg::extract {

// The home country's entity index in ctx.resolved, or -1.
int home_country(const DocumentContext& ctx);

// True for a title naming an office of a state ("president", "prime
// minister", "defence minister", "former president"), which a bare title
// before a name gives to the home country.
bool is_national_office(std::string_view title);

// True for a title naming an office of a company or organisation ("chief
// executive", "chief technology officer", "chairman", "managing director",
// "founder"), which a bare title before a name gives to the one
// organisation its sentence names.
bool is_corporate_office(std::string_view title);

}  // namespace kg::extract
