#include "extract/parse/conllu.h"

#include <charconv>

namespace kg::parse {
namespace {

// Splits `line` at tabs into exactly `n` fields; false when the count differs.
bool split_columns(std::string_view line, std::string_view* fields, std::size_t n,
                   std::size_t* found) {
  std::size_t count = 0;
  std::size_t start = 0;
  while (true) {
    const std::size_t tab = line.find('\t', start);
    const std::string_view field =
        line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start);
    if (count < n) fields[count] = field;
    ++count;
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  *found = count;
  return count == n;
}

bool parse_int(std::string_view s, int* value) {
  if (s.empty() || s.size() > 9) return false;
  for (const char c : s)
    if (c < '0' || c > '9') return false;
  const auto result = std::from_chars(s.data(), s.data() + s.size(), *value);
  return result.ec == std::errc();
}

// What the ID column holds.
enum class IdKind { kWord, kRange, kEmpty, kBad };

IdKind parse_id(std::string_view id, int* first, int* last) {
  if (const std::size_t dash = id.find('-'); dash != std::string_view::npos) {
    if (!parse_int(id.substr(0, dash), first) || !parse_int(id.substr(dash + 1), last))
      return IdKind::kBad;
    return *first >= 1 && *first < *last ? IdKind::kRange : IdKind::kBad;
  }
  if (const std::size_t dot = id.find('.'); dot != std::string_view::npos) {
    if (!parse_int(id.substr(0, dot), first) || !parse_int(id.substr(dot + 1), last))
      return IdKind::kBad;
    return *last >= 1 ? IdKind::kEmpty : IdKind::kBad;
  }
  if (!parse_int(id, first) || *first < 1) return IdKind::kBad;
  *last = *first;
  return IdKind::kWord;
}

// Reads the lines of one file, sentence by sentence.
class Reader {
 public:
  Reader(std::string_view text, const std::string& name) : text_(text), name_(name) {}

