#include "render/html_data.h"

#include <array>
#include <boost/range/iterator_range.hpp>
#include <charconv>
#include <cmath>
#include <iterator>
#include <map>

#include "render/community_style.h"
#include "render/html_escape.h"
#include "render/style.h"

namespace kg::render {
namespace {

void append_number(std::string& out, double value) {
  if (!std::isfinite(value)) value = 0;
  std::array<char, 32> buffer{};
  const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
  out.append(buffer.data(), result.ptr);
}

void append_key(std::string& out, std::string_view key) {
  out += '"';
  out += key;
  out += "\":";
}

// Document name -> index in "documents": the graph's documents first, then
// any other document named by evidence or an entity, in order of appearance.
class DocumentIndex {
 public:
  explicit DocumentIndex(const KnowledgeGraph& g) {
    for (const DocumentInfo& doc : g.documents()) index(doc.name, doc.title);
  }
  std::size_t index(const std::string& name, const std::string& title = {}) {
    const auto [it, added] = indices_.emplace(name, order_.size());
    if (added) order_.push_back({&it->first, title});
    return it->second;
  }
  void append_json(std::string& out) const {
    out += '[';
    for (std::size_t k = 0; k < order_.size(); ++k) {
      if (k > 0) out += ',';
      out += '{';
      append_key(out, "name");
      append_script_json_string(out, *order_[k].first);
      out += ',';
      append_key(out, "title");
      append_script_json_string(out, order_[k].second);
      out += '}';
    }
    out += ']';
  }

 private:
  std::map<std::string, std::size_t> indices_;
  std::vector<std::pair<const std::string*, std::string>> order_;
};

void append_entity(std::string& out, const KnowledgeGraph& g, const PageData& data, Vertex v,
                   DocumentIndex& documents) {
  const EntityNode& entity = g.entity(v);
  out += "{\"id\":" + std::to_string(v) + ",\"n\":";
  append_script_json_string(out, entity.name);
  out += ",\"t\":" + std::to_string(static_cast<int>(entity.type)) + ",\"a\":[";
  bool first = true;
  for (const std::string& alias : entity.aliases) {
    if (!std::exchange(first, false)) out += ',';
    append_script_json_string(out, alias);
  }
  out += "],\"d\":[";
  first = true;
  for (const std::string& doc : entity.documents) {
    if (!std::exchange(first, false)) out += ',';
    out += std::to_string(documents.index(doc));
  }
  out += "],\"m\":" + std::to_string(entity.mentions) + ",\"c\":[";
  append_number(out, data.degree[v]);
  out += ',';
  append_number(out, data.pagerank[v]);
  out += ',';
  append_number(out, data.betweenness[v]);
  out += ']';
  if (v < data.community.size()) out += ",\"k\":" + std::to_string(data.community[v]);
  if (const std::optional<Point>& at = data.positions.at[v]) {
    out += ",\"x\":";
    append_number(out, at->x);
    out += ",\"y\":";
    append_number(out, at->y);
  }
  out += '}';
}

void append_relation(std::string& out, const RelationEdge& relation, std::size_t source,
                     std::size_t target, DocumentIndex& documents) {
  out += "{\"s\":" + std::to_string(source) + ",\"o\":" + std::to_string(target) + ",\"p\":";
  append_script_json_string(out, relation.predicate);
  out += ",\"l\":";
  append_script_json_string(out, relation.label.empty() ? relation.predicate : relation.label);
  out += relation.symmetric ? ",\"y\":1,\"q\":{" : ",\"y\":0,\"q\":{";
  bool first = true;
  for (const auto& [key, value] : relation.qualifiers) {
    if (!std::exchange(first, false)) out += ',';
    append_script_json_string(out, key);
    out += ':';
    append_script_json_string(out, value);
  }
  out += "},\"c\":";
  append_number(out, relation.confidence);
  out += ",\"e\":[";
  first = true;
  for (const Evidence& evidence : relation.evidence) {
    if (!std::exchange(first, false)) out += ',';
    out += '[' + std::to_string(documents.index(evidence.document)) + ',' +
           std::to_string(evidence.sentence) + ',';
    append_script_json_string(out, evidence.text);
    out += ']';
  }
  out += "]}";
}

void append_communities(std::string& out, const PageData& data) {
  out += "\"communities\":{\"count\":" + std::to_string(data.community_count) + ",\"modularity\":";
  append_number(out, data.modularity);
  out += ",\"colors\":[";
  for (std::size_t k = 0; k < kCommunityPaletteSize; ++k) {
    if (k > 0) out += ',';
    append_script_json_string(out, community_color(static_cast<int>(k)));
  }
  out += "],\"other\":";
  append_script_json_string(out, kOtherCommunityColor);
  out += "},";
}

}  // namespace

std::string page_data_json(const KnowledgeGraph& g, const PageData& data) {
  constexpr std::size_t kNone = static_cast<std::size_t>(-1);
  std::vector<std::size_t> page_index(g.entity_count(), kNone);
  for (std::size_t k = 0; k < data.entities.size(); ++k) page_index[data.entities[k]] = k;

  std::string out = "{";
  append_key(out, "title");
  append_script_json_string(out, data.title);
  out += ',';
  append_key(out, "layout");
  append_script_json_string(out, data.positions.engine);
  out += ",\"limit\":" + std::to_string(data.drawn_limit) +
         ",\"graphEntities\":" + std::to_string(g.entity_count()) +
         ",\"betweennessSampled\":" + (data.betweenness_sampled ? "true" : "false") +
         ",\"types\":[";
  for (std::size_t k = 0; k < std::size(kAllEntityTypes); ++k) {
    if (k > 0) out += ',';
    append_script_json_string(out, legend_label(kAllEntityTypes[k]));
  }
  out += "],\"colors\":[";
  for (std::size_t k = 0; k < std::size(kAllEntityTypes); ++k) {
    if (k > 0) out += ',';
    append_script_json_string(out, type_style(kAllEntityTypes[k]).fillcolor);
  }
  out += "],\"colorBy\":";
  out += data.color_by_community && !data.community.empty() ? "\"community\"," : "\"type\",";
  if (!data.community.empty()) append_communities(out, data);

  DocumentIndex documents(g);
  std::string entities = "[";
  for (std::size_t k = 0; k < data.entities.size(); ++k) {
    if (k > 0) entities += ',';
    append_entity(entities, g, data, data.entities[k], documents);
  }
  entities += ']';
  std::string relations = "[";
  bool first = true;
  for (const Edge e : boost::make_iterator_range(boost::edges(g.graph()))) {
    const std::size_t source = page_index[g.source(e)];
    const std::size_t target = page_index[g.target(e)];
    if (source == kNone || target == kNone) continue;
    if (!std::exchange(first, false)) relations += ',';
    append_relation(relations, g.relation(e), source, target, documents);
  }
  relations += ']';

  append_key(out, "documents");
  documents.append_json(out);
  out += ",\"entities\":" + entities + ",\"relations\":" + relations + "}";
  return out;
}

}  // namespace kg::render
