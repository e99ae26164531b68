#include "base/name_fold.h"

#include <doctest/doctest.h>

namespace kg {

TEST_CASE("fold_name lower-cases, strips diacritics and collapses spaces") {
  CHECK(fold_name("Vi\xe1\xbb\x87t Nam") == "viet nam");                         // Việt Nam
  CHECK(fold_name("  T\xc3\xB4   L\xc3\xa2m \t") == "to lam");                   // Tô Lâm
  CHECK(fold_name("\xc4\x90\xe1\xbb\x97 M\xc6\xb0\xe1\xbb\x9dI") == "do muoi");  // Đỗ MườI
  CHECK(fold_name("\xc4\x91\xc3\xa0 n\xe1\xba\xb5ng") == "da nang");             // đà nẵng
  CHECK(fold_name("S\xC3\xA3o Paulo") == "sao paulo");
  CHECK(fold_name("Stra\xc3\x9f"
                  "e") == "strasse");
  CHECK(fold_name("\xc5\x81\xc3\xb3"
                  "d\xc5\xba") == "lodz");                    // Łódź
  CHECK(fold_name("Dato\xe2\x80\x99 Seri") == "dato' seri");  // typographic apostrophe
  CHECK(fold_name("A\xc2\xa0"
                  "B") == "a b");                      // no-break space
  CHECK(fold_name("Vie\xcc\xa3\xcc\x82t") == "viet");  // combining marks
  CHECK(fold_name("\xd0\x9c\xd0\xbe\xd1\x81\xd0\xba\xd0\xb2\xd0\xb0") ==
        "\xd0\xbc\xd0\xbe\xd1\x81\xd0\xba\xd0\xb2\xd0\xb0");  // Москва -> москва
  CHECK(fold_name("\xe5\x8c\x97\xe4\xba\xac") == "\xe5\x8c\x97\xe4\xba\xac");  // 北京 unchanged
  CHECK(fold_name("AB\xff"
                  "C") ==
        "ab\xff"
        "c");  // invalid byte kept
  CHECK(fold_name("") == "");
  CHECK(fold_name(" \n ") == "");
}

}  // namespace kg
