#include "extract/linkgrammar/parse_cache.h"

#include <doctest/doctest.h>

#include <string>
#include <thread>
#include <vector>

using kg::extract::Link;
using kg::extract::LinkParser;
using kg::extract::ParseCache;
using kg::extract::ParseResult;

namespace {

using Words = std::vector<std::string>;

ParseResult fake_parse(const Words& words, const std::string& label) {
  ParseResult r;
  r.complete = true;
  r.words = words;
  for (std::size_t i = 0; i + 1 < words.size(); ++i)
    r.links.push_back(Link{label, static_cast<int>(i), static_cast<int>(i) + 1});
  return r;
}

}  // namespace

TEST_CASE("a stored parse is found by the same words only") {
  ParseCache cache;
  Words words{"Xa", "visited", "Xb", "."};
  CHECK(cache.find(words) == nullptr);
  auto stored = cache.insert(words, fake_parse(words, "Ss"));
  REQUIRE(stored != nullptr);
  auto found = cache.find(words);
  REQUIRE(found != nullptr);
  CHECK(found == stored);
  CHECK(found->links.size() == 3);
  // Token boundaries are part of the key: "Xa visited" is not "Xav isited".
  CHECK(cache.find(Words{"Xav", "isited", "Xb", "."}) == nullptr);
  CHECK(cache.find(Words{"Xa", "visited", "Xb"}) == nullptr);
  ParseCache::Stats stats = cache.stats();
  CHECK(stats.hits == 1);
  CHECK(stats.misses == 3);
  CHECK(stats.entries == 1);
  CHECK(stats.bytes ==
        ParseCache::entry_bytes(std::string("Xa\x1fvisited\x1fXb\x1f.\x1f"), *stored));
}

TEST_CASE("inserting the same words again replaces the entry") {
  ParseCache cache;
  Words words{"Xa", "met", "Xb"};
  cache.insert(words, fake_parse(words, "Ss"));
  cache.insert(words, fake_parse(words, "Os"));
  CHECK(cache.stats().entries == 1);
  CHECK(cache.find(words)->links.front().label == "Os");
}

TEST_CASE("the least recently used entries go first when the budget is exceeded") {
  Words a{"Xa", "met", "Xb"}, b{"Xa", "saw", "Xb"}, c{"Xa", "left", "Xb"};
  std::size_t one =
      ParseCache::entry_bytes(std::string("Xa\x1fmet\x1fXb\x1f"), fake_parse(a, "Ss"));
  ParseCache cache(2 * one + one / 2);  // room for two entries of this size
  cache.insert(a, fake_parse(a, "Ss"));
  cache.insert(b, fake_parse(b, "Ss"));
  REQUIRE(cache.find(a) != nullptr);  // a is now more recent than b
  auto held = cache.find(b);
  REQUIRE(held != nullptr);
  REQUIRE(cache.find(a) != nullptr);
  cache.insert(c, fake_parse(c, "Ss"));  // evicts b
  CHECK(cache.find(b) == nullptr);
  CHECK(cache.find(a) != nullptr);
  CHECK(cache.find(c) != nullptr);
  CHECK(cache.stats().entries == 2);
  CHECK(cache.stats().bytes <= 2 * one + one / 2);
  // An evicted parse stays valid for whoever still holds it.
  CHECK(held->words == b);
}

TEST_CASE("a parse bigger than the whole budget is returned but not kept") {
  ParseCache cache(16);
  Words words{"Xa", "visited", "Xb"};
  auto stored = cache.insert(words, fake_parse(words, "Ss"));
  REQUIRE(stored != nullptr);
  CHECK(stored->words == words);
  CHECK(cache.find(words) == nullptr);
  CHECK(cache.stats().entries == 0);
  CHECK(cache.stats().bytes == 0);
}

TEST_CASE("threads share the cache safely and the budget holds") {
  // Four threads look up and insert 100 different sentences, 2000 times each.
  auto hammer = [](ParseCache& cache) {
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
      threads.emplace_back([&cache, t] {
        for (int i = 0; i < 2000; ++i) {
          Words words{"Xa", "w" + std::to_string((i * 7 + t) % 100), "Xb"};
          if (auto hit = cache.find(words)) {
            CHECK(hit->words == words);
          } else {
            cache.insert(words, fake_parse(words, "Ss"));
          }
        }
      });
    }
    for (std::thread& t : threads) t.join();
    return cache.stats();
  };
  SUBCASE("everything fits: each sentence misses at most once per thread") {
    ParseCache cache(1 << 20);
    ParseCache::Stats stats = hammer(cache);
    CHECK(stats.hits + stats.misses == 8000);
    CHECK(stats.misses <= 400);
    CHECK(stats.entries == 100);
  }
  SUBCASE("a budget for a fraction of them: eviction under contention") {
    std::size_t budget = 8 * 1024;
    ParseCache cache(budget);
    ParseCache::Stats stats = hammer(cache);
    CHECK(stats.hits + stats.misses == 8000);
    CHECK(stats.bytes <= budget);
    CHECK(stats.entries > 0);
    CHECK(stats.entries < 100);
  }
}

TEST_CASE("a cached real parse is the parse a new parser gives") {
  auto parser = LinkParser::create();
  REQUIRE(parser.ok());
  Words words{"Xa", "signed", "the", "agreement", "with", "Xb", "."};
  ParseCache cache;
  cache.insert(words, parser->parse(words));
  auto cached = cache.find(words);
  REQUIRE(cached != nullptr);
  ParseResult fresh = parser->parse(words);
  CHECK(cached->complete == fresh.complete);
  CHECK(cached->words == fresh.words);
  REQUIRE(cached->links.size() == fresh.links.size());
  for (std::size_t i = 0; i < fresh.links.size(); ++i) {
    CHECK(cached->links[i].label == fresh.links[i].label);
    CHECK(cached->links[i].left == fresh.links[i].left);
    CHECK(cached->links[i].right == fresh.links[i].right);
  }
}
