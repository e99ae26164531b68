#include "render/style.h"

#include <algorithm>
#include <cmath>

namespace kg::render {

const TypeStyle& type_style(EntityType type) {
  // Colours from ColorBrewer's "Paired" light half; one shape per type so the
  // diagram stays readable in greyscale.
  static constexpr TypeStyle kPerson{"#a6cee3", "ellipse"};
  static constexpr TypeStyle kCountry{"#b2df8a", "hexagon"};
  static constexpr TypeStyle kOrganization{"#fdbf6f", "box"};
  static constexpr TypeStyle kPlace{"#cab2d6", "house"};
  static constexpr TypeStyle kEvent{"#fb9a99", "diamond"};
  static constexpr TypeStyle kAgreement{"#ffff99", "note"};
  static constexpr TypeStyle kDate{"#e8e8e8", "plaintext"};
  static constexpr TypeStyle kMoney{"#d9f0d3", "plaintext"};
  static constexpr TypeStyle kOther{"#ffffff", "ellipse"};
  switch (type) {
    case EntityType::kPerson:
      return kPerson;
    case EntityType::kCountry:
      return kCountry;
    case EntityType::kOrganization:
      return kOrganization;
    case EntityType::kPlace:
      return kPlace;
    case EntityType::kEvent:
      return kEvent;
    case EntityType::kAgreement:
      return kAgreement;
    case EntityType::kDate:
      return kDate;
    case EntityType::kMoney:
      return kMoney;
    case EntityType::kOther:
      return kOther;
  }
  return kOther;
}

std::string_view legend_label(EntityType type) { return to_string(type); }

NodeSize node_size(double score, double min, double max) {
  if (std::isnan(score) || !(max > min)) return kMinNodeSize;
  const double t = (score - min) / (max - min);
  if (std::isnan(t)) return kMinNodeSize;
  const double s = std::sqrt(std::clamp(t, 0.0, 1.0));
  return {kMinNodeSize.width + s * (kMaxNodeSize.width - kMinNodeSize.width),
          kMinNodeSize.fontsize + s * (kMaxNodeSize.fontsize - kMinNodeSize.fontsize)};
}

}  // namespace kg::render
