#include "extract/relations/location_relations.h"

#include <doctest/doctest.h>

#include "tests/extract/relations/relation_fixture.h"

using kg::extract::LocationRelations;
using kg::test::Strings;

namespace {

Strings locations(const Strings& sentences) {
  return kg::test::relations(LocationRelations(), sentences);
}

}  // namespace

TEST_CASE("X in PLACE inside a prepositional phrase: by the type of X") {
  KG_CHECK_HAS(locations({"Fans filled the seats at the Andean Stadium in Quito."}),
               "Andean Stadium | located in | Quito");
  KG_CHECK_HAS(locations({"He later played for Club Sol in Peru."}), "Club Sol | based in | Peru");
  KG_CHECK_HAS(locations({"She sang at the Lyra Festival in Oslo."}),
               "Lyra Festival | held in | Oslo");
  // A place noun or an acronym in brackets between the name and "in".
  KG_CHECK_HAS(locations({"Output rose at its Lomas Altas mine in the Atacama region."}),
               "Lomas Altas | located in | Atacama");
  KG_CHECK_HAS(locations({"It is led by the Andean Institute of Physics (AIP) in Quito."}),
               "Andean Institute of Physics | based in | Quito");
  // The object of a verb: "in Lima" may say where the act was.
  CHECK(locations({"Peru sued the Andean Bank in Lima."}).empty());
  // People and countries are not located this way.
  CHECK(locations({"He met with Peru in Lima."}).empty());
}

TEST_CASE("City, Country and City, in Region") {
  KG_CHECK_HAS(locations({"Flights to Arequipa, Peru, start in May."}),
               "Arequipa | located in | Peru");
  KG_CHECK_HAS(locations({"He grew up in Cusco, in Peru's south."}), "Cusco | located in | Peru");
  // The name a place's possessive owns is the place ("in Peru's Arequipa region").
  KG_CHECK_HAS(locations({"He grew up in Yura, in Peru's Arequipa region."}),
               "Yura | located in | Arequipa");
  // Countries in a list are not inside one another.
  CHECK(locations({"Chile, Peru, and Bolivia agreed."}).empty());
  // A dateline says where the report was filed.
  CHECK(locations({"AREQUIPA, Peru, May 2 - Prices rose."}).empty());
}

TEST_CASE("the X district of Y; the Y city of X") {
  KG_CHECK_HAS(locations({"The quake hit the Miraflores district of Lima."}),
               "Miraflores | located in | Lima");
  KG_CHECK_HAS(locations({"They moved to the Lima port city of Callao."}),
               "Callao | located in | Lima");
}

TEST_CASE("X-based, with the place split off the adjective") {
  // The mention finder makes the place of "Lima-based" a mention of its own.
  const Strings r = locations({"Orvik Data, a Lima-based software group, grew.",
                               "Talks with the Lima-based bank Wolnar Holdings ended.",
                               "Orvik Data is a Lima-listed group."});
  KG_CHECK_HAS(r, "Orvik Data | based in | Lima");
  KG_CHECK_HAS(r, "Wolnar Holdings | based in | Lima");
  KG_CHECK_HAS(r, "Orvik Data | listed in | Lima");
  // A lower-case or unknown first part places nothing.
  CHECK(locations({"Orvik Data, a web-based software group, grew."}).empty());
}
