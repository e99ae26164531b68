#include "cli/parse_command.h"

#include <optional>
#include <string>
#include <vector>

#include "cli/output.h"
#include "cli/progress.h"
#include "kg/extract.h"
#include "kg/parse.h"

namespace kg::cli {

int run_parse(const ParseCommandOptions& options) {
  auto files =
      extract::collect_input_files(options.inputs, parse::input_extensions(options.parse.format));
  if (!files.ok()) return fail(files.status());
  auto parser = parse::UdParser::load(options.model);
  if (!parser.ok()) return fail(parser.status());
  parse::ParseFilesOptions parse_options = options.parse;
  std::optional<ProgressBar> progress;
  const ProgressMode mode = progress_mode(options.progress, options.quiet);
  parse_options.on_progress = [&progress, mode](std::size_t done, std::size_t total) {
    if (!progress) progress.emplace("sentences", total, mode);
    progress->update(done, done);
  };
  auto out = parser->parse_files(*files, parse_options);
  if (progress) progress->finish();
  if (!out.ok()) return fail(out.status());
  if (Status status = write_output("-", *out); !status.ok()) return fail(status);
  return kExitOk;
}

}  // namespace kg::cli
