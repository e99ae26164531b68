#include "extract/mentions/mention_finder.h"

#include <doctest/doctest.h>

#include "tests/extract/mentions/mention_fixture.h"

using namespace kg::extract;
using kg::EntityType;
using kg::test::mention_named;
using kg::test::mention_texts;
using kg::test::mentions_of;

TEST_CASE("demonym + title + name -> Person holding the role of the country") {
  const auto ms = mentions_of(
      "Japanese Prime Minister Fumio Kishida met with Indian Prime Minister Narendra Modi.");
  const Mention& kishida = mention_named(ms, "Fumio Kishida");
  CHECK(kishida.kind == MentionKind::kName);
  CHECK(kishida.type == EntityType::kPerson);
  CHECK(kishida.titled);
  CHECK(kishida.span_begin == 0);
  CHECK(kishida.begin == 3);
  CHECK(kishida.end == 5);
  REQUIRE(kishida.roles.size() == 1);
  CHECK(kishida.roles[0].title == "prime minister");
  CHECK(kishida.roles[0].prep == "of");
  REQUIRE(kishida.roles[0].of >= 0);
  const Mention& japan = ms[static_cast<std::size_t>(kishida.roles[0].of)];
  CHECK(japan.text == "Japanese");
  CHECK(japan.canonical == "Japan");
  CHECK(japan.kind == MentionKind::kModifier);
  CHECK(japan.type == EntityType::kCountry);

  const Mention& modi = mention_named(ms, "Narendra Modi");
  REQUIRE(modi.roles.size() == 1);
  CHECK(ms[static_cast<std::size_t>(modi.roles[0].of)].canonical == "India");
}

TEST_CASE("mentions are ordered by position") {
  const auto ms = mentions_of("Kenyan President William Ruto arrived in Nairobi on 12 March 2023.");
  for (std::size_t k = 1; k < ms.size(); ++k) CHECK(ms[k - 1].span_begin <= ms[k].span_begin);
  CHECK(mention_texts(ms) == "William Ruto | Kenyan | Nairobi | 12 March 2023");
}

TEST_CASE("title with an of-complement: the complement becomes an organisation") {
  const auto ms =
      mentions_of("Foreign Ministry spokesperson Maria Zakharova said Russia would respond.");
  const Mention& person = mention_named(ms, "Maria Zakharova");
  CHECK(person.type == EntityType::kPerson);
  REQUIRE(person.roles.size() == 1);
  CHECK(person.roles[0].title == "spokesperson");
  REQUIRE(person.roles[0].of >= 0);
  const Mention& ministry = ms[static_cast<std::size_t>(person.roles[0].of)];
  CHECK(ministry.text == "Foreign Ministry");
  CHECK(ministry.type == EntityType::kOrganization);
  CHECK(ministry.kind == MentionKind::kModifier);  // a premodifier is never the subject
  CHECK(mention_named(ms, "Russia").type == EntityType::kCountry);

  const auto gs =
      mentions_of("General Secretary of the Communist Party of Cuba Miguel Diaz-Canel spoke.");
  const Mention& leader = mention_named(gs, "Miguel Diaz-Canel");
  REQUIRE(leader.roles.size() == 1);
  CHECK(leader.roles[0].title == "general secretary");
  CHECK(gs[static_cast<std::size_t>(leader.roles[0].of)].text == "Communist Party of Cuba");
}

TEST_CASE("ambassador to one country, of another") {
  const auto ms = mentions_of("The Brazilian Ambassador to Argentina Julio Bitelli spoke.");
  const Mention& envoy = mention_named(ms, "Julio Bitelli");
  REQUIRE(envoy.roles.size() == 2);
  CHECK(envoy.roles[0].title == "ambassador");
  CHECK(envoy.roles[0].prep == "to");
  CHECK(ms[static_cast<std::size_t>(envoy.roles[0].of)].canonical == "Argentina");
  CHECK(envoy.roles[1].prep == "of");
  CHECK(ms[static_cast<std::size_t>(envoy.roles[1].of)].canonical == "Brazil");
}

