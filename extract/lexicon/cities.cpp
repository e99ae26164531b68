#include "extract/lexicon/cities.h"

#include <geonames/geonames.h>

#include "base/name_fold.h"

namespace kg::extract {

Cities::Cities(std::vector<City> cities) {
  for (City& c : cities) {
    std::string key = fold_name(c.name);
    if (key.empty()) continue;
    auto it = by_key_.find(key);
    if (it == by_key_.end()) {
      by_key_.emplace(std::move(key), std::move(c));
    } else if (c.population > it->second.population) {
      it->second = std::move(c);
    }
  }
}

Cities Cities::load() {
  std::vector<City> cities;
  const int n = geonames_get_n_cities();
  cities.reserve(n > 0 ? static_cast<std::size_t>(n) : 0);
  for (int i = 0; i < n; ++i) {
    GeonamesCity* c = geonames_get_city(i);
    if (c == nullptr) continue;
    auto text = [](const gchar* s) { return s ? std::string(s) : std::string(); };
    cities.push_back({text(geonames_city_get_name(c)), text(geonames_city_get_state(c)),
                      text(geonames_city_get_country(c)), geonames_city_get_population(c)});
    geonames_city_free(c);
  }
  return Cities(std::move(cities));
}

std::optional<City> Cities::find(std::string_view name) const {
  auto it = by_key_.find(fold_name(name));
  if (it == by_key_.end()) return std::nullopt;
  return it->second;
}

}  // namespace kg::extract
