#include "extract/parse/raw_text.h"

namespace kg::parse {
namespace {

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f'; }

TextSpan trimmed(std::string_view text, std::size_t start, std::size_t end) {
  while (start < end && is_blank(text[start])) ++start;
  while (end > start && is_blank(text[end - 1])) --end;
  return {start, end};
}

bool ends_sentence(std::string_view line) {
  while (!line.empty() && (line.back() == '"' || line.back() == '\'' || line.back() == ')'))
    line.remove_suffix(1);
  return !line.empty() && std::string_view(".!?:;").find(line.back()) != std::string_view::npos;
}

// Lines of one block run on into the next often enough to be one paragraph.
bool hard_wrapped(std::string_view text, const std::vector<TextSpan>& lines) {
  if (lines.size() < 2) return false;
  std::size_t run_on = 0;
  for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
    const std::string_view line = text.substr(lines[i].start, lines[i].end - lines[i].start);
    const char next = text[lines[i + 1].start];
    if (line.size() > 160) return false;
    if (!ends_sentence(line) && ((next >= 'a' && next <= 'z') || line.back() == ',')) ++run_on;
  }
  return run_on * 3 >= lines.size() - 1;
}

}  // namespace

std::vector<TextSpan> split_paragraphs(std::string_view text) {
  std::vector<TextSpan> out;
  std::vector<TextSpan> block;
  const auto flush = [&] {
    if (block.empty()) return;
    if (hard_wrapped(text, block)) {
      out.push_back({block.front().start, block.back().end});
    } else {
      out.insert(out.end(), block.begin(), block.end());
    }
    block.clear();
  };
  std::size_t pos = 0;
  while (pos <= text.size()) {
    std::size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    const TextSpan line = trimmed(text, pos, nl);
    if (line.start == line.end) {
      flush();
    } else {
      block.push_back(line);
    }
    pos = nl + 1;
  }
  flush();
  return out;
}

Sentence raw_sentence(std::string_view original, const std::vector<Token>& tokens,
                      const OffsetMap& to_original, const std::string& sent_id) {
  Sentence s;
  const auto form = [&](TextSpan span) {
    const std::size_t a = to_original(span.start);
    const std::size_t b = to_original(span.end);
    return std::string(original.substr(a, b > a ? b - a : 0));
  };
  for (const Token& t : tokens) {
    const std::size_t end = to_original(t.span.end);
    const bool space_after = end >= original.size() || is_blank(original[end]);
    std::string token_form = form(t.span);
    if (token_form.empty()) continue;
    if (t.words.size() == 1) {
      Word w;
      w.form = std::move(token_form);
      w.misc = with_space_after("_", space_after);
      s.words.push_back(std::move(w));
      continue;
    }
    MultiwordToken mwt;
    mwt.first = static_cast<int>(s.words.size()) + 1;
    for (const TextSpan& piece : t.words) {
      Word w;
      w.form = form(piece);
      if (w.form.empty()) w.form = token_form;
      s.words.push_back(std::move(w));
    }
    mwt.last = static_cast<int>(s.words.size());
    mwt.form = std::move(token_form);
    mwt.misc = with_space_after("_", space_after);
    s.tokens.push_back(std::move(mwt));
  }
  std::string text;
  if (!tokens.empty()) {
    text = std::string(original.substr(
        to_original(tokens.front().span.start),
        to_original(tokens.back().span.end) - to_original(tokens.front().span.start)));
    for (char& c : text)
      if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  }
  s.comments.push_back("# sent_id = " + sent_id);
  s.comments.push_back("# text = " + text);
  return s;
}

}  // namespace kg::parse
