// Link Grammar parsing of pre-tokenised sentences (DESIGN.md pipeline step 6,
// clauses): a thin, crash-proof layer over Debian's liblink-grammar C API that
// returns the best linkage with its links re-indexed to the caller's words.
//
// LinkDictionary owns the English dictionary. Loading it costs about a second,
// so one instance serves the whole process (LinkDictionary::shared()). After
// creation the dictionary is only read: Link Grammar's own multi-thread test
// shares one Dictionary between threads that each own a Parse_Options; kg does
// the same (bench/parse_bench --threads N), and a ThreadSanitizer build of this
// file with four parsing threads reported nothing (the library itself was not
// instrumented, so that covers its allocations, not all of its memory).
//
// LinkParser owns one Parse_Options (parse limits, timer and scratch state) and
// holds a shared_ptr to the dictionary. It is cheap to create; use one per
// thread. parse() is const for callers, but two threads must not call it on the
// same LinkParser at once.
//
// Link Grammar reports warnings and errors through a thread-local handler. This
// layer installs a handler that swallows them (the "en_US.UTF-8 locale" warning
// and the like) in every thread that loads the dictionary or parses, and keeps
// the last message of the thread for Status texts (last_link_grammar_message()).
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "kg/status.h"

// Opaque Link Grammar handle types (link-includes.h) without its header.
struct Dictionary_s;
struct Parse_Options_s;

namespace kg::extract {

class LinkDictionary {
 public:
  // The process-wide English dictionary, loaded on first use (thread-safe). A
  // load failure is remembered and returned again: Internal, naming the cause
  // (usually the missing package link-grammar-dictionaries-en).
  static Result<std::shared_ptr<const LinkDictionary>> shared();

  // Loads a private dictionary for language `lang` ("en"); prefer shared().
  static Result<std::shared_ptr<const LinkDictionary>> load(const std::string& lang);

  ~LinkDictionary();
  LinkDictionary(const LinkDictionary&) = delete;
  LinkDictionary& operator=(const LinkDictionary&) = delete;

  // The raw handle for the C API; owned by this object.
  Dictionary_s* handle() const { return dict_; }

 private:
  explicit LinkDictionary(Dictionary_s* dict) : dict_(dict) {}
  Dictionary_s* dict_;
};

// The last message Link Grammar reported in the calling thread ("" if none).
std::string last_link_grammar_message();

// A link between two input words. `left` < `right` unless one side is a wall
// (LEFT-WALL or RIGHT-WALL), which is -1.
struct Link {
  std::string label;  // as Link Grammar names it: "Ss*s", "Os", "MVp", "Pv", "Js"
  int left = -1;
  int right = -1;
};

// True when link label `label` is of type `pattern`: the upper-case heads are
// equal ("S" matches "Ss*s" but not "SIs" or "SFs"), and each subscript letter
// of the pattern equals the label's subscript letter at that position, where
// '*' or a missing letter in the label matches anything ("Pv" matches "Pvf"
// and "P", not "Pa").
bool link_type_is(std::string_view label, std::string_view pattern);

struct ParseResult {
  bool too_long = false;   // more than LinkParser::kMaxWords words: not parsed
  bool complete = false;   // a linkage with no null (skipped) words
  int null_count = 0;      // words left out of the linkage when !complete
  double cost = 0.0;       // disjunct cost of the linkage (lower is more likely)
  bool timed_out = false;  // the parse hit max_parse_seconds at some stage
  bool violation = false;  // the linkage breaks a post-processing rule (less reliable)
  // Per input word: Link Grammar's spelling with its subscript ("held.v-d",
  // "Xa[!<CAPITALIZED-WORDS>]", "[skipped]" for a null word). Pieces of an
  // input word that Link Grammar split ("Xa's" -> "Xa" "'s.p") are joined by a
  // space. Empty when nothing was parsed.
  std::vector<std::string> words;
  // Links between input words, walls as -1; links inside one split word dropped.
  std::vector<Link> links;