TEST_CASE("honorifics are stripped from the name") {
  const auto ms =
      mentions_of("Dato' Seri Ahmad Zahid Hamidi met Tan Sri Lim Kok Wing and Dr. Amelia Grant.");
  CHECK(mention_texts(ms) == "Ahmad Zahid Hamidi | Lim Kok Wing | Amelia Grant");
  for (const Mention& m : ms) {
    CHECK(m.type == EntityType::kPerson);
    CHECK(m.titled);
    CHECK(m.roles.empty());
  }
  CHECK(ms[0].span_begin == 0);
  CHECK(ms[0].begin == 2);
}

TEST_CASE("\"X and Y\" splits into two names, but not inside an of-complement") {
  const auto ms =
      mentions_of("Chile and Peru signed a deal at the Ministry of Science and Technology.");
  CHECK(mention_texts(ms) == "Chile | Peru | Ministry of Science and Technology");
  CHECK(ms[2].type == EntityType::kOrganization);

  const auto people = mentions_of("Dr. Amelia Grant and Mr. Tomas Reyes visited Chile.");
  CHECK(mention_texts(people) == "Amelia Grant | Tomas Reyes | Chile");
}

TEST_CASE("head keywords type capitalised phrases") {
  const auto ms = mentions_of(
      "Chile and Peru signed the Lima Accord at the Jomo Kenyatta International Airport before the "
      "13th Andean Trade Summit.");
  CHECK(mention_named(ms, "Lima Accord").type == EntityType::kAgreement);
  CHECK(mention_named(ms, "Jomo Kenyatta International Airport").type == EntityType::kPlace);
  CHECK(mention_named(ms, "13th Andean Trade Summit").type == EntityType::kEvent);

  const auto rel = mentions_of("Chile and Peru formed a Comprehensive Strategic Partnership.");
  const Mention& csp = mention_named(rel, "Comprehensive Strategic Partnership");
  CHECK(csp.kind == MentionKind::kRelationNoun);
  CHECK(csp.type == EntityType::kOther);
}

TEST_CASE("plural keyword heads type the phrase like the singular") {
  // BUG: "Agreements" is not a keyword (only "agreement"), so the phrase is taken
  // for a three-word person name.
  const auto ms = mentions_of("Indonesia has Free Trade Agreements with Chile.");
  CHECK(mention_named(ms, "Free Trade Agreements").type != EntityType::kPerson);
}

TEST_CASE("lexicon organisations and places, plain person names") {
  const auto ms = mentions_of("Omar Haddad flew from Nairobi to APEC talks in Tokyo.");
  CHECK(mention_named(ms, "Omar Haddad").type == EntityType::kPerson);
  CHECK_FALSE(mention_named(ms, "Omar Haddad").titled);
  CHECK(mention_named(ms, "Nairobi").type == EntityType::kPlace);
  CHECK(mention_named(ms, "APEC").type == EntityType::kOrganization);
  CHECK(mention_named(ms, "Tokyo").type == EntityType::kPlace);
}

TEST_CASE("an acronym in brackets after a name") {
  const auto ms = mentions_of("The Association of Caribbean States (ACS) met in Havana.");
  const Mention& acs = mention_named(ms, "Association of Caribbean States");
  CHECK(acs.acronym == "ACS");
  CHECK(acs.type == EntityType::kOrganization);
  CHECK(mention_texts(ms) == "Association of Caribbean States | Havana");

  const auto later = mentions_of("Later the ACS approved a plan.");
  CHECK(mention_named(later, "ACS").type == EntityType::kOrganization);

  // The acronym is the name's, not the demonym's inside it.
  const auto uni =
      mentions_of("She joined the Norwegian University of Science and Technology (NTNU).");
  CHECK(mention_named(uni, "Norwegian University of Science and Technology").acronym == "NTNU");
  for (const Mention& m : uni) {
    if (m.kind == MentionKind::kModifier) CHECK(m.acronym.empty());
  }
}

