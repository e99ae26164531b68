#include <algorithm>
#include <atomic>
#include <thread>

#include "extract/openie/open_ie.h"
#include "kg/extract.h"
#include "kg/parse.h"

namespace kg::extract {

Result<std::vector<std::vector<OpenIeTuple>>> extract_open_ie(
    const std::vector<std::vector<std::string>>& sentences, unsigned threads) {
  auto parser = parse::UdParser::load();
  if (!parser.ok()) return parser.status();
  threads = std::max(1u, std::min<unsigned>(threads, static_cast<unsigned>(sentences.size())));
  std::vector<std::vector<OpenIeTuple>> out(sentences.size());
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    for (std::size_t i = next++; i < sentences.size(); i = next++) {
      if (sentences[i].size() > kOpenIeMaxTokens) continue;
      out[i] = read_ud_tuples(sentences[i], parse_tokens(parser->model(), sentences[i]));
    }
  };
  std::vector<std::thread> pool;
  for (unsigned k = 1; k < threads; ++k) pool.emplace_back(work);
  work();
  for (std::thread& t : pool) t.join();
  return out;
}

}  // namespace kg::extract
