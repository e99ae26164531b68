#include "cli/progress.h"

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <utility>

namespace kg::cli {
namespace {

constexpr int kBarWidth = 30;
constexpr auto kRedrawInterval = std::chrono::milliseconds(100);

}  // namespace

ProgressBar::ProgressBar(std::string label, std::size_t total, std::chrono::milliseconds delay)
    : label_(std::move(label)),
      total_(total),
      delay_(delay),
      enabled_(isatty(STDERR_FILENO) == 1 && total > 0),
      start_(Clock::now()) {}

ProgressBar::~ProgressBar() { finish(); }

void ProgressBar::update(std::size_t done) {
  if (!enabled_) return;
  const Clock::time_point now = Clock::now();
  if (now - start_ < delay_ || (drawn_ && now - last_draw_ < kRedrawInterval)) return;
  last_draw_ = now;
  drawn_ = true;
  done = std::min(done, total_);
  const int filled = static_cast<int>(kBarWidth * done / total_);
  const double seconds = std::chrono::duration<double>(now - start_).count();
  std::fprintf(stderr, "\r%s [%.*s%*s] %zu/%zu  %.0fs", label_.c_str(), filled,
               "##############################", kBarWidth - filled, "", done, total_, seconds);
  std::fflush(stderr);
}

void ProgressBar::finish() {
  if (!drawn_) return;
  std::fprintf(stderr, "\r\033[K");
  std::fflush(stderr);
  drawn_ = false;
  enabled_ = false;
}

}  // namespace kg::cli