TEST_CASE("a hyphenated country pair gives two country mentions on one token") {
  const auto ms = mentions_of("Canada-Mexico relations improved.");
  REQUIRE(ms.size() == 2);
  CHECK(ms[0].canonical == "Canada");
  CHECK(ms[1].canonical == "Mexico");
  for (const Mention& m : ms) {
    CHECK(m.begin == 0);
    CHECK(m.end == 1);
    CHECK(m.type == EntityType::kCountry);
  }
  for (const Mention& m : mentions_of("Franco-Prussian ties")) {  // parts that are not countries
    CHECK(m.type != EntityType::kCountry);
  }
}

TEST_CASE("dates") {
  const auto ms = mentions_of(
      "We began on 12 March 2023, ended on November 23 and resumed in September 2024 and 2025.");
  CHECK(mention_texts(ms) == "12 March 2023 | November 23 | September 2024 | 2025");
  for (const Mention& m : ms) {
    CHECK(m.kind == MentionKind::kDate);
    CHECK(m.type == EntityType::kDate);
  }
  CHECK(mentions_of("May 5, 2021 was quiet.").front().text == "May 5, 2021");
  CHECK(mentions_of("both may agree").empty());  // lower-case "may" is no month
}

TEST_CASE("money amounts get a canonical amount and currency") {
  const auto ms =
      mentions_of("Exports reached 18 billion USD, then $4.5 billion and 300 million euros.");
  REQUIRE(ms.size() == 3);
  CHECK(ms[0].canonical == "18 billion USD");
  CHECK(ms[1].canonical == "4.5 billion USD");
  CHECK(ms[1].text == "$4.5 billion");
  CHECK(ms[2].canonical == "300 million EUR");
  for (const Mention& m : ms) CHECK(m.kind == MentionKind::kMoney);
  CHECK(mentions_of("We waited 18 months.").empty());
}

TEST_CASE("role references") {
  const auto ms = mentions_of("The Kenyan leader thanked the Party chief and the top diplomat.");
  REQUIRE(ms.size() == 4);
  CHECK(ms[0].kind == MentionKind::kRoleRef);
  CHECK(ms[0].text == "The Kenyan leader");
  CHECK(ms[0].canonical == "Kenya");
  CHECK(ms[0].type == EntityType::kPerson);
  // The demonym inside is a mention of its country too.
  CHECK(ms[1].kind == MentionKind::kModifier);
  CHECK(ms[1].canonical == "Kenya");
  CHECK(ms[2].text == "the Party chief");
  CHECK(ms[2].canonical.empty());
  CHECK(ms[3].text == "the top diplomat");

  const auto pair =
      mentions_of("Both sides agreed, the two countries signed and both ministers spoke.");
  REQUIRE(pair.size() == 3);
  for (const Mention& m : pair) {
    CHECK(m.kind == MentionKind::kRoleRef);
    CHECK(m.canonical == "#pair");
  }
  // A role noun modifying a noun after it heads no reference.
  CHECK(mention_texts(mentions_of("Talks were held with the Lima sovereign wealth fund.")) ==
        "Lima");
  // "the leader of X" names its own complement: no reference.
  CHECK(mention_texts(mentions_of("the leader of Kenya")) == "Kenya");
}

TEST_CASE("organisation references: the company, the Spanish carrier") {
  const auto ms = mentions_of("The company and the Spanish carrier met the bloc.");
  REQUIRE(ms.size() == 4);
  for (std::size_t k : {0, 1, 3}) {
    CHECK(ms[k].kind == MentionKind::kRoleRef);
    CHECK(ms[k].type == EntityType::kOrganization);
  }
  CHECK(ms[0].canonical == "company");
  CHECK(ms[1].text == "the Spanish carrier");
  CHECK(ms[1].canonical == "carrier");
  CHECK(ms[2].kind == MentionKind::kModifier);  // "Spanish": Spain
  CHECK(ms[2].canonical == "Spain");
  CHECK(ms[3].canonical == "bloc");
  // "the company of X" and a noun heading a name are no references.
  CHECK(mention_texts(mentions_of("the group of Kenya")) == "Kenya");
  CHECK(mentions_of("She met the Group Orvik.").front().kind != MentionKind::kRoleRef);
}

