// Command: one `kg` subcommand, registered on the CLI11 app by its
// add_*_command function. After a successful parse, main calls `run` of the
// subcommand that was given; `run` returns the process exit code (0 success,
// 1 failure) and has printed any error itself. `run` owns the option values
// the parser writes into, so a Command must outlive the parse.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>

namespace kg::cli {

struct Command {
  CLI::App* app = nullptr;
  std::function<int()> run;
};

}  // namespace kg::cli
