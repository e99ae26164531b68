#include <charconv>
#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <system_error>
#include <utility>

#include "kg/extract.h"
#include "kg/ingest.h"

namespace kg {
namespace {

// A file that the store does not hold as it is now.
struct Pending {
  std::string path;
  std::string text;
};

// The inputs sorted by what they need: unchanged (the store holds the text
// under that name), reused (it holds the text under another name: its
// extraction is copied) or pending (to extract).
struct Inputs {
  std::size_t unchanged = 0;
  std::vector<StoreDocument> reused;
  std::vector<Pending> pending;
};

// Everything an add does before it writes: the documents to put.
struct Prepared {
  std::vector<StoreDocument> documents;
  IngestReport report;
};

// The extractor options as the store records them, written as on the command
// line: stored extractions are only merged with extractions made the same way.
std::string extractor_settings(const IngestOptions& options) {
  char number[32];
  const auto end = std::to_chars(number, number + sizeof number, options.min_confidence).ptr;
  return std::string(options.patterns_only ? "--patterns-only " : "") + "--min-confidence " +
         std::string(number, end);
}

Result<Inputs> sort_inputs(const std::vector<std::string>& files, const Store* store) {
  std::map<std::string, std::string> stored;  // name -> content hash
  if (store != nullptr) {
    auto hashes = store->document_hashes();
    if (!hashes.ok()) return hashes.status();
    stored = std::move(*hashes);
  }
  std::set<std::string> known_texts;
  for (const auto& [name, hash] : stored) known_texts.insert(hash);
  Inputs inputs;
  for (const std::string& path : files) {
    auto text = extract::load_text_file(path);
    if (!text.ok()) return text.status();
    const std::string name = extract::document_name(path);
    const std::string hash = content_hash(*text);
    auto known = stored.find(name);
    if (known != stored.end() && known->second == hash) {
      ++inputs.unchanged;
      continue;
    }
    if (store != nullptr && known_texts.count(hash)) {
      auto copy = store->extraction_of_text(hash, name);
      if (!copy.ok()) return copy.status();
      if (*copy) {
        inputs.reused.push_back({std::move(**copy), std::move(*text), ""});
        continue;
      }
    }
    inputs.pending.push_back({path, std::move(*text)});
  }
  return inputs;
}

// Extracts the pending files into `prepared`; each must still hold the text
// that was hashed.
Status extract_pending(const IngestOptions& options, std::vector<Pending> pending,
                       Prepared& prepared) {
  if (pending.empty()) return Status::Ok();
  extract::ExtractorOptions extractor_options;
  extractor_options.parse_clauses = !options.patterns_only;
  extractor_options.min_confidence = options.min_confidence;
  auto extractor = extract::Extractor::create(extractor_options);
  if (!extractor.ok()) return extractor.status();
  std::vector<std::string> paths;
  for (const Pending& file : pending) paths.push_back(file.path);
  const std::size_t total = paths.size();
  if (options.on_progress) options.on_progress(0, total, 0);
  auto docs = extractor->extract_files(paths, options.threads,
                                       [&](std::size_t done, std::uint64_t sentences) {
                                         if (options.on_progress)
                                           options.on_progress(done, total, sentences);
                                       });
  if (!docs.ok()) return docs.status();
  for (std::size_t i = 0; i < pending.size(); ++i) {
    auto again = extract::load_text_file(pending[i].path);
    if (!again.ok()) return again.status();
    if (*again != pending[i].text)
      return Status::InvalidInput(pending[i].path + ": changed while kg read it; try again");
    prepared.documents.push_back({std::move((*docs)[i]), std::move(pending[i].text), ""});
  }
  prepared.report.extracted = pending.size();
  prepared.report.parsed = extractor->parsed_sentences();
  return Status::Ok();
}

// Reads, sorts and extracts the files against `store` (null: an empty store).
Result<Prepared> prepare(const Store* store, const std::vector<std::string>& files,
                         const IngestOptions& options) {
  if (store != nullptr) {
    if (Status s = store->check_extractor_settings(extractor_settings(options)); !s.ok()) return s;
  }
  auto inputs = sort_inputs(files, store);
  if (!inputs.ok()) return inputs.status();
  Prepared prepared;
  prepared.report.unchanged = inputs->unchanged;
  prepared.report.reused = inputs->reused.size();
  if (Status s = extract_pending(options, std::move(inputs->pending), prepared); !s.ok()) return s;
  for (StoreDocument& copy : inputs->reused) prepared.documents.push_back(std::move(copy));
  return prepared;
}

Result<IngestReport> put(Store& store, const Prepared& prepared, const IngestOptions& options) {
  auto changes = store.put(prepared.documents, extractor_settings(options), options.aliases);
  if (!changes.ok()) return changes.status();
  IngestReport report = prepared.report;
  report.added = changes->added;
  report.replaced = changes->replaced;
  report.unchanged += changes->unchanged;
  auto info = store.info();
  if (!info.ok()) return info.status();
  report.store = std::move(*info);
  return report;
}

}  // namespace

Result<IngestReport> add_files(Store& store, const std::vector<std::string>& files,
                               const IngestOptions& options) {
  auto prepared = prepare(&store, files, options);
  if (!prepared.ok()) return prepared.status();
  return put(store, *prepared, options);
}

Result<IngestReport> add_files(const std::string& db, const std::vector<std::string>& files,
                               const IngestOptions& options) {
  std::optional<Store> store;
  std::error_code error;
  if (std::filesystem::exists(db, error)) {
    auto opened = Store::open(db, Store::Mode::kWrite);
    if (!opened.ok()) return opened.status();
    store.emplace(std::move(*opened));
  }
  auto prepared = prepare(store ? &*store : nullptr, files, options);
  if (!prepared.ok()) return prepared.status();
  if (!store) {
    auto created = Store::open(db, Store::Mode::kCreate);
    if (!created.ok()) return created.status();
    store.emplace(std::move(*created));
  }
  return put(*store, *prepared, options);
}

}  // namespace kg