TEST_CASE("event references: the tournament, the 2024 festival") {
  const auto ms = mentions_of("The tournament ended before the 2024 festival and the poll.");
  REQUIRE(ms.size() == 3);
  for (const Mention& m : ms) {
    CHECK(m.kind == MentionKind::kRoleRef);
    CHECK(m.type == EntityType::kEvent);
  }
  CHECK(ms[0].canonical == "tournament");
  CHECK(ms[1].text == "the 2024 festival");
  CHECK(ms[2].canonical == "poll");
  // An agreement noun refers to an agreement.
  const auto pact = mentions_of("The pact was signed in Lima.");
  REQUIRE(pact.size() == 2);
  CHECK(pact[0].type == EntityType::kAgreement);
  CHECK(pact[0].canonical == "pact");
  // A modified noun names another event (a name of its own, see
  // described_names.h); a thing one holds, an of-phrase and a noun
  // modifying the next are no references.
  const auto award = mentions_of("She won the best actor award.");
  REQUIRE(award.size() == 2);
  CHECK(award[1].kind == MentionKind::kName);
  CHECK(mention_texts(mentions_of("He lifted the trophy.")) == "He");
  CHECK(mentions_of("the festival of Kenya").front().kind != MentionKind::kRoleRef);
  CHECK(mention_texts(mentions_of("He met the festival director.")) == "He");
}

TEST_CASE("pronouns") {
  const auto ms = mentions_of("He said his team and its partners thanked them.");
  REQUIRE(ms.size() == 4);
  CHECK(ms[0].kind == MentionKind::kPronoun);
  CHECK(ms[0].canonical == "he");
  CHECK(ms[1].canonical == "his");
  CHECK(ms[2].canonical == "its");
  CHECK(ms[3].canonical == "them");
}

TEST_CASE("sentence-initial verbs and stop words do not start names") {
  CHECK(mention_texts(mentions_of("Visiting Ghana, she spoke.")) == "Ghana | she");
  CHECK(mentions_of("The meeting ended.").empty());
}

TEST_CASE("titles pending from a run attach to the next person") {
  const auto ms = mentions_of(
      "Deputy Prime Minister, Minister of Finance, and Defence Minister Hana Novak spoke.");
  const Mention& novak = mention_named(ms, "Hana Novak");
  REQUIRE(novak.roles.size() >= 2);
  CHECK(novak.roles.front().title == "deputy prime minister");
  CHECK(novak.span_begin == 0);
}

TEST_CASE("a capitalised run of 50,000 names is read without recursion, one mention each") {
  // A page of names pasted without punctuation: the typing of a run used to
  // call itself once per name and overflowed the stack.
  std::string run;
  for (int i = 0; i < 50000; ++i) run += "Vietnam ";
  const auto ms = mentions_of(run);
  CHECK(ms.size() == 50000);
  CHECK(ms.back().canonical == "Vietnam");
}

TEST_CASE("particles and prefixed words stay inside a person's name") {
  const auto ms = mentions_of(
      "Gustavo van der Meer met Ana Paula de la Cruz, Karim bin Tariq and Samir al-Qadi in Lima.");
  CHECK(mention_texts(ms) ==
        "Gustavo van der Meer | Ana Paula de la Cruz | Karim bin Tariq | Samir al-Qadi | Lima");
  for (std::size_t k = 0; k + 1 < ms.size(); ++k) CHECK(ms[k].type == EntityType::kPerson);
  // A particle that no name word follows ends the name.
  CHECK(mention_texts(mentions_of("Ana Paula de facto ran it.")) == "Ana Paula | it");
}

TEST_CASE("an honorific title between the words of a name is part of it") {
  const auto ms = mentions_of("Omar Sheikh Abdirahman thanked Sheikh Nasser.");
  CHECK(mention_texts(ms) == "Omar Sheikh Abdirahman | Nasser");
  CHECK(ms[0].roles.empty());
}

TEST_CASE("a prize keeps its field, a place after a prize is its own name") {
  const auto ms = mentions_of("She won the Wolf Prize in Physics and a prize in Oslo.");
  CHECK(mention_texts(ms) == "She | Wolf Prize in Physics | Oslo");
  CHECK(mention_named(ms, "Wolf Prize in Physics").type == EntityType::kEvent);
  CHECK(mention_texts(mentions_of("the Film Awards in Seville")) == "Film Awards | Seville");
}