  // True when a linkage was found (complete or with null words).
  bool parsed() const { return !words.empty(); }
  // Indices into `links` of the links touching input word `word`.
  std::vector<int> links_of(int word) const;
  // The first link of type `pattern` (see link_type_is) from `left` to
  // `right`; -1 for either means "any word or wall". nullptr if none.
  const Link* find(std::string_view pattern, int left, int right) const;
  // The word's spelling without subscript ("held.v-d" -> "held").
  std::string_view base(int word) const;
  // The subscript after the last '.' ("held.v-d" -> "v-d"), "" if none.
  std::string_view subscript(int word) const;
};

// Parse limits. The defaults were chosen with bench/parse_bench on news
// sentences with placeholders and on CaRB dev (README, "Open IE mode"): the
// staged null-word fallback is faster than Link Grammar's own loop, a larger
// linkage_limit gives lower costs and fewer violations at the same speed,
// islands_ok costs time.
struct LinkParserOptions {
  int linkage_limit = 64;      // linkages sampled per parse; the best one is kept
  int max_parse_seconds = 1;   // per stage; Link Grammar checks its timer between phases,
                               // so a stage may overrun it on long garbage sentences
  double disjunct_cost = 2.7;  // disjuncts above this cost are pruned
  int short_length = 7;        // maximum length of short connectors
  int max_null_count = 3;      // null-word fallback bound; 0 disables the fallback
  bool islands_ok = false;     // null-word linkages may fall apart into islands
  bool staged = true;          // false: one Link Grammar call with nulls 0..max_null_count
};

class LinkParser {
 public:
  // The longest sentence given to Link Grammar, in words. Its parse time and
  // memory grow steeply with length, and from about 7,000 words Debian's
  // liblink-grammar 5.12 corrupts its heap; real sentences have under 100.
  static constexpr std::size_t kMaxWords = 250;

  // Uses the process-wide dictionary (LinkDictionary::shared()).
  static Result<LinkParser> create(const LinkParserOptions& options = {});
  LinkParser(std::shared_ptr<const LinkDictionary> dictionary, const LinkParserOptions& options);

  LinkParser(LinkParser&&) noexcept;
  LinkParser& operator=(LinkParser&&) noexcept;
  ~LinkParser();

  // Parses one sentence given as words (joined with spaces for Link Grammar).
  // Entity mentions should be replaced by placeholder(k) tokens. Penn Treebank
  // escapes (-LRB-, ``, '' ...) are given to Link Grammar as the characters
  // they stand for. Strategy (staged): a full parse; if it finds no linkage and
  // did not time out, parses with exactly 1, 2, ... max_null_count null words,
  // stopping at the first count that yields any linkage (possibly one with a
  // post-processing violation). Each stage has its own max_parse_seconds.
  // Never throws on bad input; an empty or unparsable sentence, one whose
  // parse timed out before any linkage, or one of more than kMaxWords words
  // (too_long) yields parsed() false.
  ParseResult parse(const std::vector<std::string>& words) const;

  // A token Link Grammar reads as an unknown capitalised singular proper noun
  // (never a dictionary word), distinct for each k >= 0: "Xa", "Xb", ... "Xz"
  // (no "Xi", no "Xs"), then "Xaa", "Xab", ... Parses with them are no slower
  // than with "Entity1"-style tokens and faster than with the real names.
  static std::string placeholder(int k);
  // True for any string placeholder() returns.
  static bool is_placeholder(std::string_view word);

  const LinkParserOptions& options() const { return options_; }

 private:
  struct OptionsDeleter {
    void operator()(Parse_Options_s* opts) const;
  };
  std::shared_ptr<const LinkDictionary> dict_;
  LinkParserOptions options_;
  std::unique_ptr<Parse_Options_s, OptionsDeleter> opts_;
};

}  // namespace kg::extract
