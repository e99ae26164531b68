#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <optional>
#include <system_error>
#include <utility>
#include <vector>

#include "kg/store.h"
#include "store/schema.h"
#include "store/sqlite.h"

namespace kg {

namespace {

namespace fs = std::filesystem;

// The folders that creating `folder` would make, innermost first.
std::vector<fs::path> missing_folders(const fs::path& folder) {
  std::vector<fs::path> missing;
  std::error_code error;
  for (fs::path p = folder; !p.empty() && !fs::exists(p, error); p = p.parent_path()) {
    missing.push_back(p);
    if (p == p.parent_path()) break;
  }
  return missing;
}

// OK when a fresh store may take the place of what `path` names.
Status check_target(const std::string& path) {
  std::error_code error;
  if (!fs::exists(fs::status(path, error))) return store::check_no_orphan_log(path);
  Status status = store::check_kg_file(path);
  if (status.ok()) return status;
  return Status(status.code(), status.message() + "; only a kg store is replaced");
}

// Replaces the pages of the kg store at `path` by those of the store at
// `source_path`, in one transaction of the store at `path`.
Status replace_pages(const std::string& path, const std::string& source_path) {
  if (Status s = store::check_kg_file(path); !s.ok()) return s;
  auto target = store::Database::open(path, SQLITE_OPEN_READWRITE, store::kBusyTimeoutMs);
  if (!target.ok()) return target.status();
  auto source = store::Database::open(source_path, SQLITE_OPEN_READWRITE, store::kBusyTimeoutMs);
  if (!source.ok()) return source.status();
  sqlite3_backup* backup = sqlite3_backup_init(target->handle(), "main", source->handle(), "main");
  if (backup == nullptr)
    return target->error(sqlite3_errcode(target->handle()), "cannot replace the store");
  const int step = sqlite3_backup_step(backup, -1);
  const int finish = sqlite3_backup_finish(backup);
  if (step != SQLITE_DONE) return target->error(step, "cannot replace the store");
  if (finish != SQLITE_OK) return target->error(finish, "cannot replace the store");
  return Status::Ok();
}

Status link_failure(const std::string& path, int error) {
  return Status::IoError(path +
                         ": cannot put the new store in place: link: " + std::strerror(error));
}

}  // namespace

struct FreshStore::Impl {
  std::string path;                    // where the store goes
  std::string temp;                    // where it is made
  std::vector<fs::path> made_folders;  // innermost first
  std::optional<Store> store;
  bool committed = false;

  ~Impl() {
    remove_temp();
    if (committed) return;
    std::error_code error;
    for (const fs::path& folder : made_folders) fs::remove(folder, error);  // only if empty
  }

  void remove_temp() {
    store.reset();
    if (temp.empty()) return;
    for (const char* suffix : {"", "-wal", "-shm"}) ::unlink((temp + suffix).c_str());
  }

  Status committed_now() {
    committed = true;
    remove_temp();
    return Status::Ok();
  }
};

FreshStore::FreshStore(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
FreshStore::FreshStore(FreshStore&&) noexcept = default;
FreshStore& FreshStore::operator=(FreshStore&&) noexcept = default;
FreshStore::~FreshStore() = default;

Result<FreshStore> FreshStore::create(const std::string& path) {
  if (Status s = check_target(path); !s.ok()) return s;
  auto impl = std::make_unique<Impl>();
  impl->path = path;
  const fs::path folder = fs::path(path).parent_path();
  impl->made_folders = missing_folders(folder);
  std::error_code error;
  if (!folder.empty()) fs::create_directories(folder, error);
  if (error) return Status::IoError(path + ": cannot create its folder: " + error.message());
  auto temp = store::create_temporary_store(path);
  if (!temp.ok()) return temp.status();
  impl->temp = std::move(*temp);
  auto opened = Store::open(impl->temp, Store::Mode::kWrite);
  if (!opened.ok()) return opened.status();
  impl->store.emplace(std::move(*opened));
  return FreshStore(std::move(impl));
}

Store& FreshStore::store() { return *impl_->store; }

Result<std::vector<std::string>> FreshStore::documents_left_out() {
  std::error_code error;
  if (!fs::exists(fs::status(impl_->path, error))) return std::vector<std::string>{};
  auto old_store = Store::open(impl_->path, Store::Mode::kRead);
  if (!old_store.ok()) return old_store.status();
  auto old_documents = old_store->document_hashes();
  if (!old_documents.ok()) return old_documents.status();
  auto new_documents = store().document_hashes();
  if (!new_documents.ok()) return new_documents.status();
  std::vector<std::string> left_out;
  for (const auto& [name, hash] : *old_documents) {
    if (new_documents->count(name) == 0) left_out.push_back(name);
  }
  return left_out;
}

Status FreshStore::commit() {
  Impl& fresh = *impl_;
  // Closing the only connection moves the log's pages into the file and
  // removes the log: the file alone is then the whole store.
  fresh.store.reset();
  std::error_code error;
  if (!fs::exists(fs::symlink_status(fresh.path, error))) {
    if (Status s = store::check_no_orphan_log(fresh.path); !s.ok()) return s;
    if (::link(fresh.temp.c_str(), fresh.path.c_str()) == 0) return fresh.committed_now();
    if (errno != EEXIST) return link_failure(fresh.path, errno);
  }
  if (Status s = replace_pages(fresh.path, fresh.temp); !s.ok()) return s;
  return fresh.committed_now();
}

}  // namespace kg
