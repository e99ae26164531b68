// The persistent graph: an embedded SQLite store of documents and what was
// extracted from each, from which the KnowledgeGraph is rebuilt on demand.
//
// What is stored. One row per document (its name, the SHA-256 of its text,
// its title and sentence count, a date column for when one is known, and the
// text itself in a table of its own), and the document's DocumentExtraction in
// tables keyed by (document, position): entities with their mention counts,
// aliases and mention records, relations (the triples), qualifiers, evidence and the text the
// cleaner removed. Rows keep the extraction's own order, so it reads back
// exactly (doubles as 8-byte reals, text byte for byte). A "meta" table holds
// the extractor settings the extractions were made with, the text of the
// aliases file (kg/aliases.h) last given to kg add, which the graph applies,
// and the versions of the kg that created the store and of the kg whose
// change was the last (every change records it). The schema version
// is PRAGMA user_version and the application id marks the file as kg's.
//
// Why per-document extractions, not merged entities. Merging documents
// (KnowledgeGraph::add_document) depends on the order they are merged in and
// on every other document; a stored merged graph would have to be unmerged
// when a document changes. A document's extraction depends on its text only,
// so adding, replacing or removing a document touches its rows alone, and the
// graph is rebuilt by merging the stored extractions in one canonical order:
// by document name, byte-wise, the order in which `kg build` reads the files
// of a folder. The graph of a store is therefore the graph `kg build` makes of
// the same documents in that order, whatever order they were added in.
// Rebuilding reads the extraction tables only, never a document's text.
//
// Safety. The store runs in WAL mode with a busy timeout; every change is one
// transaction (BEGIN IMMEDIATE), so a process killed at any moment leaves the
// store as it was before or after the change, and a second writer waits for
// the first. A new store is created complete under a temporary name and then
// linked into place. A file that is not an SQLite database, an SQLite
// database that is not a kg store, a corrupt store or one of a newer schema
// version is refused with a one-line InvalidInput Status naming the file,
// before anything is written.
#pragma once

#include <cstddef>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "kg/graph.h"
#include "kg/status.h"

namespace kg {

// The schema version this kg reads and writes.
inline constexpr int kStoreSchemaVersion = 2;

// Whether the file at `path` begins with the SQLite header (false when it
// cannot be read): how commands tell a store from a graph.json.
bool is_sqlite_file(const std::string& path);

// The SHA-256 of `text` as 64 hex digits: a document's content hash.
std::string content_hash(std::string_view text);

// A document to put in the store: its extraction (named by
// extraction.document) and the text it was extracted from.
struct StoreDocument {
  DocumentExtraction extraction;
  std::string text;
  std::string date;  // ISO 8601 when known, else empty (stored as NULL)
};

// Who made a store and what it holds.
struct StoreInfo {
  std::size_t documents = 0;
  // The kg that created the store and the kg of its last change ("kg
  // 0.1.0"); empty in a store made before kg recorded them.
  std::string created_by;
  std::string written_by;
};

// What a change did, in documents.
struct StoreChanges {
  std::size_t added = 0;
  std::size_t replaced = 0;
  std::size_t unchanged = 0;  // same name and content hash as stored
  std::size_t removed = 0;
};

class Store {
 public:
  enum class Mode {
    kRead,    // the file must exist; nothing is ever written
    kWrite,   // the file must exist
    kCreate,  // like kWrite; a missing file becomes a new, empty store
  };

  // Opens the store at `path`. Errors (one line, naming `path`): NotFound
  // (missing, with kRead or kWrite), InvalidInput (not SQLite, not a kg
  // store, corrupt, newer schema version), IoError, ResourceLimit (locked
  // longer than the busy timeout). kWrite and kCreate also run SQLite's
  // quick_check, so a corrupt store is refused before a change.
  static Result<Store> open(const std::string& path, Mode mode);

  Store(Store&&) noexcept;
  Store& operator=(Store&&) noexcept;
  ~Store();

  const std::string& path() const;

