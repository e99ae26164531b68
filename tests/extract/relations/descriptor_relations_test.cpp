#include "extract/relations/descriptor_relations.h"

#include <doctest/doctest.h>

#include "tests/extract/relations/relation_fixture.h"

using kg::extract::descriptor_predicate;
using kg::extract::DescriptorKind;
using kg::extract::DescriptorModifier;
using kg::extract::DescriptorRelations;
using kg::test::Strings;

namespace {

Strings descriptors(const Strings& sentences) {
  return kg::test::relations(DescriptorRelations(), sentences);
}

}  // namespace

TEST_CASE("an organisation noun after a demonym or a country: based in") {
  KG_CHECK_HAS(descriptors({"Shares of Polish carmaker Wolnar Motors rose on Tuesday."}),
               "Wolnar Motors | based in | Poland");
  // Lower-case words between the modifier and the noun.
  KG_CHECK_HAS(descriptors({"Peruvian copper miner Cerro Azul cut its forecast."}),
               "Cerro Azul | based in | Peru");
  KG_CHECK_HAS(descriptors({"The deal was backed by US private equity firm Halvard Partners."}),
               "Halvard Partners | based in | United States");
}

TEST_CASE("an occupation after a demonym: citizen of, never <occupation> of") {
  const Strings r = descriptors({"The prize went to the Chilean novelist Marta Quiroga."});
  KG_CHECK_HAS(r, "Marta Quiroga | citizen of | Chile");
  CHECK(r.size() == 1);
  KG_CHECK_HAS(descriptors({"Peruvian national Julio Paredes was arrested in Lima."}),
               "Julio Paredes | citizen of | Peru");
}

TEST_CASE("a team player after a country's name: the national team's role") {
  KG_CHECK_HAS(descriptors({"Chile striker Mateo Fuentes scored twice."}),
               "Mateo Fuentes | striker of | Chile");
  KG_CHECK_HAS(descriptors({"The record belongs to former Chile forward Diego Ruiz."}),
               "Diego Ruiz | former forward of | Chile");
  // Written as a demonym, the same noun gives the nationality.
  KG_CHECK_HAS(descriptors({"The club signed Chilean striker Mateo Fuentes."}),
               "Mateo Fuentes | citizen of | Chile");
}

TEST_CASE("an organisation before an occupation: the employer") {
  KG_CHECK_HAS(descriptors({"The airline was founded by former Lufthansa pilot Karl Brenner."}),
               "Karl Brenner | former pilot of | Lufthansa");
}

TEST_CASE("a place noun: located in") {
  KG_CHECK_HAS(descriptors({"The ferry left the Greek port city of Patras at dawn."}),
               "Patras | located in | Greece");
}

TEST_CASE("the X district of Y province: a place noun after the name makes it the larger place") {
  KG_CHECK_HAS(descriptors({"The quake was centred in the Lyra district of Orvik province."}),
               "Lyra | located in | Orvik");
}

TEST_CASE("an apposition that describes the name") {
  KG_CHECK_HAS(descriptors({"Talks with Orvik Data, a Polish software group, ended."}),
               "Orvik Data | based in | Poland");
  // A role of someone else is not a description ("a former director of ...").
  CHECK(descriptors({"Anna Berg, a former director of Polish lender Bank Mazur, spoke."}) ==
        Strings{"Bank Mazur | based in | Poland"});
  // Plain words may open the description.
  KG_CHECK_HAS(descriptors({"Talks with Orvik Capital, a state-owned Polish investor, ended."}),
               "Orvik Capital | based in | Poland");
  // Without a determiner the comma may separate list items.
  CHECK(descriptors({"Wolnar Motors, Polish carmakers and Orvik Data met."}).empty());
  // One the mention finder read as a reference ("the Japanese animation studio").
  KG_CHECK_HAS(descriptors({"Prizes went to Kumo Films, the Japanese animation studio, in May."}),
               "Kumo Films | based in | Japan");
}

TEST_CASE("a demonym opening the name of a public body") {
  KG_CHECK_HAS(descriptors({"The exhibition opened at the Peruvian Embassy in Nairobi."}),
               "Peruvian Embassy | embassy of | Peru");
  KG_CHECK_HAS(descriptors({"The Chilean Navy sent two ships."}), "Chilean Navy | navy of | Chile");
  // Other organisations: "American University of Beirut" is not based in
  // the United States.
  CHECK(descriptors({"She studied at the American University of Beirut."}).empty());
  CHECK(descriptors({"Chilean officials met Ana Ruiz."}).empty());
}

TEST_CASE("a noun that is not a descriptor, or no modifier, states nothing") {
  CHECK(descriptors({"Polish officials met Orvik Data on Monday."}).empty());
  CHECK(descriptors({"The carmaker Wolnar Motors cut jobs."}).empty());
  // An organisation noun after an organisation says nothing about a base.
  CHECK(descriptors({"Shares of Acme subsidiary Orvik Data fell."}).empty());
}

TEST_CASE("descriptor_predicate: the relation by noun kind and modifier") {
  DescriptorModifier country{kg::EntityType::kCountry, true, false};
  CHECK(descriptor_predicate(DescriptorKind::kOrganisation, "lender", country) == "based in");
  CHECK(descriptor_predicate(DescriptorKind::kOccupation, "director", country) == "citizen of");
  CHECK(descriptor_predicate(DescriptorKind::kPlayer, "coach", country) == "citizen of");
  DescriptorModifier named{kg::EntityType::kCountry, false, true};
  CHECK(descriptor_predicate(DescriptorKind::kPlayer, "coach", named) == "former coach of");
  DescriptorModifier city{kg::EntityType::kPlace, false, false};
  CHECK(descriptor_predicate(DescriptorKind::kPlace, "port", city) == "located in");
  CHECK_FALSE(descriptor_predicate(DescriptorKind::kOccupation, "lawyer", city).has_value());
  DescriptorModifier person{kg::EntityType::kPerson, false, false};
  CHECK_FALSE(descriptor_predicate(DescriptorKind::kPlayer, "striker", person).has_value());
  // A noun for a company or a person alike: the described entity decides.
  CHECK(descriptor_predicate(DescriptorKind::kParty, "rival", country,
                             kg::EntityType::kOrganization) == "based in");
  CHECK(descriptor_predicate(DescriptorKind::kParty, "investor", country,
                             kg::EntityType::kPerson) == "citizen of");
  CHECK_FALSE(descriptor_predicate(DescriptorKind::kParty, "rival", country).has_value());
}
