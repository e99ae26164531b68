#include "render/style.h"

#include <doctest/doctest.h>

#include <cmath>
#include <set>
#include <string>

namespace kg::render {
namespace {

TEST_CASE("every entity type has a colour and a shape") {
  for (const EntityType type : kAllEntityTypes) {
    const TypeStyle& style = type_style(type);
    CAPTURE(to_string(type));
    REQUIRE(style.fillcolor.size() == 7);
    CHECK(style.fillcolor.front() == '#');
    CHECK(!style.shape.empty());
    CHECK(legend_label(type) == to_string(type));
  }
}

TEST_CASE("shapes follow the entity type") {
  CHECK(type_style(EntityType::kPerson).shape == "ellipse");
  CHECK(type_style(EntityType::kCountry).shape == "hexagon");
  CHECK(type_style(EntityType::kOrganization).shape == "box");
  CHECK(type_style(EntityType::kPlace).shape == "house");
  CHECK(type_style(EntityType::kEvent).shape == "diamond");
  CHECK(type_style(EntityType::kAgreement).shape == "note");
  CHECK(type_style(EntityType::kDate).shape == "plaintext");
  CHECK(type_style(EntityType::kMoney).shape == "plaintext");
  CHECK(legend_label(EntityType::kOther) == "Thing");
}

TEST_CASE("the main entity types have distinct colours") {
  std::set<std::string_view> colours;
  for (const EntityType type :
       {EntityType::kPerson, EntityType::kCountry, EntityType::kOrganization, EntityType::kPlace,
        EntityType::kEvent, EntityType::kAgreement}) {
    colours.insert(type_style(type).fillcolor);
  }
  CHECK(colours.size() == 6);
}

TEST_CASE("node_size maps the score range onto the size range") {
  const NodeSize low = node_size(1.0, 1.0, 5.0);
  const NodeSize high = node_size(5.0, 1.0, 5.0);
  const NodeSize mid = node_size(2.0, 1.0, 5.0);
  CHECK(low.width == doctest::Approx(kMinNodeSize.width));
  CHECK(low.fontsize == doctest::Approx(kMinNodeSize.fontsize));
  CHECK(high.width == doctest::Approx(kMaxNodeSize.width));
  CHECK(high.fontsize == doctest::Approx(kMaxNodeSize.fontsize));
  // square-root growth: a quarter of the range is half of the size range
  CHECK(mid.width == doctest::Approx((kMinNodeSize.width + kMaxNodeSize.width) / 2));
  CHECK(mid.fontsize > low.fontsize);
  CHECK(mid.fontsize < high.fontsize);
}

TEST_CASE("node_size clamps and handles degenerate input") {
  CHECK(node_size(-3.0, 0.0, 1.0).width == doctest::Approx(kMinNodeSize.width));
  CHECK(node_size(9.0, 0.0, 1.0).width == doctest::Approx(kMaxNodeSize.width));
  CHECK(node_size(0.5, 2.0, 2.0).width == doctest::Approx(kMinNodeSize.width));
  CHECK(node_size(std::nan(""), 0.0, 1.0).width == doctest::Approx(kMinNodeSize.width));
  CHECK(node_size(HUGE_VAL, 0.0, HUGE_VAL).width == doctest::Approx(kMinNodeSize.width));
}

}  // namespace
}  // namespace kg::render
