// ud_bench: throughput of kg parse's raw-text pipeline (normalise, split
// paragraphs and sentences, tokenise, segment, tag, lemmatise, parse) with
// the built-in model or --model PATH, on one or more corpora of text files.
//
//   ud_bench [--model PATH] [--seconds S] --corpus NAME FILE... [--corpus NAME FILE...]
//
// For each corpus the pipeline runs over all its files again and again for at
// least S seconds (default 3), first on one thread, then on two (documents
// are prepared, then sentences annotated, by two workers sharing the one
// model). Printed per corpus: sentences and words, sentences and words per
// CPU-second on one thread, sentences per wall-second on two threads and the
// speed-up over one thread; then the model load time (best of five) and the
// peak resident memory of the process. Not a test: nothing is asserted.
#include <sys/resource.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "extract/parse/documents.h"
#include "extract/parse/embedded_model.h"
#include "extract/parse/model.h"

namespace {

struct Corpus {
  std::string name;
  std::vector<std::string> files;
  std::vector<std::string> texts;
};

double cpu_seconds() {
  timespec t{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

double wall_seconds() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

// One pass over the corpus with `threads` workers; returns sentences and words.
std::pair<std::size_t, std::size_t> run_once(const kg::parse::Model& model, const Corpus& corpus,
                                             unsigned threads) {
  std::vector<std::vector<kg::parse::Sentence>> docs(corpus.texts.size());
  std::atomic<std::size_t> next_doc{0};
  const auto prepare = [&] {
    for (std::size_t d = next_doc++; d < docs.size(); d = next_doc++)
      docs[d] = kg::parse::text_sentences(corpus.texts[d], corpus.files[d], model);
  };
  std::vector<std::thread> workers;
  for (unsigned t = 1; t < threads; ++t) workers.emplace_back(prepare);
  prepare();
  for (std::thread& w : workers) w.join();
  std::vector<kg::parse::Sentence> sentences;
  for (auto& d : docs)
    for (auto& s : d) sentences.push_back(std::move(s));
  kg::parse::annotate_all(model, sentences, threads);
  std::size_t words = 0;
  for (const auto& s : sentences) words += s.words.size();
  return {sentences.size(), words};
}

struct Measure {
  std::size_t sentences = 0;
  std::size_t words = 0;
  double cpu = 0;
  double wall = 0;
};

Measure measure(const kg::parse::Model& model, const Corpus& corpus, unsigned threads,
                double seconds) {
  Measure m;
  const double cpu0 = cpu_seconds();
  const double wall0 = wall_seconds();
  do {
    const auto [sentences, words] = run_once(model, corpus, threads);
    m.sentences += sentences;
    m.words += words;
    m.wall = wall_seconds() - wall0;
  } while (m.wall < seconds);
  m.cpu = cpu_seconds() - cpu0;
  return m;
}

bool read_file(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream s;
  s << in.rdbuf();
  out = s.str();
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  std::string model_path;
  double seconds = 3;
  std::vector<Corpus> corpora;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--model" && i + 1 < argc) {
      model_path = argv[++i];
    } else if (arg == "--seconds" && i + 1 < argc) {
      seconds = std::atof(argv[++i]);
    } else if (arg == "--corpus" && i + 1 < argc) {
      corpora.push_back({argv[++i], {}, {}});
    } else if (!corpora.empty() && !arg.starts_with("--")) {
      corpora.back().files.push_back(arg);
    } else {
      std::fprintf(stderr,
                   "usage: ud_bench [--model PATH] [--seconds S] --corpus NAME FILE... "
                   "[--corpus NAME FILE...]\n");
      return 2;
    }
  }
  if (corpora.empty()) {
    std::fprintf(stderr, "ud_bench: no --corpus given\n");
    return 2;
  }
  std::string model_bytes;
  if (!model_path.empty() && !read_file(model_path, model_bytes)) {
    std::fprintf(stderr, "ud_bench: cannot read %s\n", model_path.c_str());
    return 1;
  }
  const std::string_view bytes =
      model_path.empty() ? kg::parse::embedded_model_bytes() : std::string_view(model_bytes);
  double load_ms = 1e9;
  kg::Result<kg::parse::Model> model = kg::Status::Internal("not loaded");
  for (int i = 0; i < 5; ++i) {
    const double t0 = wall_seconds();
    model =
        kg::parse::Model::deserialize(bytes, model_path.empty() ? "built-in model" : model_path);
    load_ms = std::min(load_ms, (wall_seconds() - t0) * 1000);
    if (!model.ok()) {
      std::fprintf(stderr, "ud_bench: %s\n", model.status().message().c_str());
      return 1;
    }
  }
  for (Corpus& c : corpora) {
    for (const std::string& f : c.files) {
      c.texts.emplace_back();
      if (!read_file(f, c.texts.back())) {
        std::fprintf(stderr, "ud_bench: cannot read %s\n", f.c_str());
        return 1;
      }
    }
  }

  std::printf(
      "| corpus | files | sentences | words | sent/CPU-s (1 thread) | words/CPU-s "
      "(1 thread) | sent/s (2 threads) | speed-up |\n");
  std::printf("|---|---:|---:|---:|---:|---:|---:|---:|\n");
  for (const Corpus& c : corpora) {
    const auto [sentences, words] = run_once(*model, c, 1);  // warm-up, and the counts
    const Measure one = measure(*model, c, 1, seconds);
    const Measure two = measure(*model, c, 2, seconds);
    const double one_rate = static_cast<double>(one.sentences) / one.cpu;
    const double one_wall = static_cast<double>(one.sentences) / one.wall;
    const double two_wall = static_cast<double>(two.sentences) / two.wall;
    std::printf("| %s | %zu | %zu | %zu | %.0f | %.0f | %.0f | %.2fx |\n", c.name.c_str(),
                c.files.size(), sentences, words, one_rate,
                static_cast<double>(one.words) / one.cpu, two_wall, two_wall / one_wall);
    std::fflush(stdout);
  }
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  std::printf("\nmodel load: %.0f ms (%zu bytes); peak RSS: %.0f MiB\n", load_ms, bytes.size(),
              static_cast<double>(usage.ru_maxrss) / 1024.0);
  return 0;
}
