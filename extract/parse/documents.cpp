#include "extract/parse/documents.h"

#include <algorithm>
#include <atomic>
#include <iterator>
#include <mutex>
#include <thread>

#include "extract/parse/raw_text.h"
#include "extract/parse/tokenizer.h"
#include "extract/text/normalizer.h"
#include "extract/text/sentence_splitter.h"
#include "extract/text/text_loader.h"
#include "kg/extract.h"

namespace kg::parse {
namespace {

// CoNLL-U files may be far larger than articles (a treebank is tens of MB).
constexpr std::size_t kMaxConlluBytes = std::size_t{1} << 30;

// The text of `path` ("-": stdin), checked as by load_text_file; CoNLL-U is
// data, not prose.
Result<std::string> read_input(const std::string& path, std::size_t max_bytes,
                               extract::TextKind kind = extract::TextKind::kProse) {
  return extract::read_text_file(path, max_bytes, kind);
}

std::string document_name(const std::string& path) { return extract::document_name(path); }

}  // namespace

// CoNLL-U input: sentences as given; heads, when present, must form trees.
Status read_conllu_input(const std::string& path, std::vector<Sentence>& out) {
  auto text = read_input(path, kMaxConlluBytes, extract::TextKind::kAnyText);
  if (!text.ok()) return text.status();
  const std::string name = path == extract::kStdinPath ? document_name(path) : path;
  auto sentences = read_conllu(*text, name);
  if (!sentences.ok()) return sentences.status();
  for (Sentence& s : *sentences) {
    const bool has_heads = std::all_of(s.words.begin(), s.words.end(),
                                       [](const Word& w) { return w.head != Word::kNoHead; });
    if (has_heads) {
      if (Status status = check_tree(s, name); !status.ok()) return status;
    }
    out.push_back(std::move(s));
  }
  return Status::Ok();
}

Status read_treebank(const std::string& path, std::vector<Sentence>& out) {
  auto text = read_input(path, kMaxConlluBytes, extract::TextKind::kAnyText);
  if (!text.ok()) return text.status();
  auto sentences = read_conllu(*text, path);
  if (!sentences.ok()) return sentences.status();
  for (Sentence& s : *sentences) {
    if (Status status = check_tree(s, path); !status.ok()) return status;
    for (std::size_t i = 0; i < s.words.size(); ++i) {
      const std::string& rel = s.words[i].deprel;
      if (rel.empty() || rel == "_" || rel.find('^') != std::string::npos) {
        return Status::InvalidInput(path + ": line " + std::to_string(s.line) + ": word " +
                                    std::to_string(i + 1) + " has no usable DEPREL");
      }
    }
    out.push_back(std::move(s));
  }
  return Status::Ok();
}

// One pre-tokenised sentence per non-blank line.
Status read_tokenized_input(const std::string& path, std::vector<Sentence>& out) {
  auto text = read_input(path, extract::kDefaultMaxTextBytes);
  if (!text.ok()) return text.status();
  const std::string doc = document_name(path);
  std::size_t pos = 0;
  int n = 0;
  while (pos < text->size()) {
    std::size_t end = text->find('\n', pos);
    if (end == std::string::npos) end = text->size();
    std::string line = text->substr(pos, end - pos);
    pos = end + 1;
    for (char& c : line)
      if (c == '\t' || c == '\r') c = ' ';
    Sentence s;
    std::size_t at = 0;
    while (at < line.size()) {
      const std::size_t start = line.find_first_not_of(' ', at);
      if (start == std::string::npos) break;
      std::size_t stop = line.find(' ', start);
      if (stop == std::string::npos) stop = line.size();
      Word w;
      w.form = line.substr(start, stop - start);
      s.words.push_back(std::move(w));
      at = stop;
    }
    if (s.words.empty()) continue;
    if (n == 0) s.comments.push_back("# newdoc id = " + doc);
    s.comments.push_back("# sent_id = " + doc + "-" + std::to_string(++n));
    std::string joined;
    for (const Word& w : s.words) joined += (joined.empty() ? "" : " ") + w.form;
    s.comments.push_back("# text = " + joined);
    out.push_back(std::move(s));
  }
  return Status::Ok();
}

std::vector<Sentence> text_sentences(const std::string& text, const std::string& doc,
                                     const Model& model) {
  std::vector<Sentence> out;
  const extract::NormalizedText normalized = extract::normalize(text);
  const std::string_view norm(normalized.text);
  const OffsetMap to_original = [&](std::size_t pos) { return normalized.original_offset(pos); };
  int n = 0;
  int paragraph = 0;
  for (const TextSpan& p : split_paragraphs(norm)) {
    // The paragraph's tokens (offsets into the normalised text) and where the
    // sentence splitter ends its sentences.
    std::vector<Token> tokens;
    std::vector<bool> ends;
    for (const extract::Sentence& sentence :
         extract::split_sentences(norm.substr(p.start, p.end - p.start), p.start, paragraph)) {
      for (Token& t : tokenize(sentence.text)) {
        t.span.start += sentence.start;
        t.span.end += sentence.start;
        for (TextSpan& w : t.words) {
          w.start += sentence.start;
          w.end += sentence.start;
        }
        tokens.push_back(std::move(t));
        ends.push_back(false);
      }
      if (!ends.empty()) ends.back() = true;
    }
    std::vector<SegmenterToken> seg;
    for (const Token& t : tokens) {
      const bool space = t.span.end >= norm.size() || norm[t.span.end] == ' ' ||
                         norm[t.span.end] == '\n' || norm[t.span.end] == '\t';
      seg.push_back({norm.substr(t.span.start, t.span.end - t.span.start), space});
    }
    for (const std::size_t i : model.segmenter().ends(seg)) ends[i] = true;
    std::size_t first = 0;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      if (!ends[i] && i + 1 < tokens.size()) continue;
      const std::vector<Token> piece(tokens.begin() + static_cast<std::ptrdiff_t>(first),
                                     tokens.begin() + static_cast<std::ptrdiff_t>(i) + 1);
      first = i + 1;
      Sentence s = raw_sentence(text, piece, to_original, doc + "-" + std::to_string(n + 1));
      if (s.words.empty()) continue;
      std::vector<std::string> header;
      if (n == 0) header.push_back("# newdoc id = " + doc);
      if (piece.front().span.start == tokens.front().span.start) header.push_back("# newpar");
      s.comments.insert(s.comments.begin(), header.begin(), header.end());
      ++n;
      out.push_back(std::move(s));
    }
    ++paragraph;
  }
  return out;
}

Status read_text_input(const std::string& path, const Model& model, std::vector<Sentence>& out) {
  auto text = read_input(path, extract::kDefaultMaxTextBytes);
  if (!text.ok()) return text.status();
  for (Sentence& s : text_sentences(*text, document_name(path), model)) out.push_back(std::move(s));
  return Status::Ok();
}

// Annotates every sentence, `threads` at a time.
void annotate_all(const Model& model, std::vector<Sentence>& sentences, unsigned threads,
                  const std::function<void(std::size_t, std::size_t)>& on_progress) {
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  threads = static_cast<unsigned>(std::min<std::size_t>(threads, sentences.size()));
  std::atomic<std::size_t> next{0};
  std::mutex progress_mutex;
  std::size_t done = 0;
  const auto work = [&] {
    for (std::size_t i = next++; i < sentences.size(); i = next++) {
      model.annotate(sentences[i]);
      if (!on_progress) continue;
      const std::lock_guard<std::mutex> lock(progress_mutex);
      on_progress(++done, sentences.size());
    }
  };
  std::vector<std::thread> workers;
  for (unsigned t = 1; t < threads; ++t) workers.emplace_back(work);
  work();
  for (std::thread& w : workers) w.join();
}

}  // namespace kg::parse
