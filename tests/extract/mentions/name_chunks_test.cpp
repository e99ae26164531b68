#include "extract/mentions/name_chunks.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "tests/extract/lexicon/lexicon_fixture.h"

using kg::EntityType;
using kg::extract::NameChunks;
using kg::extract::Piece;
using kg::extract::PieceKind;
using kg::extract::Token;

namespace {

// The chunk starting at token `from` of `text`, as written.
std::string chunk(const std::string& text, std::size_t from) {
  const std::vector<Token> t = kg::extract::tokenize(text);
  const NameChunks c(kg::test::lexicon(), t);
  if (!c.starts_chunk(from)) return "";
  return kg::extract::join_tokens(t, from, c.extend_chunk(from));
}

std::vector<PieceKind> kinds(const std::vector<Piece>& ps) {
  std::vector<PieceKind> out;
  for (const Piece& p : ps) out.push_back(p.kind);
  return out;
}

}  // namespace

TEST_CASE("a chunk runs over capitalised words, particles and inner connectors") {
  CHECK(chunk("He met Ursula von der Leyen in Lima.", 2) == "Ursula von der Leyen");
  CHECK(chunk("The Ministry of Science and Technology agreed.", 1) ==
        "Ministry of Science and Technology");
  CHECK(chunk("Ana Ruiz won the Nobel Prize in Chemistry.", 4) == "Nobel Prize in Chemistry");
  // A verb form opening the sentence starts no name; a lower-case word none.
  CHECK(chunk("Speaking in Lima, Ana Ruiz smiled.", 0).empty());
  CHECK(chunk("He met Ana Ruiz.", 1).empty());
}

TEST_CASE("pieces: titles, demonyms, countries and plain words") {
  const std::vector<Token> t = kg::extract::tokenize("Malaysian Prime Minister Anwar Ibrahim");
  const NameChunks c(kg::test::lexicon(), t);
  const std::vector<Piece> ps = c.pieces(0, t.size());
  CHECK(kinds(ps) == std::vector<PieceKind>{PieceKind::kDemonym, PieceKind::kTitle,
                                            PieceKind::kWord, PieceKind::kWord});
  CHECK(ps[0].canonical == "Malaysia");
  // A title word after "of" is the name's.
  const std::vector<Token> m = kg::extract::tokenize("Ministry of Justice");
  CHECK(kinds(NameChunks(kg::test::lexicon(), m).pieces(0, m.size())) ==
        std::vector<PieceKind>{PieceKind::kWord, PieceKind::kConnector, PieceKind::kWord});
}

TEST_CASE("a person's or a company's name before \"of\" and an organisation or country") {
  const std::vector<Token> a = kg::extract::tokenize("Miguel Gomes of Portugal");
  const NameChunks ca(kg::test::lexicon(), a);
  const std::vector<Piece> pa = ca.pieces(0, a.size());
  CHECK(ca.of_complement(pa, 0, pa.size()) == 2);
  CHECK(ca.company_of_country(pa, 0, pa.size()) == pa.size());
  const std::vector<Token> b = kg::extract::tokenize("Tarvo Ventures of Oman");
  const NameChunks cb(kg::test::lexicon(), b);
  const std::vector<Piece> pb = cb.pieces(0, b.size());
  CHECK(cb.company_of_country(pb, 0, pb.size()) == 2);
  const std::vector<Token> d = kg::extract::tokenize("Central Bank of Oman");
  const NameChunks cd(kg::test::lexicon(), d);
  const std::vector<Piece> pd = cd.pieces(0, d.size());
  CHECK(cd.company_of_country(pd, 0, pd.size()) == pd.size());
  CHECK(cd.of_complement(pd, 0, pd.size()) == pd.size());
  const std::vector<Token> e = kg::extract::tokenize("John Jumper of Kestrel Vantor");
  const NameChunks ce(kg::test::lexicon(), e);
  const std::vector<Piece> pe = ce.pieces(0, e.size());
  CHECK(ce.of_complement(pe, 0, pe.size()) == 2);
}

TEST_CASE("plural role nouns and titles, and a chunk cut at \"and\" between names") {
  const std::vector<Token> t = kg::extract::tokenize("Justices Ana Ruiz and Eva Soto");
  const NameChunks c(kg::test::lexicon(), t);
  CHECK(c.plural_role_before_name(0));
  CHECK(c.singular_title("justices") == "justice");
  CHECK(c.is_plural_role_noun("leaders"));
  CHECK_FALSE(c.is_plural_role_noun("lands"));
  const std::vector<Token> v = kg::extract::tokenize("Vietnam and Malaysia");
  const NameChunks cv(kg::test::lexicon(), v);
  CHECK(cv.units(cv.pieces(0, v.size())).size() == 2);
}
