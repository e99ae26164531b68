#include "cli/remove_command.h"

#include <iostream>

#include "cli/output.h"
#include "kg/extract.h"
#include "kg/store.h"

namespace kg::cli {

int run_remove(const RemoveOptions& options) {
  auto store = Store::open(options.db, Store::Mode::kWrite);
  if (!store.ok()) return fail(store.status());
  std::vector<std::string> names;
  for (const std::string& name : options.names) names.push_back(extract::document_name(name));
  auto changes = store->remove(names);
  if (!changes.ok()) return fail(changes.status());
  auto hashes = store->document_hashes();
  if (!hashes.ok()) return fail(hashes.status());
  std::cout << "removed:   " << changes->removed << " documents\n"
            << "store:     " << options.db << " holds " << hashes->size() << " documents\n";
  return kExitOk;
}

}  // namespace kg::cli