TEST_CASE("company and club words type a name as an organisation") {
  const auto ms = mentions_of(
      "Varga Therapeutics, Lindqvist Capital and FC Oberhof signed Ilse Brandt at the Grand Prix.");
  CHECK(mention_named(ms, "Varga Therapeutics").type == EntityType::kOrganization);
  CHECK(mention_named(ms, "Lindqvist Capital").type == EntityType::kOrganization);
  CHECK(mention_named(ms, "FC Oberhof").type == EntityType::kOrganization);
  CHECK(mention_named(ms, "Ilse Brandt").type == EntityType::kPerson);
  CHECK(mention_named(ms, "Grand Prix").type == EntityType::kEvent);  // a two-word keyword
}

TEST_CASE("a located adjective splits the place off the name and gives it a role") {
  const auto ms = mentions_of(
      "Oslo-based Fjord Haven and the Lima-listed Andina Cobre met a Quito-born coach.");
  const Mention& haven = mention_named(ms, "Fjord Haven");
  CHECK(haven.type == EntityType::kOrganization);
  REQUIRE(haven.roles.size() == 1);
  CHECK(haven.roles[0].title == "based");
  CHECK(haven.roles[0].prep == "in");
  const Mention& oslo = ms[static_cast<std::size_t>(haven.roles[0].of)];
  CHECK(oslo.text == "Oslo");
  CHECK(oslo.kind == MentionKind::kModifier);
  CHECK(oslo.type == EntityType::kPlace);
  const Mention& andina = mention_named(ms, "Andina Cobre");
  REQUIRE(andina.roles.size() == 1);
  CHECK(andina.roles[0].title == "listed");
  // No name after the adjective: the place alone.
  CHECK(mention_named(ms, "Quito").kind == MentionKind::kModifier);
  // A hyphenated adjective that places nothing is no name at all.
  CHECK(mention_texts(mentions_of("the French-speaking world")).empty());
}

TEST_CASE("title chains: 'to the', a comma, 'of Country' after the name") {
  // "to the Netherlands" completes the title: the person is the subject.
  auto ms = mentions_of("Peruvian Ambassador to the Netherlands Maria Lopez opened it.");
  const Mention* lopez = nullptr;
  for (const Mention& m : ms) {
    if (m.text == "Maria Lopez") lopez = &m;
  }
  REQUIRE(lopez != nullptr);
  CHECK(lopez->type == EntityType::kPerson);
  REQUIRE_FALSE(lopez->roles.empty());
  CHECK(ms[static_cast<std::size_t>(lopez->roles.front().of)].text == "Netherlands");

  // The title before a comma is the name's after it.
  ms = mentions_of("Chilean President, Arturo Vidal, visited Bolivia.");
  const Mention* vidal = nullptr;
  for (const Mention& m : ms) {
    if (m.text == "Arturo Vidal") vidal = &m;
  }
  REQUIRE(vidal != nullptr);
  CHECK(vidal->type == EntityType::kPerson);
  REQUIRE(vidal->roles.size() == 1);
  CHECK(vidal->roles[0].title == "president");
  CHECK(ms[static_cast<std::size_t>(vidal->roles[0].of)].canonical == "Chile");

  // "of Chile" after a titled name is the title's complement.
  ms = mentions_of("President Arturo Vidal of Chile visited Bolivia.");
  CHECK(mention_texts(ms) == "Arturo Vidal | Chile | Bolivia");
  REQUIRE(ms[0].roles.size() == 1);
  CHECK(ms[static_cast<std::size_t>(ms[0].roles[0].of)].text == "Chile");
}

