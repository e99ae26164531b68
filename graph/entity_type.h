// EntityType: the closed set of entity kinds kg knows, with their names as
// written in graph.json, triples.jsonl and the gold files ("Person", ...).
#pragma once

#include <optional>
#include <string_view>

namespace kg {

enum class EntityType {
  kPerson,
  kCountry,
  kOrganization,
  kPlace,
  kEvent,
  kAgreement,
  kDate,
  kMoney,
  kOther
};

inline constexpr EntityType kAllEntityTypes[] = {
    EntityType::kPerson, EntityType::kCountry, EntityType::kOrganization,
    EntityType::kPlace,  EntityType::kEvent,   EntityType::kAgreement,
    EntityType::kDate,   EntityType::kMoney,   EntityType::kOther};

// "Person", "Country", ...; "Thing" for kOther.
std::string_view to_string(EntityType type);

// Inverse of to_string ("Other" is also accepted for kOther); nullopt for an
// unknown name. Case-sensitive.
std::optional<EntityType> parse_entity_type(std::string_view name);

}  // namespace kg
