// Progress of long runs on stderr (kg build, add, extract, parse): items done
// of the total, sentences read, sentences per second and the time left.
//   kAuto: only when stderr is a terminal, and only once the work has run for
//          `delay` (short runs stay silent); one line redrawn in place at most
//          ~10 times a second, erased by finish().
//   kAlways (--progress): from the start; on a terminal as kAuto, elsewhere
//          (a log, a pipe) whole lines "kg: progress: ..." at most one a
//          second, and always the one where the work completes.
//   kNever (--quiet): nothing.
// Not thread-safe: callers serialise update().
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

namespace kg::cli {

enum class ProgressMode { kAuto, kAlways, kNever };

// The mode of --progress and --quiet (both false: kAuto).
ProgressMode progress_mode(bool progress, bool quiet);

class ProgressBar {
 public:
  // `unit` names the items counted ("documents", "sentences").
  ProgressBar(std::string unit, std::size_t total, ProgressMode mode,
              std::chrono::milliseconds delay = std::chrono::milliseconds(2000));
  ~ProgressBar();
  ProgressBar(const ProgressBar&) = delete;
  ProgressBar& operator=(const ProgressBar&) = delete;

  // Records that `done` of `total` items are complete and `sentences`
  // sentences read so far (items that are sentences: the same number); may
  // draw.
  void update(std::size_t done, std::uint64_t sentences);
  // Erases the line drawn on a terminal. Called by the destructor too.
  void finish();

  // "3/10 documents, 120 sentences, 45 sentences/s, 16 s left".
  static std::string line(const std::string& unit, std::size_t done, std::size_t total,
                          std::uint64_t sentences, double seconds);

 private:
  using Clock = std::chrono::steady_clock;
  std::string unit_;
  std::size_t total_;
  std::chrono::milliseconds delay_;
  bool enabled_;
  bool terminal_;
  bool drawn_ = false;
  Clock::time_point start_;
  Clock::time_point last_draw_;
};

// A ProgressBar made when the total is first given: kg add and kg build
// learn how many documents they extract only once they have compared the
// inputs with the store (kg/ingest.h's IngestOptions::on_progress).
class LateProgressBar {
 public:
  LateProgressBar(std::string unit, ProgressMode mode);
  void update(std::size_t done, std::size_t total, std::uint64_t sentences);
  void finish();

 private:
  std::string unit_;
  ProgressMode mode_;
  std::optional<ProgressBar> bar_;
};

}  // namespace kg::cli
