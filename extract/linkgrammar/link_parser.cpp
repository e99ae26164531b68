#include "extract/linkgrammar/link_parser.h"

#include <link-grammar/link-includes.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstddef>
#include <utility>

namespace kg::extract {

namespace {

thread_local std::string g_last_message;

// Keeps Link Grammar's text (minus its final newline) instead of printing it.
void keep_message(lg_errinfo* info, void* /*data*/) {
  if (info == nullptr || info->text == nullptr) return;
  std::string text = info->text;
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
  if (!text.empty()) g_last_message = std::move(text);
}

// The handler is per thread in Link Grammar (thread-local storage), so every
// thread that calls into the library installs it once.
void install_quiet_handler() {
  thread_local bool installed = false;
  if (installed) return;
  lg_error_set_handler(keep_message, nullptr);
  installed = true;
}

struct SentenceDeleter {
  void operator()(Sentence_s* s) const { sentence_delete(s); }
};
struct LinkageDeleter {
  void operator()(Linkage_s* l) const { linkage_delete(l); }
};
using SentencePtr = std::unique_ptr<Sentence_s, SentenceDeleter>;
using LinkagePtr = std::unique_ptr<Linkage_s, LinkageDeleter>;

// What Link Grammar should read for a Penn Treebank escape token.
std::string_view lg_spelling(const std::string& word) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 9> kEscapes = {{
      {"-LRB-", "("},
      {"-RRB-", ")"},
      {"-LSB-", "["},
      {"-RSB-", "]"},
      {"-LCB-", "{"},
      {"-RCB-", "}"},
      {"``", "\""},
      {"''", "\""},
      {"`", "'"},
  }};
  for (const auto& [escape, plain] : kEscapes) {
    if (word == escape) return plain;
  }
  return word;
}

std::size_t upper_head_length(std::string_view label) {
  std::size_t n = 0;
  while (n < label.size() && std::isupper(static_cast<unsigned char>(label[n]))) ++n;
  return n;
}

bool is_wall(std::string_view word) { return word == "LEFT-WALL" || word == "RIGHT-WALL"; }

// The joined text given to Link Grammar and the byte range of every input word.
struct JoinedText {
  std::string text;
  std::vector<std::size_t> starts;  // per input word
  std::vector<std::size_t> ends;

  explicit JoinedText(const std::vector<std::string>& words) {
    starts.reserve(words.size());
    ends.reserve(words.size());
    for (const std::string& word : words) {
      const std::string_view spelling = lg_spelling(word);
      if (!text.empty() && !spelling.empty()) text += ' ';
      starts.push_back(text.size());
      text += spelling;
      ends.push_back(text.size());
    }
  }

  // The input word whose bytes contain offset `byte`, or -1.
  int word_at(std::size_t byte) const {
    auto it = std::upper_bound(starts.begin(), starts.end(), byte);
    while (it != starts.begin()) {
      --it;
      const auto i = static_cast<std::size_t>(it - starts.begin());
      if (starts[i] < ends[i]) return byte < ends[i] ? static_cast<int>(i) : -1;
    }
    return -1;
  }
};

// Copies linkage 0 of `sentence` into `result`, mapped to input words.
void read_linkage(Sentence_s* sentence, Parse_Options_s* opts, const JoinedText& joined,
                  ParseResult& result) {
  LinkagePtr linkage(linkage_create(0, sentence, opts));
  if (!linkage) return;
  const std::size_t n_words = linkage_get_num_words(linkage.get());
  std::vector<int> input_of(n_words, -1);
  result.words.assign(joined.starts.size(), std::string());
  for (std::size_t w = 0; w < n_words; ++w) {
    const char* spelling = linkage_get_word(linkage.get(), w);
    const std::string_view word = spelling != nullptr ? spelling : "";
    if (is_wall(word)) continue;
    const int input = joined.word_at(linkage_get_word_byte_start(linkage.get(), w));
    input_of[w] = input;
    if (input < 0) continue;
    std::string& slot = result.words[static_cast<std::size_t>(input)];
    if (!slot.empty()) slot += ' ';
    slot += word;
  }
  const std::size_t n_links = linkage_get_num_links(linkage.get());
  result.links.reserve(n_links);
  for (std::size_t k = 0; k < n_links; ++k) {
    const std::size_t lw = linkage_get_link_lword(linkage.get(), k);
    const std::size_t rw = linkage_get_link_rword(linkage.get(), k);
    const int left = lw < input_of.size() ? input_of[lw] : -1;
    const int right = rw < input_of.size() ? input_of[rw] : -1;
    if (left == right) continue;  // inside one input word, or wall to wall
    const char* label = linkage_get_link_label(linkage.get(), k);
    result.links.push_back(Link{label != nullptr ? label : "", left, right});
  }
  result.cost = linkage_disjunct_cost(linkage.get());
}

}  // namespace

