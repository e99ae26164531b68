#include "cli/parse_command.h"

#include <string>
#include <vector>

#include "cli/output.h"
#include "kg/extract.h"
#include "kg/parse.h"

namespace kg::cli {
namespace {

// The files to read, in the order given: "-" stands for stdin, and each run
// of other inputs is expanded by collect_input_files.
Result<std::vector<std::string>> input_files(const ParseCommandOptions& options) {
  const std::vector<std::string> extensions = parse::input_extensions(options.parse.format);
  std::vector<std::string> files;
  std::vector<std::string> run;
  const auto flush = [&]() -> Status {
    if (run.empty()) return Status::Ok();
    auto found = extract::collect_input_files(run, extensions);
    if (!found.ok()) return found.status();
    files.insert(files.end(), found->begin(), found->end());
    run.clear();
    return Status::Ok();
  };
  for (const std::string& input : options.inputs) {
    if (input != "-") {
      run.push_back(input);
      continue;
    }
    if (Status status = flush(); !status.ok()) return status;
    files.push_back(input);
  }
  if (Status status = flush(); !status.ok()) return status;
  if (files.empty()) return Status::InvalidArgument("no input files given");
  return files;
}

}  // namespace

int run_parse(const ParseCommandOptions& options) {
  auto files = input_files(options);
  if (!files.ok()) return fail(files.status());
  auto parser = parse::UdParser::load(options.model);
  if (!parser.ok()) return fail(parser.status());
  auto out = parser->parse_files(*files, options.parse);
  if (!out.ok()) return fail(out.status());
  if (Status status = write_output("-", *out); !status.ok()) return fail(status);
  return kExitOk;
}

}  // namespace kg::cli
