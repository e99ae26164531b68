#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cmath>
#include <cstring>
#include <limits>
#include <nlohmann/json.hpp>
#include <string_view>

#include "kg/io.h"

namespace kg {

namespace {

using OrderedJson = nlohmann::ordered_json;
using Json = nlohmann::json;

constexpr int kMaxDepth = 64;
constexpr std::size_t kMaxFileBytes = std::size_t{1} << 30;

// True when more than `limit` arrays and objects are open at some point of
// `text` (brackets inside strings do not count). Linear, no allocation.
bool nesting_depth_exceeds(std::string_view text, int limit) {
  int depth = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_string) {
      if (c == '\\') {
        ++i;
      } else if (c == '"') {
        in_string = false;
      }
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > limit) return true;
    } else if (c == ']' || c == '}') {
      --depth;
    }
  }
  return false;
}

OrderedJson string_list(const std::set<std::string>& items) {
  OrderedJson list = OrderedJson::array();
  for (const std::string& item : items) list.push_back(item);
  return list;
}

double finite_or_zero(double value) { return std::isfinite(value) ? value : 0.0; }

OrderedJson relation_json(const KnowledgeGraph& g, Edge e) {
  const Graph& graph = g.graph();
  const RelationEdge& relation = g.relation(e);
  OrderedJson qualifiers = OrderedJson::object();
  for (const auto& [key, value] : relation.qualifiers) qualifiers[key] = value;
  OrderedJson evidence = OrderedJson::array();
  for (const Evidence& item : relation.evidence) {
    evidence.push_back(OrderedJson{{"document", item.document},
                                   {"sentence", item.sentence},
                                   {"start", item.start},
                                   {"end", item.end},
                                   {"text", item.text}});
  }
  return OrderedJson{{"source", boost::source(e, graph)},
                     {"target", boost::target(e, graph)},
                     {"predicate", relation.predicate},
                     {"label", relation.label},
                     {"symmetric", relation.symmetric},
                     {"qualifiers", std::move(qualifiers)},
                     {"confidence", finite_or_zero(relation.confidence)},
                     {"evidence", std::move(evidence)}};
}

// Validating reader: every accessor names the JSON path of the offending
// value, so an error reads "graph.json: relations[3].target: ...".
class Reader {
 public:
  explicit Reader(const std::string& source) : source_(source) {}

  Status fail(const std::string& where, const std::string& what) const {
    return Status::InvalidInput(source_ + ": " + where + ": " + what);
  }

  // Looks up `key` in `object`; nullptr when absent (and not required).
  const Json* field(const Json& object, const char* key, const std::string& where, bool required,
                    Status& status) const {
    auto it = object.find(key);
    if (it != object.end()) return &*it;
    if (required) status = fail(where, std::string("missing \"") + key + "\"");
    return nullptr;
  }

  Status read(const Json& object, const char* key, const std::string& where, bool required,
              std::string& out) const {
    Status status;
    const Json* value = field(object, key, where, required, status);
    if (value == nullptr) return status;
    if (!value->is_string()) return fail(where + "." + key, "expected a string");
    out = value->get<std::string>();
    return status;
  }

  Status read(const Json& object, const char* key, const std::string& where, bool required,
              bool& out) const {
    Status status;
    const Json* value = field(object, key, where, required, status);
    if (value == nullptr) return status;
    if (!value->is_boolean()) return fail(where + "." + key, "expected true or false");
    out = value->get<bool>();
    return status;
  }

  Status read(const Json& object, const char* key, const std::string& where, bool required,
              double& out) const {
    Status status;
    const Json* value = field(object, key, where, required, status);
    if (value == nullptr) return status;
    if (!value->is_number()) return fail(where + "." + key, "expected a number");
    out = value->get<double>();
    return status;
  }

  // Integers within [minimum, maximum].
  template <typename Int>
  Status read_int(const Json& object, const char* key, const std::string& where, bool required,
                  Int& out, long long minimum = std::numeric_limits<int>::min()) const {
    Status status;
    const Json* value = field(object, key, where, required, status);
    if (value == nullptr) return status;
    const std::string here = where + "." + key;
    if (!value->is_number_integer()) return fail(here, "expected an integer");
    const long long maximum = static_cast<long long>(std::min<unsigned long long>(
        std::numeric_limits<Int>::max(), std::numeric_limits<long long>::max()));
    if (value->is_number_unsigned() &&
        value->get<unsigned long long>() > static_cast<unsigned long long>(maximum)) {
      return fail(here, "integer out of range");
    }
    const long long number = value->get<long long>();
    if (number < minimum || number > maximum) return fail(here, "integer out of range");
    out = static_cast<Int>(number);
    return status;
  }

