// extract_bench: throughput of the whole extractor of kg build
// (Extractor::extract_files: cleaning, sentences, mentions, resolution, the
// UD parse of the sentences that can hold a relation, and every relation
// extractor) on the given documents.
//
//   extract_bench [--runs N] [--threads N] FILE...
//
// Prints, as medians of --runs runs (default 5) with one fresh Extractor
// each (the parser model is loaded once, before timing):
//   - one thread: sentences per CPU second and per wall second, with clause
//     parsing and with the patterns only (the share of the time the parsing
//     takes);
//   - --threads N workers (default 2): wall time and the speed-up over one
//     thread; CPU time per sentence against one thread's.
// Documents are read from disk by each run, as kg build reads them.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <string>
#include <vector>

#include "kg/extract.h"

namespace {

struct Config {
  std::vector<std::string> files;
  int runs = 5;
  unsigned threads = 2;
};

[[noreturn]] void usage(const char* why) {
  std::fprintf(stderr, "extract_bench: %s\nusage: extract_bench [--runs N] [--threads N] FILE...\n",
               why);
  std::exit(2);
}

Config parse_args(int argc, char** argv) {
  Config c;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if ((a == "--runs" || a == "--threads") && i + 1 < argc) {
      const int v = std::atoi(argv[++i]);
      if (v < 1) usage("--runs and --threads take a positive number");
      (a == "--runs" ? c.runs : reinterpret_cast<int&>(c.threads)) = v;
    } else if (a.rfind("--", 0) == 0) {
      usage(("unknown option " + a).c_str());
    } else {
      c.files.push_back(a);
    }
  }
  if (c.files.empty()) usage("no input files");
  return c;
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

struct Pass {
  double wall = 0;
  double cpu = 0;
  long sentences = 0;
};

Pass run(const std::vector<std::string>& files, bool parse_clauses, unsigned threads) {
  kg::extract::ExtractorOptions options;
  options.parse_clauses = parse_clauses;
  auto extractor = kg::extract::Extractor::create(options);
  if (!extractor.ok()) usage(extractor.status().message().c_str());
  Pass p;
  const std::clock_t cpu = std::clock();
  const auto wall = std::chrono::steady_clock::now();
  auto docs = extractor->extract_files(files, threads);
  if (!docs.ok()) usage(docs.status().message().c_str());
  p.wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - wall).count();
  p.cpu = static_cast<double>(std::clock() - cpu) / CLOCKS_PER_SEC;
  for (const auto& d : *docs) p.sentences += d.sentences;
  return p;
}

}  // namespace

int main(int argc, char** argv) {
  const Config c = parse_args(argc, argv);
  run(c.files, true, 1);  // warm-up: model load, page cache
  std::vector<double> wall1, cpu1, patterns_cpu, walln, cpun;
  long sentences = 0;
  for (int r = 0; r < c.runs; ++r) {
    const Pass one = run(c.files, true, 1);
    sentences = one.sentences;
    wall1.push_back(one.wall);
    cpu1.push_back(one.cpu);
    patterns_cpu.push_back(run(c.files, false, 1).cpu);
    const Pass many = run(c.files, true, c.threads);
    walln.push_back(many.wall);
    cpun.push_back(many.cpu);
  }
  const double n = static_cast<double>(sentences);
  std::printf("extractor of kg build: %ld sentences in %zu documents, medians of %d runs\n",
              sentences, c.files.size(), c.runs);
  std::printf("1 thread: %.0f sentences per CPU second (%.3f s CPU), %.0f per wall second\n",
              n / median(cpu1), median(cpu1), n / median(wall1));
  std::printf(
      "patterns only: %.0f sentences per CPU second; the parse and its reader take %.0f%%\n",
      n / median(patterns_cpu),
      100.0 * std::max(0.0, median(cpu1) - median(patterns_cpu)) / median(cpu1));
  std::printf("%u threads: %.3f s wall, speed-up %.2fx over 1 thread; CPU per sentence %.2fx\n",
              c.threads, median(walln), median(wall1) / median(walln), median(cpun) / median(cpu1));
  return 0;
}
