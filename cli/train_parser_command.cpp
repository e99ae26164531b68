#include "cli/train_parser_command.h"

#include <iostream>
#include <string>

#include "cli/output.h"
#include "kg/parse.h"

namespace kg::cli {

int run_train_parser(const TrainParserOptions& options) {
  parse::ModelTrainingOptions training = options.training;
  training.log = [](const std::string& line) { std::cerr << "kg train-parser: " << line << '\n'; };
  auto bytes = parse::train_model_file(training);
  if (!bytes.ok()) return fail(bytes.status());
  if (Status status = write_output(options.output, *bytes); !status.ok()) return fail(status);
  std::cerr << "kg train-parser: wrote " << options.output << " (" << bytes->size() << " bytes)\n";
  return kExitOk;
}

}  // namespace kg::cli
