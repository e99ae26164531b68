// Fuzz target: label escaping (render/label_escape.h) and the DOT a tiny graph
// with the fuzzed text as entity name, relation label and evidence renders to.
// The first input byte picks the length limit, the rest is the text. Checked:
// sanitize_text yields valid UTF-8 without control characters and within the
// limit; labels hold backslashes only in pairs; the DOT parses with cgraph and
// its entity node carries exactly escape_label(name) as label.
#include <graphviz/cgraph.h>

#include <boost/graph/graph_traits.hpp>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "base/letters.h"
#include "base/utf8.h"
#include "fuzz/fuzz_check.h"
#include "kg/graph.h"
#include "kg/render.h"
#include "render/label_escape.h"

namespace {

// Code points of valid UTF-8 `text`; false if it holds a control character.
bool count_printable(std::string_view text, std::size_t& count) {
  count = 0;
  for (std::size_t i = 0; i < text.size();) {
    const kg::CodePoint cp = kg::decode_utf8(text, i);
    if (cp.value < 0x20 || (cp.value >= 0x7F && cp.value < 0xA0)) return false;
    i += cp.length;
    ++count;
  }
  return true;
}

bool backslashes_paired(std::string_view label) {
  for (std::size_t i = 0; i < label.size(); ++i) {
    if (label[i] != '\\') continue;
    if (i + 1 == label.size() || label[i + 1] != '\\') return false;
    ++i;
  }
  return true;
}

kg::KnowledgeGraph tiny_graph(const std::string& text) {
  kg::DocumentExtraction doc;
  doc.document = "fuzz.txt";
  doc.sentences = 1;
  doc.entities = {{text, kg::EntityType::kPerson, {}, 1},
                  {"Malaysia", kg::EntityType::kCountry, {}, 1}};
  kg::Triple t;
  t.subject = text;
  t.subject_type = kg::EntityType::kPerson;
  t.predicate = "visited";
  t.label = text;
  t.object = "Malaysia";
  t.object_type = kg::EntityType::kCountry;
  t.evidence = {"fuzz.txt", 0, 0, text.size(), text};
  doc.triples = {t};
  kg::KnowledgeGraph g;
  g.add_document(doc);
  return g;
}

// True when the DOT parses and one node's label is escape_label(name).
bool dot_has_label(const std::string& dot, const std::string& name) {
  Agraph_t* graph = agmemread(dot.c_str());
  if (graph == nullptr) return false;
  const std::string expected = kg::render::escape_label(name);
  char label_attr[] = "label";
  bool found = false;
  for (Agnode_t* n = agfstnode(graph); n != nullptr && !found; n = agnxtnode(graph, n)) {
    const char* label = agget(n, label_attr);
    found = label != nullptr && expected == label;
  }
  agclose(graph);
  return found;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::size_t limit = data[0] % 80;
  const std::string text(reinterpret_cast<const char*>(data) + 1, size - 1);

  const std::string clean = kg::render::sanitize_text(text, limit);
  std::size_t chars = 0;
  FUZZ_CHECK(!kg::find_invalid_utf8(clean).has_value());
  FUZZ_CHECK(count_printable(clean, chars));
  FUZZ_CHECK(limit == 0 || chars <= limit);
  FUZZ_CHECK(backslashes_paired(kg::render::escape_label(text, limit)));
  const std::string tooltip = kg::render::escape_tooltip(text, limit);
  FUZZ_CHECK(!kg::find_invalid_utf8(tooltip).has_value());

  const kg::KnowledgeGraph g = tiny_graph(text);
  kg::RenderOptions options;
  options.format = kg::RenderFormat::kDot;
  const auto dot = kg::render_graph(g, options);
  FUZZ_CHECK(dot.ok());
  for (auto [v, end] = boost::vertices(g.graph()); v != end; ++v)
    FUZZ_CHECK(dot_has_label(*dot, g.entity(*v).name));
  return 0;
}