  // An array at `key` (absent and optional: empty). Sets `out` to it or nullptr.
  Status array(const Json& object, const char* key, const std::string& where, bool required,
               const Json*& out) const {
    Status status;
    out = field(object, key, where, required, status);
    if (out != nullptr && !out->is_array()) return fail(where + "." + key, "expected an array");
    return status;
  }

 private:
  const std::string& source_;
};

std::string at(const char* list, std::size_t i) {
  return std::string(list) + "[" + std::to_string(i) + "]";
}

Status read_string_set(const Reader& r, const Json& object, const char* key,
                       const std::string& where, std::set<std::string>& out) {
  const Json* list = nullptr;
  if (Status s = r.array(object, key, where, false, list); !s.ok() || list == nullptr) return s;
  for (std::size_t i = 0; i < list->size(); ++i) {
    if (!(*list)[i].is_string()) return r.fail(where + "." + at(key, i), "expected a string");
    out.insert((*list)[i].get<std::string>());
  }
  return Status::Ok();
}

Status read_documents(const Reader& r, const Json& root, KnowledgeGraph& g) {
  const Json* list = nullptr;
  if (Status s = r.array(root, "documents", "graph", false, list); !s.ok() || list == nullptr) {
    return s;
  }
  for (std::size_t i = 0; i < list->size(); ++i) {
    const Json& item = (*list)[i];
    const std::string where = at("documents", i);
    if (!item.is_object()) return r.fail(where, "expected an object");
    DocumentInfo info;
    if (Status s = r.read(item, "name", where, true, info.name); !s.ok()) return s;
    if (Status s = r.read(item, "title", where, false, info.title); !s.ok()) return s;
    if (Status s = r.read_int(item, "sentences", where, false, info.sentences, 0); !s.ok())
      return s;
    if (Status s = r.read_int(item, "removed_paragraphs", where, false, info.removed_paragraphs, 0);
        !s.ok())
      return s;
    if (Status s = r.read_int(item, "removed_characters", where, false, info.removed_characters, 0);
        !s.ok())
      return s;
    g.add_document_info(std::move(info));
  }
  return Status::Ok();
}

Status read_entity(const Reader& r, const Json& item, std::size_t i, EntityNode& node) {
  const std::string where = at("entities", i);
  if (!item.is_object()) return r.fail(where, "expected an object");
  std::size_t id = 0;
  if (Status s = r.read_int(item, "id", where, true, id, 0); !s.ok()) return s;
  if (id != i) return r.fail(where + ".id", "expected " + std::to_string(i) + " (ids are indices)");
  if (Status s = r.read(item, "name", where, true, node.name); !s.ok()) return s;
  std::string type;
  if (Status s = r.read(item, "type", where, true, type); !s.ok()) return s;
  const std::optional<EntityType> parsed = parse_entity_type(type);
  if (!parsed) return r.fail(where + ".type", "unknown entity type \"" + type + "\"");
  node.type = *parsed;
  if (Status s = read_string_set(r, item, "aliases", where, node.aliases); !s.ok()) return s;
  if (Status s = read_string_set(r, item, "documents", where, node.documents); !s.ok()) return s;
  return r.read_int(item, "mentions", where, false, node.mentions, 0);
}

Status read_evidence(const Reader& r, const Json& item, const std::string& where,
                     Evidence& evidence) {
  if (!item.is_object()) return r.fail(where, "expected an object");
  if (Status s = r.read(item, "document", where, false, evidence.document); !s.ok()) return s;
  if (Status s = r.read_int(item, "sentence", where, false, evidence.sentence, 0); !s.ok())
    return s;
  if (Status s = r.read_int(item, "start", where, false, evidence.start, 0); !s.ok()) return s;
  if (Status s = r.read_int(item, "end", where, false, evidence.end, 0); !s.ok()) return s;
  return r.read(item, "text", where, false, evidence.text);
}

