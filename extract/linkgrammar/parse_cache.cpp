#include "extract/linkgrammar/parse_cache.h"

namespace kg::extract {

ParseCache::ParseCache(std::size_t max_bytes) : max_bytes_(max_bytes) {}

std::string ParseCache::key_of(const std::vector<std::string>& words) {
  std::string key;
  std::size_t size = words.size();
  for (const std::string& w : words) size += w.size();
  key.reserve(size);
  for (const std::string& w : words) {
    key += w;
    key += '\x1f';  // unit separator: never inside a token
  }
  return key;
}

std::size_t ParseCache::entry_bytes(const std::string& key, const ParseResult& parse) {
  std::size_t bytes =
      sizeof(Entry) + sizeof(ParseResult) + key.size() + 64;  // list, map and control blocks
  for (const std::string& w : parse.words) bytes += sizeof(std::string) + w.size();
  for (const Link& l : parse.links) bytes += sizeof(Link) + l.label.size();
  return bytes;
}

std::shared_ptr<const ParseResult> ParseCache::find(const std::vector<std::string>& words) {
  std::string key = key_of(words);
  std::lock_guard lock(mutex_);
  auto it = index_.find(key);
  if (it == index_.end()) {
    ++misses_;
    return nullptr;
  }
  ++hits_;
  lru_.splice(lru_.begin(), lru_, it->second);
  return it->second->parse;
}

std::shared_ptr<const ParseResult> ParseCache::insert(const std::vector<std::string>& words,
                                                      ParseResult parse) {
  Entry entry{key_of(words), std::make_shared<const ParseResult>(std::move(parse)), 0};
  entry.bytes = entry_bytes(entry.key, *entry.parse);
  std::shared_ptr<const ParseResult> shared = entry.parse;
  if (entry.bytes > max_bytes_) return shared;
  std::lock_guard lock(mutex_);
  if (auto it = index_.find(entry.key); it != index_.end()) {
    auto old = it->second;
    index_.erase(it);  // before the list node that owns the key's characters
    bytes_ -= old->bytes;
    lru_.erase(old);
  }
  bytes_ += entry.bytes;
  lru_.push_front(std::move(entry));
  index_.emplace(std::string_view(lru_.front().key), lru_.begin());
  evict_locked();
  return shared;
}

void ParseCache::evict_locked() {
  while (bytes_ > max_bytes_ && !lru_.empty()) {
    Entry& last = lru_.back();
    index_.erase(std::string_view(last.key));
    bytes_ -= last.bytes;
    lru_.pop_back();
  }
}

ParseCache::Stats ParseCache::stats() const {
  std::lock_guard lock(mutex_);
  return Stats{hits_, misses_, lru_.size(), bytes_};
}

}  // namespace kg::extract
