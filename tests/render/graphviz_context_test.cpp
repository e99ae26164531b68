#include "render/graphviz_context.h"

#include <doctest/doctest.h>
#include <graphviz/cgraph.h>
#include <unistd.h>

#include <cstdio>
#include <string>

namespace kg::render {
namespace {

// Everything written to file descriptor 2 while `action` runs.
template <typename Action>
std::string stderr_output(Action action) {
  std::fflush(stderr);
  std::FILE* capture = std::tmpfile();
  REQUIRE(capture != nullptr);
  const int saved = dup(2);
  dup2(fileno(capture), 2);
  action();
  std::fflush(stderr);
  dup2(saved, 2);
  close(saved);
  std::string text;
  std::rewind(capture);
  for (int c = std::fgetc(capture); c != EOF; c = std::fgetc(capture)) {
    text.push_back(static_cast<char>(c));
  }
  std::fclose(capture);
  return text;
}

TEST_CASE("one Graphviz context is created and reused") {
  GVC_s* first = graphviz_context();
  CHECK(first != nullptr);
  CHECK(graphviz_context() == first);
}

TEST_CASE("Graphviz messages are captured instead of printed") {
  std::vector<std::string> messages;
  std::string summary;
  const std::string printed = stderr_output([&] {
    const GraphvizDiagnostics diagnostics;
    agerr(AGWARN, "first %s\n", "warning");
    agerr(AGERR, "broken %d\n", 42);
    messages = diagnostics.messages();
    summary = diagnostics.summary("none");
  });
  CHECK(printed.empty());
  CHECK(messages == std::vector<std::string>{"Warning: first warning", "Error: broken 42"});
  CHECK(summary == "Error: broken 42");
}

TEST_CASE("a DOT syntax error is captured, with no output") {
  std::string summary;
  const std::string printed = stderr_output([&] {
    const GraphvizDiagnostics diagnostics;
    Agraph_t* graph = agmemread("digraph { a -> ");
    CHECK(graph == nullptr);
    summary = diagnostics.summary("none");
  });
  CHECK(printed.empty());
  CHECK(summary.find("syntax error") != std::string::npos);
}

TEST_CASE("diagnostic scopes nest") {
  const GraphvizDiagnostics outer;
  {
    const GraphvizDiagnostics inner;
    agerr(AGWARN, "inner\n");
    CHECK(inner.messages() == std::vector<std::string>{"Warning: inner"});
  }
  agerr(AGWARN, "outer\n");
  CHECK(outer.messages() == std::vector<std::string>{"Warning: outer"});
  CHECK(outer.summary("none") == "Warning: outer");
}

TEST_CASE("an empty capture summarises to the fallback") {
  const GraphvizDiagnostics diagnostics;
  CHECK(diagnostics.messages().empty());
  CHECK(diagnostics.summary("nothing") == "nothing");
}

}  // namespace
}  // namespace kg::render