struct ParsedRelation {
  std::size_t ends[2] = {0, 0};  // source, target
  RelationEdge relation;
};

Status read_relation(const Reader& r, const Json& item, std::size_t i, std::size_t entities,
                     ParsedRelation& parsed) {
  const std::string where = at("relations", i);
  if (!item.is_object()) return r.fail(where, "expected an object");
  std::size_t* ends = parsed.ends;
  const char* keys[2] = {"source", "target"};
  for (int k = 0; k < 2; ++k) {
    if (Status s = r.read_int(item, keys[k], where, true, ends[k], 0); !s.ok()) return s;
    if (ends[k] >= entities) {
      return r.fail(where + "." + keys[k], "no entity with id " + std::to_string(ends[k]));
    }
  }
  RelationEdge& relation = parsed.relation;
  if (Status s = r.read(item, "predicate", where, true, relation.predicate); !s.ok()) return s;
  relation.label = relation.predicate;
  if (Status s = r.read(item, "label", where, false, relation.label); !s.ok()) return s;
  if (Status s = r.read(item, "symmetric", where, false, relation.symmetric); !s.ok()) return s;
  if (Status s = r.read(item, "confidence", where, false, relation.confidence); !s.ok()) return s;
  if (auto it = item.find("qualifiers"); it != item.end()) {
    if (!it->is_object()) return r.fail(where + ".qualifiers", "expected an object");
    for (const auto& [key, value] : it->items()) {
      if (!value.is_string()) return r.fail(where + ".qualifiers." + key, "expected a string");
      relation.qualifiers[key] = value.get<std::string>();
    }
  }
  const Json* evidence = nullptr;
  if (Status s = r.array(item, "evidence", where, false, evidence); !s.ok()) return s;
  for (std::size_t j = 0; evidence != nullptr && j < evidence->size(); ++j) {
    Evidence e;
    if (Status s = read_evidence(r, (*evidence)[j], where + "." + at("evidence", j), e); !s.ok()) {
      return s;
    }
    relation.evidence.push_back(std::move(e));
  }
  return Status::Ok();
}

Status read_graph(const Reader& r, const Json& root, KnowledgeGraph& g) {
  if (!root.is_object()) return r.fail("graph", "expected a JSON object");
  std::string format;
  if (Status s = r.read(root, "format", "graph", true, format); !s.ok()) return s;
  if (format != "kg-graph") return r.fail("graph.format", "expected \"kg-graph\"");
  int version = 0;
  if (Status s = r.read_int(root, "version", "graph", true, version); !s.ok()) return s;
  if (version != 1)
    return r.fail("graph.version", "unsupported version " + std::to_string(version));
  if (Status s = read_documents(r, root, g); !s.ok()) return s;
  const Json* entities = nullptr;
  if (Status s = r.array(root, "entities", "graph", true, entities); !s.ok()) return s;
  for (std::size_t i = 0; i < entities->size(); ++i) {
    EntityNode node;
    if (Status s = read_entity(r, (*entities)[i], i, node); !s.ok()) return s;
    g.append_entity(std::move(node));
  }
  const Json* relations = nullptr;
  if (Status s = r.array(root, "relations", "graph", true, relations); !s.ok()) return s;
  // Every relation is read before the first is added, so that the graph's
  // adjacency lists are allocated one after another rather than between the
  // relations' strings (see Graph in knowledge_graph.h).
  std::vector<ParsedRelation> parsed(relations->size());
  for (std::size_t i = 0; i < relations->size(); ++i) {
    if (Status s = read_relation(r, (*relations)[i], i, entities->size(), parsed[i]); !s.ok())
      return s;
  }
  g.reserve(entities->size(), parsed.size());
  for (ParsedRelation& p : parsed) g.append_relation(p.ends[0], p.ends[1], std::move(p.relation));
  return Status::Ok();
}

}  // namespace

