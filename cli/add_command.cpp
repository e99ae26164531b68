#include "cli/add_command.h"

#include <iostream>
#include <utility>

#include "cli/output.h"
#include "kg/aliases.h"
#include "kg/extract.h"

namespace kg::cli {

Result<AddRequest> prepare_add(const AddOptions& options, LateProgressBar& progress) {
  AddRequest request;
  if (!options.aliases_file.empty()) {
    auto loaded = load_aliases_file(options.aliases_file);
    if (!loaded.ok()) return loaded.status();
    request.ingest.aliases = std::move(loaded->text);
  }
  auto files = extract::collect_input_files(options.inputs);
  if (!files.ok()) return files.status();
  request.files = std::move(*files);
  request.ingest.patterns_only = options.patterns_only;
  request.ingest.min_confidence = options.min_confidence;
  request.ingest.threads = options.threads;
  request.ingest.on_progress = [&progress](std::size_t done, std::size_t total,
                                           std::uint64_t sentences) {
    progress.update(done, total, sentences);
  };
  return request;
}

int run_add(const AddOptions& options) {
  LateProgressBar progress("documents", progress_mode(options.progress, options.quiet));
  auto request = prepare_add(options, progress);
  if (!request.ok()) return fail(request.status());
  auto report = add_files(options.db, request->files, request->ingest);
  progress.finish();
  if (!report.ok()) return fail(report.status());
  std::cout << "added:     " << report->added << " documents\n"
            << "replaced:  " << report->replaced << " documents\n"
            << "unchanged: " << report->unchanged << " documents\n"
            << "extracted: " << report->extracted << " documents (" << report->reused
            << " more had the text of a stored document)\n"
            << "store:     " << options.db << " holds " << report->store.documents << " documents";
  if (!report->store.created_by.empty()) std::cout << ", made by " << report->store.created_by;
  std::cout << "\n";
  if (!options.aliases_file.empty())
    std::cout << "aliases:   recorded " << options.aliases_file << "\n";
  return kExitOk;
}

}  // namespace kg::cli