TEST_CASE("a plain name 'of' an organisation or country: two mentions") {
  auto ms = mentions_of("The prize went to David Ruiz of the University of Lima.");
  CHECK(mention_texts(ms) == "The prize | David Ruiz | University of Lima");
  CHECK(mention_named(ms, "David Ruiz").type == EntityType::kPerson);
  CHECK(mention_named(ms, "University of Lima").type == EntityType::kOrganization);
  ms = mentions_of("The prize went to Ana Ruiz of Lima University and Tomas Vidal of Chile.");
  CHECK(mention_texts(ms) == "The prize | Ana Ruiz | Lima University | Tomas Vidal | Chile");
  // A titled name: the organisation completes the title.
  ms = mentions_of("Professor Ana Ruiz of Lima University spoke.");
  CHECK(mention_texts(ms) == "Ana Ruiz | Lima University");
  REQUIRE(ms[0].roles.size() == 1);
  CHECK(ms[static_cast<std::size_t>(ms[0].roles[0].of)].text == "Lima University");
  // Words that head an organisation's name are not a person's.
  CHECK(mention_texts(mentions_of("The Central Bank of Chile acted.")) == "Central Bank of Chile");
}

TEST_CASE("plain words, and, then an organisation's keyword: one name") {
  CHECK(mention_texts(mentions_of("The Independent Electoral and Boundaries Commission met.")) ==
        "Independent Electoral and Boundaries Commission");
  CHECK(mention_texts(mentions_of("The National Markets and Competition Commission (CNMC) "
                                  "met.")) == "National Markets and Competition Commission");
  // Two names stay two.
  CHECK(mention_texts(mentions_of("Orvik Group and Lima Bank met.")) == "Orvik Group | Lima Bank");
}

TEST_CASE("a country's name that is also a given name opens a person's name") {
  const auto ms = mentions_of("Ghana were without their captain, Jordan Asamoah.");
  CHECK(mention_named(ms, "Jordan Asamoah").type == EntityType::kPerson);
  // A keyword after the country still heads an organisation.
  CHECK(mention_named(mentions_of("He flew Kenya Airways to Lima."), "Kenya Airways").type ==
        EntityType::kOrganization);
}

TEST_CASE("an of-phrase that owns what follows is no part of the name") {
  CHECK(mention_texts(mentions_of("He beat Ana Ruiz of Tomas Vidal's National Party.")) ==
        "He | Ana Ruiz | Tomas Vidal | National Party");
  // A type keyword before "of" heads one name, which owns what follows.
  CHECK(mention_texts(mentions_of("He met the Bank of Peru's governor.")) == "He | Bank of Peru");
  CHECK(mention_texts(mentions_of("She joined the University of Lima's law school.")) ==
        "She | University of Lima");
}

TEST_CASE("a person's name, then \"of\" and two plain name words: an organisation") {
  const auto ms = mentions_of("The prize went to Ana Ruiz of Kestrel Vantor.");
  CHECK(mention_texts(ms) == "The prize | Ana Ruiz | Kestrel Vantor");
  CHECK(mention_named(ms, "Kestrel Vantor").type == EntityType::kOrganization);
  // One word may be a place or a person's epithet.
  CHECK(mention_texts(mentions_of("He met Joan Ruiz of Vantor.")) == "He | Joan Ruiz of Vantor");
}

TEST_CASE("a company's name, then \"of\" and a country: the company based there") {
  const auto ms = mentions_of("Funds came from Tarvo Ventures of Oman.");
  CHECK(mention_texts(ms) == "Tarvo Ventures | Oman");
  const Mention& firm = mention_named(ms, "Tarvo Ventures");
  CHECK(firm.type == EntityType::kOrganization);
  REQUIRE(firm.roles.size() == 1);
  CHECK(firm.roles[0].title == "based");
  CHECK(ms[static_cast<std::size_t>(firm.roles[0].of)].canonical == "Oman");
  // A name that takes "of" stays whole.
  CHECK(mention_texts(mentions_of("He met the Central Bank of Oman.")) ==
        "He | Central Bank of Oman");
}

TEST_CASE("a capitalised plural role noun before a name is no part of it") {
  CHECK(mention_texts(mentions_of("EU Leaders Charles Michel and Ana Ruiz met.")) ==
        "EU | Charles Michel | Ana Ruiz");
  // A plural title gives each coordinated name the title.
  const auto justices = mentions_of("Justices Tomas Vidal and Eva Soto dissented.");
  CHECK(mention_texts(justices) == "Tomas Vidal | Eva Soto");
  for (const Mention& m : justices) {
    REQUIRE(m.roles.size() == 1);
    CHECK(m.roles[0].title == "justice");
  }
  // A title word after "of" is the name's ("Ministry of Justice").
  CHECK(mention_texts(mentions_of("The Ministry of Justice sued Acme.")) ==
        "Ministry of Justice | Acme");
  // A name's own plural word stays ("Joint Chiefs of Staff", "House of
  // Representatives Speaker").
  CHECK(mention_texts(mentions_of("He met the Joint Chiefs of Staff.")) ==
        "He | Joint Chiefs of Staff");
  CHECK(
      mention_named(mentions_of("He met the House of Representatives Speaker Tan Ali."), "Tan Ali")
          .type == EntityType::kPerson);
}