std::string last_link_grammar_message() { return g_last_message; }

Result<std::shared_ptr<const LinkDictionary>> LinkDictionary::load(const std::string& lang) {
  install_quiet_handler();
  g_last_message.clear();
  Dictionary_s* dict = dictionary_create_lang(lang.c_str());
  if (dict == nullptr) {
    std::string message = "cannot load the Link Grammar dictionary for '" + lang + "'";
    if (lang == "en") message += " (is the package link-grammar-dictionaries-en installed?)";
    if (!g_last_message.empty()) message += ": " + g_last_message;
    return Status::Internal(std::move(message));
  }
  return std::shared_ptr<const LinkDictionary>(new LinkDictionary(dict));
}

Result<std::shared_ptr<const LinkDictionary>> LinkDictionary::shared() {
  // C++ guarantees one thread-safe initialisation of a function-local static.
  static const Result<std::shared_ptr<const LinkDictionary>> instance = load("en");
  return instance;
}

LinkDictionary::~LinkDictionary() {
  if (dict_ != nullptr) dictionary_delete(dict_);
}

bool link_type_is(std::string_view label, std::string_view pattern) {
  const std::size_t head = upper_head_length(pattern);
  if (head == 0 || upper_head_length(label) != head ||
      label.substr(0, head) != pattern.substr(0, head))
    return false;
  for (std::size_t i = head; i < pattern.size(); ++i) {
    if (i >= label.size()) return true;
    if (label[i] != '*' && pattern[i] != '*' && label[i] != pattern[i]) return false;
  }
  return true;
}

std::vector<int> ParseResult::links_of(int word) const {
  std::vector<int> out;
  for (std::size_t k = 0; k < links.size(); ++k) {
    if (links[k].left == word || links[k].right == word) out.push_back(static_cast<int>(k));
  }
  return out;
}

const Link* ParseResult::find(std::string_view pattern, int left, int right) const {
  for (const Link& link : links) {
    if ((left < 0 || link.left == left) && (right < 0 || link.right == right) &&
        link_type_is(link.label, pattern))
      return &link;
  }
  return nullptr;
}

std::string_view ParseResult::base(int word) const {
  if (word < 0 || static_cast<std::size_t>(word) >= words.size()) return {};
  std::string_view w = words[static_cast<std::size_t>(word)];
  const std::size_t dot = w.rfind('.');
  if (dot != std::string_view::npos && dot > 0 && dot + 1 < w.size() &&
      std::islower(static_cast<unsigned char>(w[dot + 1])))
    return w.substr(0, dot);
  const std::size_t bracket = w.find('[');
  return bracket != std::string_view::npos && bracket > 0 ? w.substr(0, bracket) : w;
}

std::string_view ParseResult::subscript(int word) const {
  const std::string_view b = base(word);
  if (b.empty()) return {};
  const std::string_view w = words[static_cast<std::size_t>(word)];
  return b.size() < w.size() && w[b.size()] == '.' ? w.substr(b.size() + 1) : std::string_view{};
}

void LinkParser::OptionsDeleter::operator()(Parse_Options_s* opts) const {
  parse_options_delete(opts);
}

Result<LinkParser> LinkParser::create(const LinkParserOptions& options) {
  auto dict = LinkDictionary::shared();
  if (!dict.ok()) return dict.status();
  return LinkParser(std::move(dict).value(), options);
}

