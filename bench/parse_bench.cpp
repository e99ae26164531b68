// parse_bench: Link Grammar throughput of kg's parser layer (extract/link_parser.h).
//
// Reads sentences, replaces entity mentions by placeholder tokens the way the
// clause extractor does, then parses every sentence with LinkParser and prints
// sentences per second (median of --runs runs), the share of complete, null-word,
// timed-out and failed parses, and, with --threads N, the throughput of N threads
// that each own a LinkParser and share one dictionary.
//
//   parse_bench [options] [--lines FILE]... [--articles FILE]...
//     --lines FILE      one tokenised sentence per line (CaRB dev style)
//     --articles FILE   an article: normalised, cleaned, split into sentences
//     --names keep|xa  keep the words, or collapse each mention, titles included,
//                      into a placeholder as kg build does (default xa)
//     --threads N  --runs N  --linkage-limit N  --cost X  --short-length N
//     --max-nulls N  --timeout S  --islands  --single-stage  --verbose
//     --extract    instead: time the whole extractor of kg build
//                  (Extractor::extract_text) on the --articles, one thread, a
//                  fresh Extractor (and so an empty parse cache) per run, with
//                  and without clause parsing; prints sentences per second and
//                  the share of the time the parsing takes
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "extract/lexicon/lexicon.h"
#include "extract/linkgrammar/link_parser.h"
#include "extract/mentions/mention_finder.h"
#include "extract/relations/parsed_clauses.h"
#include "extract/text/cleaner.h"
#include "extract/text/normalizer.h"
#include "extract/text/sentence_splitter.h"
#include "extract/text/text_loader.h"
#include "extract/text/tokenizer.h"
#include "kg/extract.h"

namespace {

using kg::extract::LinkParser;
using kg::extract::LinkParserOptions;
using kg::extract::ParseResult;
using Clock = std::chrono::steady_clock;
using Words = std::vector<std::string>;

struct Config {
  std::vector<std::string> line_files;
  std::vector<std::string> article_files;
  std::string names = "xa";
  int threads = 1;
  int runs = 3;
  bool verbose = false;
  bool extract = false;
  LinkParserOptions parser;
};

[[noreturn]] void usage(const char* why) {
  std::fprintf(stderr, "parse_bench: %s (see the comment at the top of bench/parse_bench.cpp)\n",
               why);
  std::exit(2);
}

Config parse_args(int argc, char** argv) {
  Config c;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    auto next = [&]() -> std::string {
      if (i + 1 >= argc) usage(("missing value after " + a).c_str());
      return argv[++i];
    };
    if (a == "--lines")
      c.line_files.push_back(next());
    else if (a == "--articles")
      c.article_files.push_back(next());
    else if (a == "--names")
      c.names = next();
    else if (a == "--threads")
      c.threads = std::max(1, std::stoi(next()));
    else if (a == "--runs")
      c.runs = std::max(1, std::stoi(next()));
    else if (a == "--linkage-limit")
      c.parser.linkage_limit = std::stoi(next());
    else if (a == "--cost")
      c.parser.disjunct_cost = std::stod(next());
    else if (a == "--short-length")
      c.parser.short_length = std::stoi(next());
    else if (a == "--max-nulls")
      c.parser.max_null_count = std::stoi(next());
    else if (a == "--timeout")
      c.parser.max_parse_seconds = std::stoi(next());
    else if (a == "--islands")
      c.parser.islands_ok = true;
    else if (a == "--single-stage")
      c.parser.staged = false;
    else if (a == "--verbose")
      c.verbose = true;
    else if (a == "--extract")
      c.extract = true;
    else
      usage(("unknown argument " + a).c_str());
  }
  if (c.line_files.empty() && c.article_files.empty()) usage("no input");
  if (c.names != "keep" && c.names != "xa") usage("bad --names");
  return c;
}

