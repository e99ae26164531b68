#include "extract/text/cleaner.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <functional>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "base/letters.h"
#include "base/utf8.h"
#include "extract/text/front_matter.h"

namespace kg::extract {
namespace {

constexpr std::size_t kHeadingMaxWords = 12;
constexpr std::size_t kLabelMaxWords = 4;
constexpr std::size_t kHeadlineMaxWords = 25;
constexpr std::size_t kWrappedMaxLine = 120;
constexpr std::size_t kHeadingRun = 3;  // short lines that may follow a heading
constexpr std::size_t kDatelineMaxBytes = 60;
constexpr std::size_t kMaxFrontMatter = 8;  // front-matter lines skipped before a title

struct Span {
  std::size_t start = 0;
  std::size_t end = 0;
  std::string_view text;
};

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

Span trimmed(std::string_view all, std::size_t start, std::size_t end) {
  while (start < end && is_blank(all[start])) ++start;
  while (end > start && is_blank(all[end - 1])) --end;
  return {start, end, all.substr(start, end - start)};
}

std::vector<Span> split_lines(std::string_view text) {
  std::vector<Span> lines;
  std::size_t pos = 0;
  while (pos <= text.size()) {
    std::size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    lines.push_back(trimmed(text, pos, nl));
    pos = nl + 1;
  }
  return lines;
}

std::size_t word_count(std::string_view s) {
  std::size_t n = 0;
  bool in_word = false;
  for (const char c : s) {
    const bool blank = is_blank(c);
    if (!blank && !in_word) ++n;
    in_word = !blank;
  }
  return n;
}

bool starts_with_any(std::string_view lower, std::initializer_list<std::string_view> prefixes) {
  return std::any_of(prefixes.begin(), prefixes.end(),
                     [&](std::string_view p) { return lower.starts_with(p); });
}

bool contains_any(std::string_view lower, std::initializer_list<std::string_view> needles) {
  return std::any_of(needles.begin(), needles.end(),
                     [&](std::string_view n) { return lower.find(n) != std::string_view::npos; });
}

// Last character ignoring closing quotes and brackets is . ! ? ; or :
bool ends_with_terminal(std::string_view s) {
  std::size_t e = s.size();
  while (e > 0 && (s[e - 1] == '"' || s[e - 1] == '\'' || s[e - 1] == ')' || s[e - 1] == ']' ||
                   is_blank(s[e - 1]))) {
    --e;
  }
  return e > 0 && std::string_view(".!?;:").find(s[e - 1]) != std::string_view::npos;
}

bool short_unpunctuated(std::string_view s, std::size_t max_words) {
  return word_count(s) <= max_words && !ends_with_terminal(s);
}

bool body_like(std::string_view s) { return word_count(s) >= 8 && ends_with_terminal(s); }

// "LIMA, May 4 - ", "Nairobi (Reuters) - ", "ADDIS ABABA - ": a paragraph
// that opens an article. Every word before the dash starts with a capital
// letter, a digit or a bracket.
bool starts_with_dateline(std::string_view s) {
  const std::size_t dash = s.find(" - ");
  if (dash == std::string_view::npos || dash == 0 || dash > kDatelineMaxBytes) return false;
  bool word_start = true;
  for (std::size_t k = 0; k < dash; ++k) {
    const char c = s[k];
    if (c == ' ') {
      word_start = true;
      continue;
    }
    if (word_start && !((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '(' ||
                        static_cast<unsigned char>(c) >= 0x80)) {
      return false;
    }
    word_start = false;
  }
  return true;
}

bool looks_headline(std::string_view s) {
  if (s.empty() || s.size() > 250 || word_count(s) > kHeadlineMaxWords) return false;
  return s.back() != '.' || s.ends_with("...");
}

bool is_end_marker(std::string_view s) {
  if (word_count(s) > 8) return false;
  const std::string l = ascii_lower(s);
  return starts_with_any(l, {"related articles",
                             "related news",
                             "related stories",
                             "related posts",
                             "related content",
                             "related:",
                             "related topics",
                             "read more",
                             "read also",
                             "see also",
                             "more from",
                             "more news",
                             "more stories",
                             "tags:",
                             "tag:",
                             "keywords:",
                             "you may also like",
                             "you might also like",
                             "recommended for you",
                             "most read",
                             "most popular",
                             "other news"}) ||
         l == "related" || l == "tags";
}

bool is_category_label(std::string_view s) {
  if (s.size() > 48 || !short_unpunctuated(s, kLabelMaxWords)) return false;
  return std::none_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool is_share_line(std::string_view s) {
  if (word_count(s) > kHeadingMaxWords) return false;
  std::string l = ascii_lower(s);
  while (!l.empty() && (l.back() == ':' || l.back() == '.' || l.back() == '!')) l.pop_back();
  static const std::unordered_set<std::string_view> kExact = {"share",
                                                              "share this",
                                                              "share this article",
                                                              "share this story",
                                                              "tweet",
                                                              "print",
                                                              "email",
                                                              "e-mail",
                                                              "comments",
                                                              "comment",
                                                              "home",
                                                              "back to top",
                                                              "advertisement",
                                                              "sponsored",
                                                              "sponsored content",
                                                              "facebook",
                                                              "twitter",
                                                              "linkedin",
                                                              "whatsapp",
                                                              "telegram",
                                                              "instagram",
                                                              "youtube",
                                                              "zalo",
                                                              "x",
                                                              "top",
                                                              "next",
                                                              "previous",
                                                              "menu"};
  if (kExact.contains(l)) return true;
  if (starts_with_any(
          l, {"share on ", "share via ", "share this ", "share:", "subscribe", "sign up",
              "click here", "like us on", "copyright", "(c) ", "download our", "download the app",
              "join our", "get the latest", "newsletter", "follow us"})) {
    return true;
  }
  if (l.starts_with("\xC2\xA9")) return true;  // the copyright sign
  if (l.find("all rights reserved") != std::string::npos) return true;
  return l.starts_with("follow ") && l.find(" on ") != std::string::npos;
}

// "(AFP)", "(VNA)", "(AFP/Getty Images)", "(Reuters)" at the very end of the line.
bool ends_with_credit(std::string_view s) {
  if (!s.ends_with(")") || word_count(s) < 4) return false;
  const std::size_t open = s.rfind('(');
  if (open == std::string_view::npos) return false;
  const std::string_view inner = s.substr(open + 1, s.size() - open - 2);
  if (inner.empty() || word_count(inner) > 4) return false;
  if (std::any_of(inner.begin(), inner.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return false;
  }
  const std::string l = ascii_lower(inner);
  if (starts_with_any(l, {"photo", "image", "file", "illustrat", "source"})) return true;
  if (contains_any(l, {"reuters", "getty", "afp", "xinhua", "shutterstock", "epa", "bernama",
                       "kyodo", "yonhap", "anadolu", "press", "news"})) {
    return true;
  }
  const bool all_caps =
      std::none_of(inner.begin(), inner.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  return all_caps && std::count_if(inner.begin(), inner.end(),
                                   [](char c) { return c >= 'A' && c <= 'Z'; }) >= 2;
}

bool is_caption(std::string_view s) {
  const std::string l = ascii_lower(s);
  if (contains_any(l, {"(photo:", "(photo ", "(photo)", "(photos:", "(image:", "(file photo",
                       "(illustrative", "(illustration", "photo by ", "photos by ",
                       "photo courtesy", "photo credit", "file photo"})) {
    return true;
  }
  if (starts_with_any(l, {"photo:", "photos:", "image:", "caption:", "illustrative photo",
                          "illustration photo", "illustration:"})) {
    return true;
  }
  return ends_with_credit(s);
}

bool is_byline(std::string_view s) {
  const std::size_t words = word_count(s);
  if (s.starts_with("By ") && words <= 8 && s.size() > 3 && starts_with_upper(s.substr(3)) &&
      s.find(',') == std::string_view::npos && !s.ends_with(".")) {
    return true;
  }
  if (words > 15) return false;
  return starts_with_any(
      ascii_lower(s),
      {"reporter:",   "reporters:",   "author:",     "authors:",   "written by",    "story by",
       "text:",       "edited by",    "editor:",     "editing by", "translated by", "compiled by",
       "reported by", "reporting by", "source:",     "sources:",   "posted by",     "posted:",
       "published:",  "updated:",     "last updated"});
}

// A line that is only a person-like name ("Jane Doe", "J. Smith"), optionally
// followed by an agency credit ("Jane Doe - AFP", "Jane Doe/Reuters", "Jane Doe (AP)").
bool is_name_line(std::string_view s) {
  for (const std::string_view sep :
       {std::string_view(" - "), std::string_view("/"), std::string_view(" (")}) {
    if (const std::size_t p = s.find(sep); p != std::string_view::npos && p > 0) {
      s = s.substr(0, p);
      break;
    }
  }
  const std::size_t words = word_count(s);
  if (words < 2 || words > 4 || s.size() > 60) return false;
  bool word_start = true;
  std::size_t pos = 0;
  while (pos < s.size()) {
    const CodePoint cp = decode_utf8(s, pos);
    if (cp.value == ' ') {
      word_start = true;
    } else {
      if (word_start && !is_upper_letter(cp.value)) return false;
      const bool allowed = is_letter(cp.value) || cp.value == '.' || cp.value == '-' ||
                           cp.value == '\'' || (cp.value >= 0x0300 && cp.value <= 0x036F);
      if (!allowed) return false;
      word_start = false;
    }
    pos += cp.length;
  }
  return true;
}

bool is_agency_line(std::string_view s) {
  if (word_count(s) > 3 || s.size() > 40) return false;
  const bool has_lower =
      std::any_of(s.begin(), s.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  const bool has_upper =
      std::any_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  return !has_lower && has_upper && !ends_with_terminal(s);
}

// Coarse shape of a list line: has a parenthesis, has a digit.
int line_shape(std::string_view s) {
  const bool paren = s.find('(') != std::string_view::npos;
  const bool digit = std::any_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
  return (paren ? 1 : 0) + (digit ? 2 : 0);
}

// Word 3-gram hashes of the lower-cased alphanumeric words, sorted and unique.
std::vector<std::uint64_t> shingles(std::string_view s) {
  std::vector<std::string> words(1);
  for (const char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (std::isalnum(u) || u >= 0x80) {
      words.back().push_back(static_cast<char>(std::tolower(u)));
    } else if (!words.back().empty()) {
      words.emplace_back();
    }
  }
  if (words.back().empty()) words.pop_back();
  std::vector<std::uint64_t> out;
  const std::hash<std::string> h;
  for (std::size_t i = 0; i + 2 < words.size(); ++i) {
    out.push_back(h(words[i] + ' ' + words[i + 1] + ' ' + words[i + 2]));
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

// Finds exact repeats (same letters and digits, ignoring case) and near
// repeats: a paragraph whose 3-gram shingles are 90% contained in an earlier
// one, or 80% alike (Jaccard). Earlier paragraphs are found through an index
// from shingle to the paragraphs holding it, so the cost grows with the text,
// not with its square; a shingle shared by very many paragraphs ("one of the")
// only points to the latest kMaxPostings of them, which can hide a near repeat
// only when every shingle the two share is that common.
class Deduplicator {
 public:
  // True when `text` repeats something already added; otherwise adds it.
  bool seen_or_add(std::string_view text) {
    std::string key;
    for (const char c : text) {
      const auto u = static_cast<unsigned char>(c);
      if (std::isalnum(u) || u >= 0x80) key.push_back(static_cast<char>(std::tolower(u)));
    }
    if (!exact_.insert(key).second) return true;
    std::vector<std::uint64_t> sh = shingles(text);
    if (sh.size() < 4) return false;
    std::unordered_map<std::uint32_t, std::size_t> common;  // earlier paragraph -> shared
    for (const std::uint64_t s : sh) {
      const auto it = postings_.find(s);
      if (it == postings_.end()) continue;
      for (const std::uint32_t p : it->second) ++common[p];
    }
    for (const auto& [p, shared] : common) {
      const std::size_t uni = sh.size() + sizes_[p] - shared;
      if (shared * 10 >= sh.size() * 9 || shared * 10 >= uni * 8) return true;
    }
    const auto id = static_cast<std::uint32_t>(sizes_.size());
    sizes_.push_back(sh.size());
    for (const std::uint64_t s : sh) {
      std::vector<std::uint32_t>& list = postings_[s];
      if (list.size() == kMaxPostings) list.erase(list.begin());
      list.push_back(id);
    }
    return false;
  }

 private:
  static constexpr std::size_t kMaxPostings = 32;
  std::unordered_set<std::string> exact_;
  std::unordered_map<std::uint64_t, std::vector<std::uint32_t>> postings_;
  std::vector<std::size_t> sizes_;  // shingle count of each indexed paragraph
};

// Hard-wrapped text: no long lines, and many lines run on into a next line that
// continues the sentence in lower case.
bool looks_hard_wrapped(const std::vector<Span>& lines) {
  std::size_t long_lines = 0;
  std::size_t pairs = 0;
  std::size_t run_on = 0;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    // Front matter ("url: ...", a menu) is one item a line, never wrapped prose.
    if (lines[i].text.empty() || !front_matter_kind(lines[i].text).empty()) continue;
    if (lines[i].text.size() > kWrappedMaxLine) ++long_lines;
    if (i + 1 < lines.size() && !lines[i + 1].text.empty()) {
      ++pairs;
      const std::string_view next = lines[i + 1].text;
      const bool lower_next = !next.empty() && is_lower_letter(decode_utf8(next, 0).value);
      if (!ends_with_terminal(lines[i].text) && (lower_next || lines[i].text.ends_with(","))) {
        ++run_on;
      }
    }
  }
  return long_lines == 0 && pairs >= 3 && run_on * 3 >= pairs;
}

std::vector<Span> raw_paragraphs(std::string_view text) {
  const std::vector<Span> lines = split_lines(text);
  std::vector<Span> out;
  if (!looks_hard_wrapped(lines)) {
    for (const Span& l : lines) {
      if (!l.text.empty()) out.push_back(l);
    }
    return out;
  }
  for (std::size_t i = 0; i < lines.size();) {
    if (lines[i].text.empty()) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j + 1 < lines.size() && !lines[j + 1].text.empty()) ++j;
    out.push_back(trimmed(text, lines[i].start, lines[j].end));
    i = j + 1;
  }
  return out;
}

class Cleaner {
 public:
  explicit Cleaner(std::string_view text) : text_(text), raw_(raw_paragraphs(text)) {}

  CleanDocument run() {
    std::size_t first = 0;
    for (; first < raw_.size() && first < kMaxFrontMatter; ++first) {
      const std::string_view t = raw_[first].text;
      const std::string_view kind = is_byline(t) ? "byline" : front_matter_kind(t);
      if (kind.empty()) break;
      drop(first, kind);
    }
    if (first < raw_.size() && looks_headline(raw_[first].text)) {
      doc_.title = std::string(raw_[first].text);
      doc_.title_start = raw_[first].start;
      doc_.title_end = raw_[first].end;
      dedup_.seen_or_add(raw_[first].text);
      ++first;
    }
    mark_blocks(first);
    for (std::size_t i = first; i < raw_.size(); ++i) classify(i);
    drop_trailing_signature();
    std::stable_sort(doc_.removed.begin(), doc_.removed.end(),
                     [](const Removal& a, const Removal& b) { return a.start < b.start; });
    return std::move(doc_);
  }

 private:
  // A category label that is not a share line, byline or caption, which say
  // more precisely what they are.
  static bool is_label_line(std::string_view s) {
    return is_category_label(s) && !is_share_line(s) && !is_byline(s) && !is_caption(s);
  }

  // Body text resumes at paragraph i: it is body-like and opens with a
  // dateline, or the next paragraph (captions and share lines aside) is
  // body-like too. A related-articles teaser stands alone between headlines.
  bool body_resumes(std::size_t i) const {
    if (!body_like(raw_[i].text)) return false;
    if (starts_with_dateline(raw_[i].text)) return true;
    for (std::size_t j = i + 1; j < raw_.size(); ++j) {
      if (is_caption(raw_[j].text) || is_share_line(raw_[j].text)) continue;
      return body_like(raw_[j].text);
    }
    return false;
  }

  // Fills block_reason_: the paragraphs of boilerplate blocks (see clean()),
  // and skip_: markers and labels before any body text. Shortens a paragraph
  // holding "./." to end at its period and records the "/." as removed.
  void mark_blocks(std::size_t first) {
    block_reason_.assign(raw_.size(), {});
    std::unordered_map<std::string_view, int> label_count;
    for (std::size_t i = first; i < raw_.size(); ++i) {
      if (is_label_line(raw_[i].text)) ++label_count[raw_[i].text];
    }
    bool seen_body = false;
    std::string_view block;  // the reason of the block being read, empty outside one
    for (std::size_t i = first; i < raw_.size(); ++i) {
      Span& p = raw_[i];
      const bool repeated_label = is_label_line(p.text) && label_count[p.text] >= 2;
      if (!block.empty() && body_resumes(i)) block = {};
      if (block.empty() && (is_end_marker(p.text) || repeated_label)) {
        if (!seen_body) {
          skip_.insert(i);
          continue;
        }
        block = is_end_marker(p.text) ? "related-articles block" : "category-label block";
      }
      if (!block.empty()) {
        block_reason_[i] = block;
        continue;
      }
      if (const std::size_t m = p.text.find("./."); m != std::string_view::npos) {
        block = "after end-of-article marker";
        if (m == 0) {
          block_reason_[i] = "end-of-article marker";
          continue;
        }
        const std::size_t marker = p.start + m + 1;
        doc_.removed.push_back({marker, marker + 2, "end-of-article marker"});
        p = trimmed(text_, p.start, marker);
      }
      seen_body = seen_body || body_like(p.text);
    }
  }

  void drop(std::size_t i, std::string_view reason) {
    doc_.removed.push_back({raw_[i].start, raw_[i].end, std::string(reason)});
  }

  void classify(std::size_t i) {
    const std::string_view t = raw_[i].text;
    if (!block_reason_[i].empty()) return drop(i, block_reason_[i]);
    const bool list_item = in_list_ && short_unpunctuated(t, kHeadingMaxWords);
    in_list_ = list_item;
    if (skip_.contains(i)) return drop(i, "category label");
    if (t.empty()) return;
    if (t == "./." || t == "/.") return drop(i, "end-of-article marker");
    if (is_share_line(t)) return drop(i, "share/subscribe line");
    if (is_caption(t)) return drop(i, "photo caption");
    if (!list_item && is_byline(t)) return drop(i, "byline");
    if (dedup_.seen_or_add(t)) return drop(i, "repeated paragraph");
    if (!list_item && is_heading(i)) return drop(i, "section heading");
    if (t.ends_with(":")) in_list_ = true;
    doc_.paragraphs.push_back({std::string(t), raw_[i].start, raw_[i].end});
    kept_list_item_.push_back(list_item);
  }

  // A heading is a short line without final punctuation that body text
  // follows, possibly after a few more such lines (section label, headline,
  // dateline) and bylines, captions, share lines or removed blocks.
  bool is_heading(std::size_t i) const {
    if (!short_unpunctuated(raw_[i].text, kHeadingMaxWords)) return false;
    std::size_t short_lines = 0;
    for (std::size_t j = i + 1; j < raw_.size(); ++j) {
      const std::string_view next = raw_[j].text;
      if (skip_.contains(j) || !block_reason_[j].empty() || is_caption(next) ||
          is_share_line(next) || is_byline(next)) {
        continue;
      }
      if (!short_unpunctuated(next, kHeadingMaxWords)) return true;
      if (++short_lines > kHeadingRun) return false;
    }
    return false;
  }

  // A last kept line that is only a name or an agency credit is a signature.
  // A list's last line is a signature only when its shape differs from the
  // item before it ("Japan (2023)" then "Jane Doe").
  void drop_trailing_signature() {
    const std::size_t n = doc_.paragraphs.size();
    if (n < 2) return;
    const std::string_view t = doc_.paragraphs.back().text;
    if (!is_name_line(t) && !is_agency_line(t)) return;
    if (kept_list_item_.back() && kept_list_item_[n - 2] &&
        line_shape(t) == line_shape(doc_.paragraphs[n - 2].text)) {
      return;
    }
    doc_.removed.push_back({doc_.paragraphs.back().start, doc_.paragraphs.back().end, "byline"});
    doc_.paragraphs.pop_back();
    kept_list_item_.pop_back();
  }

  std::string_view text_;
  std::vector<Span> raw_;
  CleanDocument doc_;
  Deduplicator dedup_;
  std::unordered_set<std::size_t> skip_;
  std::vector<std::string_view> block_reason_;  // per raw paragraph; empty: not in a block
  std::vector<bool> kept_list_item_;
  bool in_list_ = false;
};

}  // namespace

CleanDocument clean(const std::string& normalized_text) { return Cleaner(normalized_text).run(); }

}  // namespace kg::extract
