// ParseCache: a bounded, thread-safe memo of Link Grammar parses keyed by the
// exact words handed to the parser.
//
// News corpora repeat themselves: wire copy republished by several outlets,
// boilerplate ("Photo: ...", "Related articles"), and sentences that differ
// only in the names they mention. Since entity mentions are collapsed into
// placeholder tokens before parsing (ParsedClauses), "Xa visited Xb ." stands
// for every such sentence, and its parse can be reused. A parse is a pure
// function of the words and the parser options (Link Grammar samples linkages
// with a fixed seed), so a hit returns what a new parse would; the only
// exception is a parse cut short by the per-sentence time limit, which the
// cache then makes repeatable rather than load-dependent.
//
// One cache serves one set of parser options; the owner must not share it
// between parsers with different options. Entries are evicted least recently
// used first once their estimated size passes `max_bytes`. All members may be
// called from several threads at once; parses are shared as immutable
// shared_ptr values, so an evicted entry stays valid for whoever holds it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <list>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "extract/linkgrammar/link_parser.h"

namespace kg::extract {

class ParseCache {
 public:
  explicit ParseCache(std::size_t max_bytes = 96u << 20);

  ParseCache(const ParseCache&) = delete;
  ParseCache& operator=(const ParseCache&) = delete;

  // The cached parse of `words`, or null.
  std::shared_ptr<const ParseResult> find(const std::vector<std::string>& words);

  // Stores `parse` as the parse of `words` (replacing any entry) and returns
  // it shared. A parse larger than the whole budget is returned but not kept.
  std::shared_ptr<const ParseResult> insert(const std::vector<std::string>& words,
                                            ParseResult parse);

  struct Stats {
    std::uint64_t hits = 0;
    std::uint64_t misses = 0;
    std::size_t entries = 0;
    std::size_t bytes = 0;  // estimated, keys included
  };
  Stats stats() const;

  // The estimated heap size of one entry (key and parse), as counted against
  // max_bytes.
  static std::size_t entry_bytes(const std::string& key, const ParseResult& parse);

 private:
  struct Entry {
    std::string key;
    std::shared_ptr<const ParseResult> parse;
    std::size_t bytes = 0;
  };
  static std::string key_of(const std::vector<std::string>& words);
  void evict_locked();

  const std::size_t max_bytes_;
  mutable std::mutex mutex_;
  std::list<Entry> lru_;  // most recently used first
  std::unordered_map<std::string_view, std::list<Entry>::iterator> index_;  // views into lru_ keys
  std::size_t bytes_ = 0;
  std::uint64_t hits_ = 0;
  std::uint64_t misses_ = 0;
};

}  // namespace kg::extract