std::vector<Words> load_sentences(const Config& c, double& prepare_seconds) {
  auto lexicon = kg::extract::Lexicon::load_builtin();
  if (!lexicon.ok()) usage(lexicon.status().message().c_str());
  const kg::extract::MentionFinder finder(*lexicon);
  std::vector<std::string> texts;
  for (const std::string& path : c.line_files) {
    std::ifstream in(path);
    if (!in) usage(("cannot read " + path).c_str());
    for (std::string line; std::getline(in, line);) {
      if (line.find_first_not_of(" \t\r") != std::string::npos) texts.push_back(line);
    }
  }
  const auto start = Clock::now();
  for (const std::string& path : c.article_files) {
    auto text = kg::extract::load_text_file(path);
    if (!text.ok()) usage(text.status().message().c_str());
    const auto doc = kg::extract::clean(kg::extract::normalize(*text).text);
    for (const auto& s : kg::extract::split_sentences(doc)) texts.push_back(s.text);
  }
  std::vector<Words> out;
  for (const std::string& t : texts) {
    if (c.names == "keep") {
      Words words;
      for (const auto& token : kg::extract::tokenize(t)) words.push_back(token.text);
      out.push_back(std::move(words));
    } else {
      // What the clause extractor of kg build parses (extract/parsed_clauses.h).
      out.push_back(kg::extract::collapse_mentions(finder.analyse({t, 0, t.size(), 0}, 0)).words);
    }
  }
  prepare_seconds = std::chrono::duration<double>(Clock::now() - start).count();
  return out;
}

struct Tally {
  int complete = 0, nulls = 0, timeouts = 0, failed = 0, violations = 0;
  double cost = 0.0, slowest = 0.0;
  void add(const ParseResult& r, double seconds) {
    if (r.timed_out) ++timeouts;
    if (!r.parsed())
      ++failed;
    else if (r.complete)
      ++complete;
    else
      ++nulls;
    if (r.parsed()) cost += r.cost;
    if (r.parsed() && r.violation) ++violations;
    slowest = std::max(slowest, seconds);
  }
};

