// Fuzz target: the graph.json loader (kg::parse_graph_json). Checked: a
// refused input has a one-line error naming the source; an accepted graph
// serialises back to graph.json that loads again and serialises identically
// (to_graph_json is a fixed point after one round).
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz/fuzz_check.h"
#include "kg/io.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  const auto graph = kg::parse_graph_json(text, "fuzz.json");
  if (!graph.ok()) {
    const std::string& message = graph.status().message();
    FUZZ_CHECK(message.find("fuzz.json") != std::string::npos);
    return 0;
  }
  const std::string once = kg::to_graph_json(*graph);
  const auto reloaded = kg::parse_graph_json(once, "round-trip.json");
  FUZZ_CHECK(reloaded.ok());
  FUZZ_CHECK(kg::to_graph_json(*reloaded) == once);
  return 0;
}