std::string to_graph_json(const KnowledgeGraph& g) {
  const Graph& graph = g.graph();
  OrderedJson documents = OrderedJson::array();
  for (const DocumentInfo& doc : g.documents()) {
    documents.push_back(OrderedJson{{"name", doc.name},
                                    {"title", doc.title},
                                    {"sentences", doc.sentences},
                                    {"removed_paragraphs", doc.removed_paragraphs},
                                    {"removed_characters", doc.removed_characters}});
  }
  OrderedJson entities = OrderedJson::array();
  for (std::size_t v = 0; v < g.entity_count(); ++v) {
    const EntityNode& e = g.entity(v);
    entities.push_back(OrderedJson{{"id", v},
                                   {"name", e.name},
                                   {"type", std::string(to_string(e.type))},
                                   {"aliases", string_list(e.aliases)},
                                   {"documents", string_list(e.documents)},
                                   {"mentions", e.mentions}});
  }
  OrderedJson relations = OrderedJson::array();
  for (auto [it, end] = boost::edges(graph); it != end; ++it) {
    relations.push_back(relation_json(g, *it));
  }
  OrderedJson root = OrderedJson::object();
  root["format"] = "kg-graph";
  root["version"] = 1;
  root["documents"] = std::move(documents);
  root["entities"] = std::move(entities);
  root["relations"] = std::move(relations);
  return root.dump(1, ' ', false, OrderedJson::error_handler_t::replace) + "\n";
}

Result<KnowledgeGraph> parse_graph_json(const std::string& text, const std::string& source) {
  // Nesting is measured before parsing: deep input ("[[[[...") is refused
  // before it could exhaust memory or the stack. (A parser callback could do
  // this too, but nlohmann/json's callback parser rescans the enclosing array
  // at the end of every object, which made loading quadratic: 17 s for a
  // graph of 100k entities.)
  if (nesting_depth_exceeds(text, kMaxDepth)) {
    return Status::InvalidInput(source + ": JSON nested deeper than " + std::to_string(kMaxDepth) +
                                " levels");
  }
  Json root;
  try {
    root = Json::parse(text);
  } catch (const Json::exception& e) {
    std::string what = e.what();
    if (const std::size_t bracket = what.find("] ");
        what.rfind("[json.exception", 0) == 0 && bracket != std::string::npos) {
      what.erase(0, bracket + 2);
    }
    return Status::InvalidInput(source + ": invalid JSON: " + one_line(what));
  }
  KnowledgeGraph g;
  const Reader reader(source);
  try {
    if (Status s = read_graph(reader, root, g); !s.ok())
      return Status(s.code(), one_line(s.message()));
  } catch (const std::exception& e) {
    return Status::Internal(source + ": " + one_line(e.what()));
  }
  return g;
}

namespace {

// Every byte of `fd` (read to its end), at most kMaxFileBytes; `name` in errors.
Result<std::string> read_all(int fd, const std::string& name) {
  std::string text;
  struct stat info {};
  if (::fstat(fd, &info) == 0 && S_ISREG(info.st_mode)) {
    if (static_cast<std::size_t>(info.st_size) > kMaxFileBytes)
      return Status::ResourceLimit(name + ": larger than 1 GiB");
    text.reserve(static_cast<std::size_t>(info.st_size));
  }
  char buffer[1 << 16];
  for (;;) {
    const ssize_t got = ::read(fd, buffer, sizeof buffer);
    if (got == 0) break;
    if (got < 0) {
      if (errno == EINTR) continue;
      return Status::IoError(name + ": cannot read: " + std::strerror(errno));
    }
    text.append(buffer, static_cast<std::size_t>(got));
    if (text.size() > kMaxFileBytes) return Status::ResourceLimit(name + ": larger than 1 GiB");
  }
  return text;
}

}  // namespace

Result<KnowledgeGraph> load_graph_json(const std::string& path) {
  const bool from_stdin = path == "-";
  const std::string name = from_stdin ? "stdin" : path;
  const int fd = from_stdin ? STDIN_FILENO : ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    const int error = errno;
    if (error == ENOENT) return Status::NotFound(path + ": no such file");
    return Status::IoError(path + ": cannot open: " + std::strerror(error));
  }
  auto text = read_all(fd, name);
  if (!from_stdin) ::close(fd);
  if (!text.ok()) return text.status();
  if (text->empty()) return Status::InvalidInput(name + ": empty file");
  if (from_stdin && text->starts_with(std::string_view("SQLite format 3\0", 16)))
    return Status::InvalidInput(name +
                                ": a kg store cannot be read from standard input; give its path");
  return parse_graph_json(*text, name);
}

}  // namespace kg
