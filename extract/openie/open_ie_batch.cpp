#include <algorithm>
#include <atomic>
#include <functional>
#include <thread>

#include "extract/openie/open_ie.h"
#include "extract/openie/ud_open_ie.h"
#include "kg/extract.h"
#include "kg/parse.h"

namespace kg::extract {
namespace {

template <typename Work>
void run_workers(std::size_t count, unsigned threads, const Work& work) {
  std::atomic<std::size_t> next{0};
  auto loop = [&](unsigned worker) {
    for (std::size_t i = next++; i < count; i = next++) work(worker, i);
  };
  std::vector<std::thread> pool;
  for (unsigned k = 1; k < threads; ++k) pool.emplace_back(loop, k);
  loop(0);
  for (std::thread& t : pool) t.join();
}

Result<std::vector<std::vector<OpenIeTuple>>> extract_ud(
    const std::vector<std::vector<std::string>>& sentences, unsigned threads) {
  auto parser = parse::UdParser::load();
  if (!parser.ok()) return parser.status();
  std::vector<std::vector<OpenIeTuple>> out(sentences.size());
  run_workers(sentences.size(), threads, [&](unsigned, std::size_t i) {
    if (sentences[i].size() > kOpenIeMaxTokens) return;
    out[i] = read_ud_tuples(sentences[i], parse_tokens(parser->model(), sentences[i]));
  });
  return out;
}

}  // namespace

Result<std::vector<std::vector<OpenIeTuple>>> extract_open_ie(
    const std::vector<std::vector<std::string>>& sentences, unsigned threads,
    ClauseParser parser) {
  threads = std::max(1u, std::min<unsigned>(threads, static_cast<unsigned>(sentences.size())));
  if (parser == ClauseParser::kUd) return extract_ud(sentences, threads);
  std::vector<OpenIeExtractor> workers;
  for (unsigned k = 0; k < threads; ++k) {
    auto x = OpenIeExtractor::create();
    if (!x.ok()) return x.status();
    workers.push_back(std::move(x).value());
  }
  std::vector<std::vector<OpenIeTuple>> out(sentences.size());
  run_workers(sentences.size(), threads,
              [&](unsigned worker, std::size_t i) { out[i] = workers[worker].extract(sentences[i]); });
  return out;
}

}  // namespace kg::extract