  Result<std::vector<Sentence>> run() {
    std::size_t pos = 0;
    while (pos < text_.size()) {
      std::size_t end = text_.find('\n', pos);
      if (end == std::string_view::npos) end = text_.size();
      std::string_view line = text_.substr(pos, end - pos);
      pos = end + 1;
      ++line_number_;
      // CRLF line ends, and any carriage returns before them: a field never
      // ends in one (the writer's "\n" would not give it back).
      while (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      if (Status status = take(line); !status.ok()) return status;
    }
    if (Status status = finish_sentence(); !status.ok()) return status;
    if (sentences_.empty()) return Status::InvalidInput(name_ + ": not CoNLL-U (no word lines)");
    return std::move(sentences_);
  }

 private:
  Status error(const std::string& cause) const {
    return Status::InvalidInput(name_ + ": line " + std::to_string(line_number_) + ": " + cause);
  }

  Status take(std::string_view line) {
    if (line.empty() || line.find_first_not_of(" \t") == std::string_view::npos)
      return finish_sentence();
    if (!open_) {
      current_ = Sentence{};
      current_.line = line_number_;
      open_ = true;
    }
    if (line.front() == '#') {
      if (!current_.words.empty() || !current_.tokens.empty())
        return error("comment inside a sentence");
      current_.comments.emplace_back(line);
      return Status::Ok();
    }
    std::string_view f[10];
    std::size_t found = 0;
    if (!split_columns(line, f, 10, &found)) {
      return error("not CoNLL-U (expected 10 tab-separated columns, found " +
                   std::to_string(found) + ")");
    }
    int first = 0;
    int last = 0;
    const int next = static_cast<int>(current_.words.size()) + 1;
    switch (parse_id(f[0], &first, &last)) {
      case IdKind::kBad:
        return error("bad ID \"" + std::string(f[0].substr(0, 20)) + "\"");
      case IdKind::kRange:
        if (first != next) return error("multiword token " + std::string(f[0]) + " out of order");
        if (f[1].empty()) return error("empty FORM");
        current_.tokens.push_back({first, last, std::string(f[1]), std::string(f[9])});
        return Status::Ok();
      case IdKind::kEmpty:
        if (first != next - 1) return error("empty node " + std::string(f[0]) + " out of order");
        current_.empty_nodes.push_back({first, std::string(line)});
        return Status::Ok();
      case IdKind::kWord:
        break;
    }
    if (first != next) {
      return error("word ID " + std::string(f[0]) + " where " + std::to_string(next) +
                   " was expected");
    }
    if (f[1].empty()) return error("empty FORM");
    Word w;
    w.form = std::string(f[1]);
    w.lemma = std::string(f[2]);
    w.upos = std::string(f[3]);
    w.xpos = std::string(f[4]);
    w.feats = std::string(f[5]);
    if (f[6] != "_") {
      if (!parse_int(f[6], &w.head)) return error("bad HEAD \"" + std::string(f[6]) + "\"");
      head_lines_.push_back(line_number_);
    } else {
      head_lines_.push_back(0);
    }
    w.deprel = std::string(f[7]);
    w.deps = std::string(f[8]);
    w.misc = std::string(f[9]);
    current_.words.push_back(std::move(w));
    return Status::Ok();
  }

  Status finish_sentence() {
    if (!open_) return Status::Ok();
    open_ = false;
    if (current_.words.empty()) {
      head_lines_.clear();
      if (current_.tokens.empty() && current_.empty_nodes.empty()) return Status::Ok();
      return error("sentence without words");
    }
    const int n = static_cast<int>(current_.words.size());
    for (const MultiwordToken& t : current_.tokens) {
      if (t.last > n) {
        return Status::InvalidInput(name_ + ": line " + std::to_string(current_.line) +
                                    ": multiword token " + std::to_string(t.first) + "-" +
                                    std::to_string(t.last) + " beyond the last word");
      }
    }
    for (std::size_t i = 0; i < current_.words.size(); ++i) {
      const int head = current_.words[i].head;
      if (head != Word::kNoHead && head > n) {
        return Status::InvalidInput(name_ + ": line " + std::to_string(head_lines_[i]) + ": HEAD " +
                                    std::to_string(head) +
                                    " is not a word of the "
                                    "sentence");
      }
    }
    head_lines_.clear();
    sentences_.push_back(std::move(current_));
    return Status::Ok();
  }

  std::string_view text_;
  const std::string& name_;
  std::vector<Sentence> sentences_;
  Sentence current_;
  std::vector<std::size_t> head_lines_;
  std::size_t line_number_ = 0;
  bool open_ = false;
};

}  // namespace

std::string Sentence::comment_value(std::string_view key) const {
  for (const std::string& c : comments) {
    std::string_view s(c);
    s.remove_prefix(1);
    while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
    if (!s.starts_with(key)) continue;
    s.remove_prefix(key.size());
    while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
    if (s.empty() || s.front() != '=') continue;
    s.remove_prefix(1);
    while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
    return std::string(s);
  }
  return {};
}

Result<std::vector<Sentence>> read_conllu(std::string_view text, const std::string& name) {
  return Reader(text, name).run();
}

Status check_tree(const Sentence& sentence, const std::string& name) {
  const auto fail = [&](const std::string& cause) {
    return Status::InvalidInput(name + ": line " + std::to_string(sentence.line) + ": " + cause);
  };
  const std::size_t n = sentence.words.size();
  int roots = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const int head = sentence.words[i].head;
    if (head == Word::kNoHead) return fail("word " + std::to_string(i + 1) + " has no HEAD");
    if (head == static_cast<int>(i) + 1)
      return fail("word " + std::to_string(i + 1) + " is its own head");
    if (head == 0) ++roots;
  }
  if (roots != 1) return fail("not a tree (" + std::to_string(roots) + " roots)");
  // Walk up from every word; a walk longer than n steps has met a cycle.
  std::vector<char> reaches_root(n + 1, 0);
  reaches_root[0] = 1;
  std::vector<std::size_t> path;
  for (std::size_t i = 1; i <= n; ++i) {
    path.clear();
    std::size_t node = i;
    while (!reaches_root[node]) {
      path.push_back(node);
      if (path.size() > n) return fail("not a tree (cycle through word " + std::to_string(i) + ")");
      node = static_cast<std::size_t>(sentence.words[node - 1].head);
    }
    for (const std::size_t p : path) reaches_root[p] = 1;
  }
  return Status::Ok();
}

void append_conllu(const Sentence& sentence, std::string& out) {
  for (const std::string& c : sentence.comments) {
    out += c;
    out += '\n';
  }
  std::size_t token = 0;
  std::size_t empty = 0;
  const auto empties_after = [&](int word) {
    while (empty < sentence.empty_nodes.size() && sentence.empty_nodes[empty].after == word) {
      out += sentence.empty_nodes[empty].line;
      out += '\n';
      ++empty;
    }
  };
  empties_after(0);
  for (std::size_t i = 0; i < sentence.words.size(); ++i) {
    const int id = static_cast<int>(i) + 1;
    while (token < sentence.tokens.size() && sentence.tokens[token].first == id) {
      const MultiwordToken& t = sentence.tokens[token];
      out += std::to_string(t.first) + '-' + std::to_string(t.last) + '\t' + t.form +
             "\t_\t_\t_\t_\t_\t_\t_\t" + t.misc + '\n';
      ++token;
    }
    const Word& w = sentence.words[i];
    out += std::to_string(id);
    for (const std::string* field : {&w.form, &w.lemma, &w.upos, &w.xpos, &w.feats}) {
      out += '\t';
      out += *field;
    }
    out += '\t';
    out += w.head == Word::kNoHead ? std::string("_") : std::to_string(w.head);
    for (const std::string* field : {&w.deprel, &w.deps, &w.misc}) {
      out += '\t';
      out += *field;
    }
    out += '\n';
    empties_after(id);
  }
  // Empty nodes whose word is missing would be lost; keep them at the end.
  while (empty < sentence.empty_nodes.size()) {
    out += sentence.empty_nodes[empty++].line;
    out += '\n';
  }
  out += '\n';
}

bool no_space_after(std::string_view misc) {
  std::size_t start = 0;
  while (start <= misc.size()) {
    std::size_t bar = misc.find('|', start);
    if (bar == std::string_view::npos) bar = misc.size();
    if (misc.substr(start, bar - start) == "SpaceAfter=No") return true;
    start = bar + 1;
  }
  return false;
}

std::string with_space_after(std::string_view misc, bool space_after) {
  std::string out;
  if (!space_after) out = "SpaceAfter=No";
  if (misc != "_") {
    std::size_t start = 0;
    while (start < misc.size()) {
      std::size_t bar = misc.find('|', start);
      if (bar == std::string_view::npos) bar = misc.size();
      const std::string_view item = misc.substr(start, bar - start);
      if (!item.empty() && !item.starts_with("SpaceAfter=")) {
        if (!out.empty()) out += '|';
        out += item;
      }
      start = bar + 1;
    }
  }
  return out.empty() ? std::string("_") : out;
}

std::string_view universal_relation(std::string_view deprel) {
  return deprel.substr(0, deprel.find(':'));
}

}  // namespace kg::parse
