#include <doctest/doctest.h>

#include "kg/graph.h"

namespace kg {

TEST_CASE("entity types round-trip through their names") {
  for (EntityType type : kAllEntityTypes) {
    CHECK(parse_entity_type(to_string(type)) == type);
  }
  CHECK(to_string(EntityType::kOrganization) == "Organization");
  CHECK(to_string(EntityType::kOther) == "Thing");
  CHECK(parse_entity_type("Other") == EntityType::kOther);
  CHECK_FALSE(parse_entity_type("person").has_value());
  CHECK_FALSE(parse_entity_type("").has_value());
}

}  // namespace kg
