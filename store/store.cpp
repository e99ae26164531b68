#include "kg/store.h"

#include <cstring>
#include <fstream>
#include <optional>
#include <utility>

#include "store/extraction_rows.h"
#include "store/schema.h"
#include "store/sha256.h"
#include "store/sqlite.h"

namespace kg {

using store::Database;
using store::Statement;
using store::WriteTransaction;

namespace {

constexpr const char* kExtractorKey = "extractor";
constexpr const char* kAliasesKey = "aliases";

// Records this kg as the writer of the change in progress.
Status record_writer(Database& db) {
  Statement row(db, "INSERT OR REPLACE INTO meta VALUES(?, ?)");
  row.bind(1, std::string_view(store::kWrittenByKey));
  row.bind(2, std::string_view(store::kWriter));
  return row.run();
}

Result<std::string> read_setting(Database& db, const char* key) {
  Statement row(db, "SELECT value FROM meta WHERE key = ?");
  row.bind(1, std::string_view(key));
  std::string value;
  if (row.step()) value = row.text(0);
  if (!row.status().ok()) return row.status();
  return value;
}

// The error for extractions made with `ours` added to a store made with `stored`.
Status settings_mismatch(const std::string& path, const std::string& stored,
                         const std::string& ours) {
  return Status::InvalidArgument(path + ": the store was extracted with '" + stored +
                                 "', this run asks for '" + ours +
                                 "'; use the same options or a new store");
}

// Records `settings` when none are, else requires them to be equal.
Status check_settings(Database& db, const std::string& settings) {
  auto stored = read_setting(db, kExtractorKey);
  if (!stored.ok()) return stored.status();
  if (stored->empty()) {
    Statement row(db, "INSERT OR REPLACE INTO meta VALUES(?, ?)");
    row.bind(1, std::string_view(kExtractorKey));
    row.bind(2, settings);
    return row.run();
  }
  if (*stored == settings) return Status::Ok();
  return settings_mismatch(db.path(), *stored, settings);
}

struct StoredRow {
  std::int64_t id = 0;
  std::string hash;
};

Result<std::optional<StoredRow>> find_document(Database& db, const std::string& name) {
  Statement row(db, "SELECT id, content_hash FROM documents WHERE name = ?");
  row.bind(1, name);
  std::optional<StoredRow> found;
  if (row.step()) found = StoredRow{row.integer(0), row.text(1)};
  if (!row.status().ok()) return row.status();
  return found;
}

Status insert_document(Database& db, const StoreDocument& doc, const std::string& hash) {
  Statement row(db,
                "INSERT INTO documents(name, content_hash, date, title, sentences) "
                "VALUES(?,?,?,?,?)");
  row.bind(1, doc.extraction.document);
  row.bind(2, hash);
  if (doc.date.empty()) {
    row.bind_null(3);
  } else {
    row.bind(3, doc.date);
  }
  row.bind(4, doc.extraction.title);
  row.bind(5, std::int64_t{doc.extraction.sentences});
  if (Status s = row.run(); !s.ok()) return s;
  const std::int64_t id = sqlite3_last_insert_rowid(db.handle());
  Statement text(db, "INSERT INTO document_texts VALUES(?, ?)");
  text.bind(1, id);
  text.bind(2, doc.text);
  if (Status s = text.run(); !s.ok()) return s;
  return store::write_extraction_rows(db, id, doc.extraction);
}

}  // namespace

bool is_sqlite_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  char header[sizeof store::kSqliteMagic] = {};
  in.read(header, sizeof header);
  return in.gcount() == sizeof header &&
         std::memcmp(header, store::kSqliteMagic, sizeof header) == 0;
}

std::string content_hash(std::string_view text) { return store::sha256_hex(text); }

struct Store::Impl {
  Database db;
};

