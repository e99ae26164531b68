#include "cli/explain_command.h"

#include <iostream>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

#include "cli/output.h"
#include "kg/explain.h"
#include "kg/store.h"

namespace kg::cli {
namespace {

using json = nlohmann::ordered_json;

template <typename Names>
std::string comma_list(const Names& names) {
  std::string out;
  for (const std::string& name : names) out += (out.empty() ? "" : ", ") + name;
  return out;
}

std::string text_report(const EntityExplanation& e) {
  const EntityNode& entity = e.entity;
  std::string text = entity.name + " (" + std::string(to_string(entity.type)) +
                     "): " + std::to_string(entity.mentions) + " mentions in " +
                     std::to_string(entity.documents.size()) + " documents\n";
  if (!entity.aliases.empty()) text += "aliases: " + comma_list(entity.aliases) + "\n";
  std::vector<std::vector<std::string>> rows;
  for (const JoinedRecord& r : e.records) {
    const EntityRecord& record = r.join.record;
    rows.push_back({r.document, record.name, std::string(to_string(record.type)),
                    comma_list(record.aliases), std::to_string(record.mentions),
                    r.join.listed ? "entity" : "relation end",
                    std::string(to_string(r.join.rule))});
  }
  text += format_table(
      {"document", "name", "type", "other names in the document", "mentions", "as", "joined by"},
      rows, {4});
  std::vector<std::vector<std::string>> mentions;
  for (const JoinedRecord& r : e.records) {
    for (const MentionRecord& m : r.join.record.mention_records)
      mentions.push_back(
          {r.document, std::to_string(m.sentence), m.text, std::string(to_string(m.rule))});
  }
  if (mentions.empty()) return text;
  return text + "\nmentions:\n" +
         format_table({"document", "sentence", "as written", "tied by"}, mentions, {1});
}

json mention_records_json(const std::vector<MentionRecord>& records) {
  json out = json::array();
  for (const MentionRecord& m : records)
    out.push_back({{"text", m.text}, {"sentence", m.sentence}, {"rule", to_string(m.rule)}});
  return out;
}

json json_report(const EntityExplanation& e) {
  json records = json::array();
  for (const JoinedRecord& r : e.records) {
    const EntityRecord& record = r.join.record;
    records.push_back({{"document", r.document},
                       {"name", record.name},
                       {"type", to_string(record.type)},
                       {"aliases", record.aliases},
                       {"mentions", record.mentions},
                       {"mention_records", mention_records_json(record.mention_records)},
                       {"listed", r.join.listed},
                       {"rule", to_string(r.join.rule)}});
  }
  const EntityNode& entity = e.entity;
  return {{"entity",
           {{"name", entity.name},
            {"type", to_string(entity.type)},
            {"aliases", entity.aliases},
            {"documents", entity.documents},
            {"mentions", entity.mentions}}},
          {"records", records}};
}

}  // namespace

int run_explain(const ExplainOptions& options) {
  auto store = Store::open(options.db, Store::Mode::kRead);
  if (!store.ok()) return fail(store.status());
  auto docs = store->extractions(true);
  if (!docs.ok()) return fail(docs.status());
  auto aliases = store->aliases();
  if (!aliases.ok()) return fail(aliases.status());
  KnowledgeGraph merged;
  auto explanation = explain_entity(*docs, options.name, *aliases, &merged);
  if (!explanation) return fail(resolve_entity(merged, options.name, options.db).status());
  if (options.json) {
    std::cout << json_report(*explanation).dump(2, ' ', false, json::error_handler_t::replace)
              << '\n';
  } else {
    std::cout << text_report(*explanation);
  }
  return kExitOk;
}

}  // namespace kg::cli