  // Every stored document's name -> content hash.
  Result<std::map<std::string, std::string>> document_hashes() const;

  // The extractor settings the stored extractions were made with, or empty
  // when none were recorded yet (a new store).
  Result<std::string> extractor_settings() const;

  // OK when `settings` may be put into this store (equal to those recorded,
  // or none recorded), else the InvalidArgument error that put() would give.
  Status check_extractor_settings(const std::string& settings) const;

  // The number of documents and the kg versions that made and last changed
  // the store.
  Result<StoreInfo> info() const;

  // The recorded aliases decisions (empty when none were recorded). A
  // recorded text that does not parse is an InvalidInput error.
  Result<AliasDecisions> aliases() const;

  // In one transaction: each document replaces the stored one of the same
  // name unless its content hash is the same (then it is left as it is).
  // `extractor_settings` must equal those recorded (they are recorded when
  // the store has none); otherwise InvalidArgument and nothing changes.
  // With `aliases`, that aliases file text replaces the recorded one (the
  // caller has parsed it: parse_aliases).
  Result<StoreChanges> put(const std::vector<StoreDocument>& documents,
                           const std::string& extractor_settings,
                           const std::optional<std::string>& aliases = std::nullopt);

  // In one transaction: removes the named documents. A name not stored is a
  // NotFound error, and nothing is removed.
  Result<StoreChanges> remove(const std::vector<std::string>& names);

  // The stored extraction of a document whose text has content hash `hash`
  // (the first by name), renamed to `name` (its document and evidence), or
  // nullopt when no stored document has that text. An extraction depends on
  // the text alone, so a file copied or moved need not be extracted again.
  Result<std::optional<DocumentExtraction>> extraction_of_text(const std::string& hash,
                                                               const std::string& name) const;

  // The stored extraction of each document, in canonical order (by name);
  // the entities' mention records (EntityRecord::mention_records) only when
  // asked for: the graph does not need them.
  Result<std::vector<DocumentExtraction>> extractions(bool with_mention_records = false) const;

  // The graph: the canonical-order extractions merged by add_document, with
  // the recorded aliases decisions applied.
  Result<KnowledgeGraph> graph() const;

 private:
  struct Impl;
  explicit Store(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// A store made from nothing to take the place of whatever kg store `path`
// names (kg build): it is filled under a hidden temporary name in the folder
// of `path`, and only commit() puts it in place, so that until then `path`
// keeps what it held, and a FreshStore destroyed before commit() removes its
// temporary file (and the folders create() made for it).
class FreshStore {
 public:
  // Makes the empty store, creating the folder of `path` if missing. `path`
  // may name nothing or a kg store of any schema version (even a corrupt
  // one: it is replaced, not read); anything else is refused untouched, with
  // the one-line error of Store::open (a folder, a file that is not a kg
  // store), as is a store's write-ahead log left where `path` names nothing.
  static Result<FreshStore> create(const std::string& path);

  FreshStore(FreshStore&&) noexcept;
  FreshStore& operator=(FreshStore&&) noexcept;
  ~FreshStore();

  // The store being filled (open for writing; its path is the temporary one).
  Store& store();

  // The names of the documents the kg store at `path` holds and store()
  // does not, by name: what commit() drops from it (kg build says so). Empty
  // when `path` names nothing. An error (Store::open's) when that store
  // cannot be read, a newer schema or a corrupt file: commit() replaces it
  // all the same.
  Result<std::vector<std::string>> documents_left_out();

  // Puts the store in place: linked as `path` when that names nothing; else
  // the old store's pages are replaced by the new one's in one SQLite
  // transaction (the backup API, waiting as a writer does for the old
  // store's other writers), so that its readers and writers see the old
  // store or the new one, whole. store() may not be used afterwards. Errors
  // leave `path` as it was.
  Status commit();

 private:
  struct Impl;
  explicit FreshStore(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// Opens the store at `path` read-only and returns its graph.
Result<KnowledgeGraph> load_store_graph(const std::string& path);

}  // namespace kg
