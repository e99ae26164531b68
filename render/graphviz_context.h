// The process-wide Graphviz rendering context, and capture of Graphviz's
// diagnostics so that none reach stderr.
//
// Graphviz keeps global state (the error handler, the attribute
// prototypes), so nothing here is thread-safe: render from one thread at a
// time.
#pragma once

#include <string>
#include <vector>

struct GVC_s;
struct Agraph_s;

namespace kg::render {

// The one GVC_t of the process (GVC_t is `struct GVC_s`), created by
// gvContext() on first use and freed at exit. Null if Graphviz could not
// create it. Call inside a GraphvizDiagnostics scope to catch its messages.
GVC_s* graphviz_context();

// Frees the layout gvLayout made of `graph` (gvFreeLayout) when leaving the
// scope. Not copyable.
class LayoutGuard {
 public:
  LayoutGuard(GVC_s* gvc, Agraph_s* graph) : gvc_(gvc), graph_(graph) {}
  ~LayoutGuard();
  LayoutGuard(const LayoutGuard&) = delete;
  LayoutGuard& operator=(const LayoutGuard&) = delete;

 private:
  GVC_s* gvc_;
  Agraph_s* graph_;
};

// While alive, Graphviz warnings and errors (everything reported through
// agerr) are collected here instead of being printed. Scopes nest: the
// previous handler is restored on destruction. Not copyable.
class GraphvizDiagnostics {
 public:
  GraphvizDiagnostics();
  ~GraphvizDiagnostics();
  GraphvizDiagnostics(const GraphvizDiagnostics&) = delete;
  GraphvizDiagnostics& operator=(const GraphvizDiagnostics&) = delete;

  // Complete messages in arrival order, one line each, e.g.
  // "Error: Layout type: \"x\" not recognized. ...".
  std::vector<std::string> messages() const;

  // The first error message, else the first warning, else `fallback`; one line.
  std::string summary(const std::string& fallback) const;

 private:
  friend int collect_graphviz_message(char* text);

  std::string text_;
  GraphvizDiagnostics* previous_scope_;
  int (*previous_handler_)(char*);
};

}  // namespace kg::render