TEST_CASE("a title to two coordinated countries gives the name both roles") {
  const auto ms = mentions_of("Ambassador to Kenya and Uganda Ruth Otieno spoke.");
  const Mention& otieno = mention_named(ms, "Ruth Otieno");
  REQUIRE(otieno.roles.size() == 2);
  CHECK(ms[static_cast<std::size_t>(otieno.roles[0].of)].text == "Kenya");
  CHECK(ms[static_cast<std::size_t>(otieno.roles[1].of)].text == "Uganda");
}

TEST_CASE("an office named between a country and its title; a party before its leader") {
  auto ms = mentions_of("Peruvian Transport Minister Ana Ruiz spoke.");
  const Mention& ruiz = mention_named(ms, "Ana Ruiz");
  REQUIRE(ruiz.roles.size() == 1);
  CHECK(ruiz.roles[0].title == "transport minister");
  CHECK(ms[static_cast<std::size_t>(ruiz.roles[0].of)].canonical == "Peru");
  // "Party leader" is a title, but "Party" here ends the party's name.
  ms = mentions_of("Green Party leader Tom Hart spoke.");
  const Mention& hart = mention_named(ms, "Tom Hart");
  REQUIRE(hart.roles.size() == 1);
  CHECK(hart.roles[0].title == "leader");
  CHECK(ms[static_cast<std::size_t>(hart.roles[0].of)].text == "Green Party");
}

TEST_CASE("a sentence-initial base form of a verb may open a name") {
  CHECK(mention_texts(mentions_of("Mark Ruiz met Tom Hart.")) == "Mark Ruiz | Tom Hart");
  // Inflected forms open no name ("Exports rose", "Speaking at ..."), nor a
  // base form alone ("Trade grew").
  CHECK(mention_texts(mentions_of("Trade between Chile and Peru grew.")) == "Chile | Peru");
  CHECK(mention_texts(mentions_of("Speaking at Lima University, he smiled.")) ==
        "Lima University | he");
}

TEST_CASE("a title word before a name's keyword belongs to the name") {
  const auto ms = mentions_of("He joined the Premier League last year.");
  CHECK(mention_named(ms, "Premier League").type == EntityType::kOrganization);
}

TEST_CASE("a country pair opening an organisation's name stays in the name") {
  CHECK(mention_texts(mentions_of("The Peru-Chile Trade Council met.")) ==
        "Peru-Chile Trade Council");
  // Not followed by an organisation's name: two countries.
  CHECK(mentions_of("Peru-Chile relations improved.").size() == 2);
}

TEST_CASE("a capitalised role noun heads a reference when nothing names it") {
  const auto ms = mentions_of("The Secretary raised concerns about Iran.");
  REQUIRE_FALSE(ms.empty());
  CHECK(ms[0].kind == MentionKind::kRoleRef);
  CHECK(ms[0].type == EntityType::kPerson);
  // Followed by a name or "of", it is a title.
  CHECK(mentions_of("The Secretary Ana Ruiz spoke.")[0].kind == MentionKind::kName);
}

TEST_CASE("an ampersand between capitalised words joins one name") {
  CHECK(mention_texts(kg::test::mentions_of("Shares in Marks & Spencer rose in London.")) ==
        "Marks & Spencer | London");
  CHECK(mention_texts(kg::test::mentions_of("Halden Shipping & Logistics opened an office.")) ==
        "Halden Shipping & Logistics");
  // Lower-case words after it join nothing.
  CHECK(mention_texts(kg::test::mentions_of("Tarn Group & partners signed.")) == "Tarn Group");
}
