#include "cli/add_command.h"

#include <charconv>
#include <cstdint>
#include <filesystem>
#include <iostream>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "cli/output.h"
#include "cli/progress.h"
#include "kg/aliases.h"
#include "kg/extract.h"
#include "kg/store.h"

namespace kg::cli {
namespace {

// A file that the store does not hold as it is now.
struct Pending {
  std::string path;
  std::string text;
};

// The extractor options as the store records them, written as on the command
// line: stored extractions are only merged with extractions made the same way.
std::string extractor_settings(const AddOptions& options) {
  char number[32];
  const auto end = std::to_chars(number, number + sizeof number, options.min_confidence).ptr;
  return std::string(options.patterns_only ? "--patterns-only " : "") + "--min-confidence " +
         std::string(number, end);
}

// The documents already stored (name -> content hash), after checking that
// the store's extractor settings are ours; empty when there is no store yet.
Result<std::map<std::string, std::string>> stored_documents(const AddOptions& options,
                                                            std::optional<Store>& store) {
  std::error_code error;
  if (!std::filesystem::exists(options.db, error)) return std::map<std::string, std::string>{};
  auto opened = Store::open(options.db, Store::Mode::kWrite);
  if (!opened.ok()) return opened.status();
  store.emplace(std::move(*opened));
  if (Status s = store->check_extractor_settings(extractor_settings(options)); !s.ok()) return s;
  return store->document_hashes();
}

// Extracts the pending files; each must still hold the text that was hashed.
Result<std::vector<StoreDocument>> extract_pending(const AddOptions& options,
                                                   std::vector<Pending> pending) {
  std::vector<StoreDocument> documents;
  if (pending.empty()) return documents;
  extract::ExtractorOptions extractor_options;
  extractor_options.parse_clauses = !options.patterns_only;
  extractor_options.min_confidence = options.min_confidence;
  auto extractor = extract::Extractor::create(extractor_options);
  if (!extractor.ok()) return extractor.status();
  std::vector<std::string> paths;
  for (const Pending& file : pending) paths.push_back(file.path);
  ProgressBar progress("documents", paths.size(), progress_mode(options.progress, options.quiet));
  auto docs = extractor->extract_files(
      paths, options.threads,
      [&](std::size_t done, std::uint64_t sentences) { progress.update(done, sentences); });
  progress.finish();
  if (!docs.ok()) return docs.status();
  for (std::size_t i = 0; i < pending.size(); ++i) {
    auto again = extract::load_text_file(pending[i].path);
    if (!again.ok()) return again.status();
    if (*again != pending[i].text)
      return Status::InvalidInput(pending[i].path + ": changed while kg add read it; add it again");
    documents.push_back({std::move((*docs)[i]), std::move(pending[i].text), ""});
  }
  return documents;
}

// The inputs sorted by what they need: unchanged (the store holds the text
// under that name), reused (it holds the text under another name: its
// extraction is copied) or pending (to extract).
struct Inputs {
  std::size_t unchanged = 0;
  std::vector<StoreDocument> reused;
  std::vector<Pending> pending;
};

Result<Inputs> sort_inputs(const std::vector<std::string>& files, const std::optional<Store>& store,
                           const std::map<std::string, std::string>& stored) {
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
    if (store && known_texts.count(hash)) {
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

}  // namespace

int run_add(const AddOptions& options) {
  std::optional<std::string> aliases;
  if (!options.aliases_file.empty()) {
    auto loaded = load_aliases_file(options.aliases_file);
    if (!loaded.ok()) return fail(loaded.status());
    aliases = std::move(loaded->text);
  }
  auto files = extract::collect_input_files(options.inputs);
  if (!files.ok()) return fail(files.status());
  std::optional<Store> store;
  auto stored = stored_documents(options, store);
  if (!stored.ok()) return fail(stored.status());
  auto inputs = sort_inputs(*files, store, *stored);
  if (!inputs.ok()) return fail(inputs.status());
  const std::size_t extracted = inputs->pending.size();
  auto documents = extract_pending(options, std::move(inputs->pending));
  if (!documents.ok()) return fail(documents.status());
  for (StoreDocument& copy : inputs->reused) documents->push_back(std::move(copy));

  if (!store) {
    auto created = Store::open(options.db, Store::Mode::kCreate);
    if (!created.ok()) return fail(created.status());
    store.emplace(std::move(*created));
  }
  auto changes = store->put(*documents, extractor_settings(options), aliases);
  if (!changes.ok()) return fail(changes.status());
  auto hashes = store->document_hashes();
  if (!hashes.ok()) return fail(hashes.status());
  std::cout << "added:     " << changes->added << " documents\n"
            << "replaced:  " << changes->replaced << " documents\n"
            << "unchanged: " << inputs->unchanged + changes->unchanged << " documents\n"
            << "extracted: " << extracted << " documents (" << inputs->reused.size()
            << " more had the text of a stored document)\n"
            << "store:     " << options.db << " holds " << hashes->size() << " documents\n";
  if (aliases) std::cout << "aliases:   recorded " << options.aliases_file << "\n";
  return kExitOk;
}

}  // namespace kg::cli
