#include "kg/graph.h"

namespace kg {

std::string_view to_string(EntityType type) {
  switch (type) {
    case EntityType::kPerson:
      return "Person";
    case EntityType::kCountry:
      return "Country";
    case EntityType::kOrganization:
      return "Organization";
    case EntityType::kPlace:
      return "Place";
    case EntityType::kEvent:
      return "Event";
    case EntityType::kAgreement:
      return "Agreement";
    case EntityType::kDate:
      return "Date";
    case EntityType::kMoney:
      return "Money";
    case EntityType::kOther:
      break;
  }
  return "Thing";
}

std::optional<EntityType> parse_entity_type(std::string_view name) {
  for (EntityType type : kAllEntityTypes) {
    if (to_string(type) == name) return type;
  }
  if (name == "Other") return EntityType::kOther;
  return std::nullopt;
}

}  // namespace kg
