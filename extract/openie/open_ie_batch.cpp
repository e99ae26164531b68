#include <algorithm>
#include <atomic>
#include <functional>
#include <thread>

#include "extract/openie/open_ie.h"
#include "kg/extract.h"

namespace kg::extract {

Result<std::vector<std::vector<OpenIeTuple>>> extract_open_ie(
    const std::vector<std::vector<std::string>>& sentences, unsigned threads) {
  threads = std::max(1u, std::min<unsigned>(threads, static_cast<unsigned>(sentences.size())));
  std::vector<OpenIeExtractor> workers;
  for (unsigned k = 0; k < threads; ++k) {
    auto x = OpenIeExtractor::create();
    if (!x.ok()) return x.status();
    workers.push_back(std::move(x).value());
  }
  std::vector<std::vector<OpenIeTuple>> out(sentences.size());
  std::atomic<std::size_t> next{0};
  auto work = [&](const OpenIeExtractor& x) {
    for (std::size_t i = next++; i < sentences.size(); i = next++) out[i] = x.extract(sentences[i]);
  };
  std::vector<std::thread> pool;
  for (unsigned k = 1; k < threads; ++k) pool.emplace_back(work, std::cref(workers[k]));
  work(workers[0]);
  for (std::thread& t : pool) t.join();
  return out;
}

}  // namespace kg::extract