// Parses all sentences on `threads` threads (work shared through an atomic
// index); returns the wall time. `tally` is filled by a single-thread run.
double run(const std::vector<Words>& sentences, const Config& c, int threads, Tally* tally) {
  std::atomic<std::size_t> next{0};
  auto worker = [&]() {
    auto parser = LinkParser::create(c.parser);
    if (!parser.ok()) usage(parser.status().message().c_str());
    for (std::size_t i; (i = next.fetch_add(1)) < sentences.size();) {
      const auto t0 = Clock::now();
      const ParseResult r = parser->parse(sentences[i]);
      const double dt = std::chrono::duration<double>(Clock::now() - t0).count();
      if (tally != nullptr) tally->add(r, dt);
      if (c.verbose && tally != nullptr) {
        std::string joined;
        for (const auto& w : sentences[i]) joined += w + ' ';
        std::printf("%.3fs nulls=%d%s %s\n", dt, r.null_count, r.timed_out ? " TIMEOUT" : "",
                    joined.c_str());
      }
    }
  };
  const auto start = Clock::now();
  std::vector<std::thread> pool;
  for (int t = 1; t < threads; ++t) pool.emplace_back(worker);
  worker();
  for (auto& t : pool) t.join();
  return std::chrono::duration<double>(Clock::now() - start).count();
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

// One single-threaded pass of a fresh Extractor over `texts`: CPU seconds;
// `sentences` receives the number of sentences.
double extract_pass(const std::vector<std::string>& texts, bool parse_clauses, int& sentences) {
  kg::extract::ExtractorOptions options;
  options.parse_clauses = parse_clauses;
  auto extractor = kg::extract::Extractor::create(options);
  if (!extractor.ok()) usage(extractor.status().message().c_str());
  sentences = 0;
  const std::clock_t start = std::clock();
  for (std::size_t i = 0; i < texts.size(); ++i) {
    auto doc = extractor->extract_text(texts[i], "doc" + std::to_string(i));
    if (!doc.ok()) usage(doc.status().message().c_str());
    sentences += doc->sentences;
  }
  return static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC;
}

int run_extract(const Config& c) {
  if (c.article_files.empty()) usage("--extract needs --articles");
  std::vector<std::string> texts;
  for (const std::string& path : c.article_files) {
    auto text = kg::extract::load_text_file(path);
    if (!text.ok()) usage(text.status().message().c_str());
    texts.push_back(std::move(text).value());
  }
  int sentences = 0;
  extract_pass(texts, true, sentences);  // warm-up: dictionary load, page faults
  std::vector<double> full, patterns;
  for (int r = 0; r < c.runs; ++r) {
    full.push_back(extract_pass(texts, true, sentences));
    patterns.push_back(extract_pass(texts, false, sentences));
  }
  const double t_full = median(full);
  const double t_patterns = median(patterns);
  const double n = sentences;
  std::printf("extractor, 1 thread, %d sentences in %zu documents (median of %d runs, CPU time):\n",
              sentences, texts.size(), c.runs);
  std::printf("  with clause parsing: %.1f sentences/s (%.3f s)\n", n / t_full, t_full);
  std::printf("  patterns only:       %.1f sentences/s (%.3f s)\n", n / t_patterns, t_patterns);
  std::printf("  parsing share of the full run: %.0f%%\n",
              100.0 * std::max(0.0, t_full - t_patterns) / t_full);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  const Config c = parse_args(argc, argv);
  if (c.extract) return run_extract(c);
  const auto load_start = Clock::now();
  auto dict = kg::extract::LinkDictionary::shared();
  if (!dict.ok()) usage(dict.status().message().c_str());
  const double load_seconds = std::chrono::duration<double>(Clock::now() - load_start).count();
  double prepare_seconds = 0.0;
  const std::vector<Words> sentences = load_sentences(c, prepare_seconds);
  std::size_t words = 0;
  for (const auto& s : sentences) words += s.size();

  Tally tally;
  std::vector<double> single;
  std::vector<double> single_cpu;
  for (int r = 0; r < c.runs; ++r) {
    const std::clock_t cpu_start = std::clock();
    single.push_back(run(sentences, c, 1, r == 0 ? &tally : nullptr));
    single_cpu.push_back(static_cast<double>(std::clock() - cpu_start) / CLOCKS_PER_SEC);
  }
  const double cpu1 = median(single_cpu);
  const double n = static_cast<double>(sentences.size());
  const double t1 = median(single);
  std::printf("sentences %zu, words/sentence %.1f, dictionary load %.2f s\n", sentences.size(),
              static_cast<double>(words) / n, load_seconds);
  std::printf(
      "options: names=%s linkage_limit=%d cost=%.2f short_length=%d max_nulls=%d "
      "timeout=%ds islands=%d staged=%d\n",
      c.names.c_str(), c.parser.linkage_limit, c.parser.disjunct_cost, c.parser.short_length,
      c.parser.max_null_count, c.parser.max_parse_seconds, c.parser.islands_ok ? 1 : 0,
      c.parser.staged ? 1 : 0);
  std::printf(
      "complete %d, null-word %d, timed out %d, failed %d, post-processing violations %d; "
      "mean cost %.2f; slowest %.3f s\n",
      tally.complete, tally.nulls, tally.timeouts, tally.failed, tally.violations,
      tally.cost / std::max(1, tally.complete + tally.nulls), tally.slowest);
  std::printf(
      "1 thread: %.1f sentences/s wall, %.1f per CPU second (median of %d runs: %.3f s "
      "wall, %.3f s CPU); parse share %.0f%% (preparation %.3f s)\n",
      n / t1, n / cpu1, c.runs, t1, cpu1, 100.0 * t1 / (t1 + prepare_seconds), prepare_seconds);
  if (c.threads > 1) {
    std::vector<double> parallel;
    std::vector<double> parallel_cpu;
    for (int r = 0; r < c.runs; ++r) {
      const std::clock_t cpu_start = std::clock();
      parallel.push_back(run(sentences, c, c.threads, nullptr));
      parallel_cpu.push_back(static_cast<double>(std::clock() - cpu_start) / CLOCKS_PER_SEC);
    }
    const double tn = median(parallel);
    // On a loaded machine the wall-time speed-up understates what idle cores give;
    // the CPU-time ratio shows the work added by running threads side by side.
    std::printf(
        "%d threads: %.1f sentences/s (median %.3f s wall, %.3f s CPU), speed-up %.2fx, "
        "CPU per sentence %.2fx of one thread\n",
        c.threads, n / tn, tn, median(parallel_cpu), t1 / tn, median(parallel_cpu) / cpu1);
  }
  return 0;
}