Store::Store(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Store::Store(Store&&) noexcept = default;
Store& Store::operator=(Store&&) noexcept = default;
Store::~Store() = default;

Result<Store> Store::open(const std::string& path, Mode mode) {
  auto db = store::open_database(path, mode);
  if (!db.ok()) return db.status();
  return Store(std::make_unique<Impl>(Impl{std::move(*db)}));
}

const std::string& Store::path() const { return impl_->db.path(); }

Result<std::map<std::string, std::string>> Store::document_hashes() const {
  std::map<std::string, std::string> hashes;
  Statement rows(impl_->db, "SELECT name, content_hash FROM documents");
  while (rows.step()) hashes.emplace(rows.text(0), rows.text(1));
  if (!rows.status().ok()) return rows.status();
  return hashes;
}

Result<std::string> Store::extractor_settings() const {
  return read_setting(impl_->db, kExtractorKey);
}

Result<StoreInfo> Store::info() const {
  StoreInfo info;
  auto documents = impl_->db.query_integer("SELECT count(*) FROM documents");
  if (!documents.ok()) return documents.status();
  info.documents = static_cast<std::size_t>(*documents);
  auto created_by = read_setting(impl_->db, store::kCreatedByKey);
  if (!created_by.ok()) return created_by.status();
  info.created_by = std::move(*created_by);
  auto written_by = read_setting(impl_->db, store::kWrittenByKey);
  if (!written_by.ok()) return written_by.status();
  info.written_by = std::move(*written_by);
  return info;
}

Result<AliasDecisions> Store::aliases() const {
  auto text = read_setting(impl_->db, kAliasesKey);
  if (!text.ok()) return text.status();
  return parse_aliases(*text, path() + " (its recorded aliases file)");
}

Status Store::check_extractor_settings(const std::string& settings) const {
  auto stored = extractor_settings();
  if (!stored.ok()) return stored.status();
  if (stored->empty() || *stored == settings) return Status::Ok();
  return settings_mismatch(path(), *stored, settings);
}

Result<StoreChanges> Store::put(const std::vector<StoreDocument>& documents,
                                const std::string& extractor_settings,
                                const std::optional<std::string>& aliases) {
  Database& db = impl_->db;
  auto transaction = WriteTransaction::begin(db);
  if (!transaction.ok()) return transaction.status();
  if (Status s = check_settings(db, extractor_settings); !s.ok()) return s;
  if (aliases) {
    Statement row(db, "INSERT OR REPLACE INTO meta VALUES(?, ?)");
    row.bind(1, std::string_view(kAliasesKey));
    row.bind(2, *aliases);
    if (Status s = row.run(); !s.ok()) return s;
  }
  StoreChanges changes;
  for (const StoreDocument& doc : documents) {
    const std::string hash = content_hash(doc.text);
    auto stored = find_document(db, doc.extraction.document);
    if (!stored.ok()) return stored.status();
    if (*stored && (*stored)->hash == hash) {
      ++changes.unchanged;
      continue;
    }
    if (*stored) {
      if (Status s = store::delete_document(db, (*stored)->id); !s.ok()) return s;
      ++changes.replaced;
    } else {
      ++changes.added;
    }
    if (Status s = insert_document(db, doc, hash); !s.ok()) return s;
  }
  if (changes.added + changes.replaced > 0 || aliases) {
    if (Status s = record_writer(db); !s.ok()) return s;
  }
  if (Status s = transaction->commit(); !s.ok()) return s;
  return changes;
}

Result<StoreChanges> Store::remove(const std::vector<std::string>& names) {
  Database& db = impl_->db;
  auto transaction = WriteTransaction::begin(db);
  if (!transaction.ok()) return transaction.status();
  if (Status s = record_writer(db); !s.ok()) return s;
  StoreChanges changes;
  for (const std::string& name : names) {
    auto stored = find_document(db, name);
    if (!stored.ok()) return stored.status();
    if (!*stored)
      return Status::NotFound(db.path() + ": holds no document '" + one_line(name) + "'");
    if (Status s = store::delete_document(db, (*stored)->id); !s.ok()) return s;
    ++changes.removed;
  }
  if (Status s = transaction->commit(); !s.ok()) return s;
  return changes;
}

Result<std::optional<DocumentExtraction>> Store::extraction_of_text(const std::string& hash,
                                                                    const std::string& name) const {
  Statement row(impl_->db, "SELECT id FROM documents WHERE content_hash = ? ORDER BY name LIMIT 1");
  row.bind(1, hash);
  std::optional<std::int64_t> id;
  if (row.step()) id = row.integer(0);
  if (!row.status().ok()) return row.status();
  if (!id) return std::optional<DocumentExtraction>();
  auto docs = store::read_extractions(impl_->db, *id, true);
  if (!docs.ok()) return docs.status();
  if (docs->size() != 1) return std::optional<DocumentExtraction>();
  DocumentExtraction doc = std::move(docs->front());
  for (Triple& t : doc.triples)
    if (t.evidence.document == doc.document) t.evidence.document = name;
  doc.document = name;
  return std::optional<DocumentExtraction>(std::move(doc));
}

Result<std::vector<DocumentExtraction>> Store::extractions(bool with_mention_records) const {
  return store::read_extractions(impl_->db, std::nullopt, with_mention_records);
}

Result<KnowledgeGraph> Store::graph() const {
  auto docs = extractions();
  if (!docs.ok()) return docs.status();
  // Built in place: a KnowledgeGraph is not movable (Boost's adjacency_list
  // is copied), and the graph of a large store is worth not copying.
  auto aliases = this->aliases();
  if (!aliases.ok()) return aliases.status();
  Result<KnowledgeGraph> graph(std::in_place);
  graph->set_aliases(std::move(*aliases));
  for (const DocumentExtraction& doc : *docs) graph->add_document(doc);
  return graph;
}

Result<KnowledgeGraph> load_store_graph(const std::string& path) {
  auto store = Store::open(path, Store::Mode::kRead);
  if (!store.ok()) return store.status();
  return store->graph();
}

}  // namespace kg
