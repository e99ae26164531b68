// Fuzz target: the text loader's validator, the normaliser and the cleaner
// (DESIGN.md pipeline steps 1-2) on arbitrary bytes. The normaliser and the
// cleaner are documented never to fail, so they run on every input, valid or
// not. Checked: normalize() yields valid UTF-8 and an offset map of
// text.size() + 1 non-decreasing entries ending at the input size; every
// paragraph and the title are the slices of the normalised text they claim.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "base/letters.h"
#include "base/utf8.h"
#include "extract/text/cleaner.h"
#include "extract/text/normalizer.h"
#include "extract/text/text_loader.h"
#include "fuzz/fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const kg::Status status = kg::extract::validate_text(bytes, "fuzz.txt");
  FUZZ_CHECK(status.ok() || status.message().find("fuzz.txt") != std::string::npos);
  FUZZ_CHECK(kg::extract::strip_utf8_bom(bytes).size() + 3 >= size);

  const kg::extract::NormalizedText norm = kg::extract::normalize(bytes);
  FUZZ_CHECK(!kg::find_invalid_utf8(norm.text).has_value());
  FUZZ_CHECK(norm.offsets.size() == norm.text.size() + 1);
  FUZZ_CHECK(norm.offsets.back() == size);
  for (std::size_t i = 1; i < norm.offsets.size(); ++i)
    FUZZ_CHECK(norm.offsets[i - 1] <= norm.offsets[i]);

  const kg::extract::CleanDocument doc = kg::extract::clean(norm.text);
  FUZZ_CHECK(doc.title_start <= doc.title_end && doc.title_end <= norm.text.size());
  for (const kg::extract::Paragraph& p : doc.paragraphs) {
    FUZZ_CHECK(p.start <= p.end && p.end <= norm.text.size());
    FUZZ_CHECK(norm.text.compare(p.start, p.end - p.start, p.text) == 0);
  }
  return 0;
}
