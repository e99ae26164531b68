// kg: builds a knowledge graph from news articles, offline. This file only
// sets up the command line; each subcommand lives in its own *_command file.
// Exit codes: 0 success, 1 failure, 2 usage error (also `kg` alone).
#include <CLI/CLI.hpp>
#include <exception>
#include <iostream>
#include <string>
#include <vector>

#include "cli/build_command.h"
#include "cli/command.h"
#include "cli/export_command.h"
#include "cli/extract_command.h"
#include "cli/output.h"
#include "cli/parse_command.h"
#include "cli/query_command.h"
#include "cli/render_command.h"
#include "cli/train_parser_command.h"

namespace {

// CLI11's parse errors as one line, like every other kg error.
std::string usage_error_line(const CLI::App*, const CLI::Error& error) {
  std::string message = error.what();
  for (char& c : message)
    if (c == '\n') c = ' ';
  return "kg: " + message + " (see kg --help)\n";
}

int run(int argc, char** argv) {
  CLI::App app{
      "kg builds a knowledge graph from news articles, offline: typed entities, "
      "relations with provenance, centralities, Graphviz diagrams and JSON-LD.",
      "kg"};
  app.failure_message(usage_error_line);  // before the subcommands, which copy it
  app.set_version_flag("--version", std::string("kg ") + KG_VERSION);
  app.require_subcommand(0, 1);
  app.footer(
      "Exit codes: 0 success, 1 failure, 2 usage error.\n"
      "Run 'kg <command> --help' for the options of a command.");

  const std::vector<kg::cli::Command> commands = {
      kg::cli::add_build_command(app),       kg::cli::add_extract_command(app),
      kg::cli::add_query_command(app),       kg::cli::add_render_command(app),
      kg::cli::add_export_command(app),      kg::cli::add_parse_command(app),
      kg::cli::add_train_parser_command(app)};

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    return app.exit(error) == 0 ? kg::cli::kExitOk : kg::cli::kExitUsage;
  }
  for (const kg::cli::Command& command : commands)
    if (command.app->parsed()) return command.run();
  std::cerr << app.help();
  return kg::cli::kExitUsage;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return run(argc, argv);
  } catch (const std::exception& error) {
    return kg::cli::fail(std::string("internal error: ") + error.what());
  }
}
