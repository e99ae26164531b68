// A one-line progress bar on stderr for long loops (`kg build` over many
// files). It draws only when stderr is a terminal, and only once the work has
// run for `delay` (short runs stay silent); output is rate-limited to ~10
// redraws a second. finish() erases the line. Not thread-safe.
#pragma once

#include <chrono>
#include <cstddef>
#include <string>

namespace kg::cli {

class ProgressBar {
 public:
  ProgressBar(std::string label, std::size_t total,
              std::chrono::milliseconds delay = std::chrono::milliseconds(2000));
  ~ProgressBar();
  ProgressBar(const ProgressBar&) = delete;
  ProgressBar& operator=(const ProgressBar&) = delete;

  // Records that `done` of `total` items are complete; may redraw.
  void update(std::size_t done);
  // Erases the bar if it was drawn. Called by the destructor too.
  void finish();

 private:
  using Clock = std::chrono::steady_clock;
  std::string label_;
  std::size_t total_;
  std::chrono::milliseconds delay_;
  bool enabled_;
  bool drawn_ = false;
  Clock::time_point start_;
  Clock::time_point last_draw_;
};

}  // namespace kg::cli
