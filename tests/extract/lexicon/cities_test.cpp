#include "extract/lexicon/cities.h"

#include <doctest/doctest.h>

using kg::extract::Cities;
using kg::extract::City;

TEST_CASE("a name finds its most populous city, case and diacritics ignored") {
  const Cities cities({{"Lyra", "North", "Freedonia", 20000},
                       {"Lyra", "South", "Sylvania", 90000},
                       {"Adıyaman", "Adıyaman Province", "Turkey", 300000}});
  CHECK(cities.size() == 2);
  REQUIRE(cities.find("lyra"));
  CHECK(cities.find("lyra")->country == "Sylvania");
  REQUIRE(cities.find("Adiyaman"));
  CHECK(cities.find("Adiyaman")->name == "Adıyaman");
  CHECK_FALSE(cities.find("Orvik"));
  CHECK_FALSE(cities.find(""));
}

TEST_CASE("libgeonames gives the world's cities with their states and countries") {
  const Cities cities = Cities::load();
  CHECK(cities.size() > 20000);
  const auto espoo = cities.find("Espoo");
  REQUIRE(espoo);
  CHECK(espoo->country == "Finland");
  CHECK(espoo->population > 100000);
  const auto surakarta = cities.find("Surakarta");
  REQUIRE(surakarta);
  CHECK(surakarta->state == "Central Java");
}