LinkParser::LinkParser(std::shared_ptr<const LinkDictionary> dictionary,
                       const LinkParserOptions& options)
    : dict_(std::move(dictionary)), options_(options), opts_(parse_options_create()) {
  install_quiet_handler();
  Parse_Options_s* o = opts_.get();
  parse_options_set_verbosity(o, 0);
  parse_options_set_spell_guess(o, 0);
  parse_options_set_repeatable_rand(o, true);
  parse_options_set_linkage_limit(o, std::max(options_.linkage_limit, 1));
  parse_options_set_max_parse_time(o, std::max(options_.max_parse_seconds, 1));
  parse_options_set_disjunct_cost(o, static_cast<float>(options_.disjunct_cost));
  parse_options_set_short_length(o, options_.short_length);
  parse_options_set_islands_ok(o, options_.islands_ok);
}

LinkParser::LinkParser(LinkParser&&) noexcept = default;
LinkParser& LinkParser::operator=(LinkParser&&) noexcept = default;
LinkParser::~LinkParser() = default;

ParseResult LinkParser::parse(const std::vector<std::string>& words) const {
  install_quiet_handler();
  ParseResult result;
  if (words.size() > kMaxWords) {
    result.too_long = true;
    return result;
  }
  const JoinedText joined(words);
  if (joined.text.empty() || !dict_) return result;
  SentencePtr sentence(sentence_create(joined.text.c_str(), dict_->handle()));
  if (!sentence) return result;
  Parse_Options_s* o = opts_.get();
  if (sentence_split(sentence.get(), o) < 0) return result;

  // Link Grammar's own null-count loop keeps raising the count while every
  // sampled linkage breaks a post-processing rule, which on long sentences
  // costs seconds; the staged loop stops at the first count with any linkage.
  const int max_nulls = std::max(options_.max_null_count, 0);
  const int first_stage_max = options_.staged ? 0 : max_nulls;
  auto run_stage = [&](int min_nulls, int max_nulls_here) {
    parse_options_set_min_null_count(o, min_nulls);
    parse_options_set_max_null_count(o, max_nulls_here);
    parse_options_reset_resources(o);  // the timer is not restarted by sentence_parse
    sentence_parse(sentence.get(), o);
    result.timed_out = result.timed_out || parse_options_resources_exhausted(o);
    return sentence_num_linkages_found(sentence.get()) > 0;
  };
  bool found = run_stage(0, first_stage_max);
  for (int nulls = 1; options_.staged && !found && !result.timed_out && nulls <= max_nulls;
       ++nulls) {
    found = run_stage(nulls, nulls);
  }
  if (!found) return result;
  result.null_count = sentence_null_count(sentence.get());
  result.complete = result.null_count == 0;
  result.violation = sentence_num_valid_linkages(sentence.get()) == 0;
  read_linkage(sentence.get(), o, joined, result);
  if (result.words.empty()) result.complete = false;
  return result;
}

namespace {
// Suffix letters of placeholders: no 'i' ("Xi" is the noun xi) and no 's' (a
// capitalised word ending in s after a consonant or 'a' reads as a plural).
constexpr std::string_view kPlaceholderLetters = "abcdefghjklmnopqrtuvwxyz";
}  // namespace

std::string LinkParser::placeholder(int k) {
  // Bijective base 24 over kPlaceholderLetters after the "X": Xa .. Xz, Xaa ...
  const auto base = static_cast<int>(kPlaceholderLetters.size());
  std::string suffix;
  for (int n = std::max(k, 0) + 1; n > 0; n = (n - 1) / base) {
    suffix.insert(suffix.begin(), kPlaceholderLetters[static_cast<std::size_t>((n - 1) % base)]);
  }
  return "X" + suffix;
}

bool LinkParser::is_placeholder(std::string_view word) {
  return word.size() >= 2 && word[0] == 'X' &&
         word.find_first_not_of(kPlaceholderLetters, 1) == std::string_view::npos;
}

}  // namespace kg::extract
