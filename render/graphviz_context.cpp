#include "render/graphviz_context.h"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <memory>

namespace kg::render {
namespace {

GraphvizDiagnostics* active_scope = nullptr;

struct ContextDeleter {
  void operator()(GVC_t* gvc) const { gvFreeContext(gvc); }
};

}  // namespace

// Graphviz hands a message over in pieces ("Error", ": ", "text\n").
int collect_graphviz_message(char* text) {
  if (active_scope != nullptr && text != nullptr) active_scope->text_ += text;
  return 0;
}

GVC_s* graphviz_context() {
  static const std::unique_ptr<GVC_t, ContextDeleter> context(gvContext());
  return context.get();
}

LayoutGuard::~LayoutGuard() { gvFreeLayout(gvc_, graph_); }

GraphvizDiagnostics::GraphvizDiagnostics()
    : previous_scope_(active_scope), previous_handler_(agseterrf(collect_graphviz_message)) {
  active_scope = this;
}

GraphvizDiagnostics::~GraphvizDiagnostics() {
  active_scope = previous_scope_;
  agseterrf(previous_handler_);
}

std::vector<std::string> GraphvizDiagnostics::messages() const {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start < text_.size()) {
    std::size_t end = text_.find('\n', start);
    if (end == std::string::npos) end = text_.size();
    std::string line = text_.substr(start, end - start);
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
    if (!line.empty()) lines.push_back(std::move(line));
    start = end + 1;
  }
  return lines;
}

std::string GraphvizDiagnostics::summary(const std::string& fallback) const {
  const std::vector<std::string> lines = messages();
  for (const std::string& line : lines) {
    if (line.starts_with("Error")) return line;
  }
  return lines.empty() ? fallback : lines.front();
}

}  // namespace kg::render
