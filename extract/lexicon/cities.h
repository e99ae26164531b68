// Cities: the world's cities of 15,000 people or more, from GeoNames as
// Debian's libgeonames ships them (about 24,000 names with their state or
// province and country). A name that the text gives no type is a place when
// it names one of them ("a factory in Espoo", "around Aleppo, Hama and
// Latakia"). Names are matched folded (case and diacritics ignored:
// "Adiyaman" finds "Adıyaman"); of cities sharing a name, the most populous
// answers.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace kg::extract {

struct City {
  std::string name;     // as GeoNames spells it
  std::string state;    // first-order division ("Central Java"), may be empty
  std::string country;  // as GeoNames names it ("United States of America")
  std::uint32_t population = 0;
};

class Cities {
 public:
  // Every city of libgeonames.
  static Cities load();
  // A table of the given cities (tests).
  explicit Cities(std::vector<City> cities = {});

  // The most populous city of that name, or nullopt.
  std::optional<City> find(std::string_view name) const;
  std::size_t size() const { return by_key_.size(); }

 private:
  std::unordered_map<std::string, City> by_key_;  // folded name -> most populous
};

}  // namespace kg::extract
