// Fuzz target: the whole extractor on one document
// (kg::extract::Extractor::extract_text). Checked: a refused input has an
// error naming the document; an accepted one has triples whose subject and
// object are entities of the document and whose evidence lies inside the input.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <set>
#include <string>
#include <string_view>

#include "fuzz/fuzz_check.h"
#include "kg/extract.h"

namespace {

const kg::extract::Extractor& extractor() {
  static const kg::extract::Extractor x = [] {
    auto created = kg::extract::Extractor::create();
    if (!created.ok()) std::abort();
    return std::move(created).value();
  }();
  return x;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto result = extractor().extract_text(text, "fuzz.txt");
  if (!result.ok()) {
    FUZZ_CHECK(result.status().message().find("fuzz.txt") != std::string::npos);
    return 0;
  }
  std::set<std::string> names;
  for (const kg::EntityRecord& e : result->entities) names.insert(e.name);
  for (const kg::Triple& t : result->triples) {
    FUZZ_CHECK(names.count(t.subject) == 1 && names.count(t.object) == 1);
    FUZZ_CHECK(t.evidence.document == "fuzz.txt");
    FUZZ_CHECK(t.evidence.start <= t.evidence.end && t.evidence.end <= size);
    FUZZ_CHECK(t.evidence.sentence >= 0 && t.evidence.sentence < result->sentences);
  }
  return 0;
}
