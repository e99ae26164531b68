#include "cli/progress.h"

#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <utility>

namespace kg::cli {
namespace {

constexpr auto kTerminalInterval = std::chrono::milliseconds(100);
constexpr auto kLineInterval = std::chrono::milliseconds(1000);

}  // namespace

ProgressMode progress_mode(bool progress, bool quiet) {
  if (quiet) return ProgressMode::kNever;
  return progress ? ProgressMode::kAlways : ProgressMode::kAuto;
}

ProgressBar::ProgressBar(std::string unit, std::size_t total, ProgressMode mode,
                         std::chrono::milliseconds delay)
    : unit_(std::move(unit)),
      total_(total),
      delay_(mode == ProgressMode::kAlways ? std::chrono::milliseconds(0) : delay),
      terminal_(isatty(STDERR_FILENO) == 1),
      start_(Clock::now()) {
  enabled_ =
      total > 0 && (mode == ProgressMode::kAlways || (mode == ProgressMode::kAuto && terminal_));
}

ProgressBar::~ProgressBar() { finish(); }

std::string ProgressBar::line(const std::string& unit, std::size_t done, std::size_t total,
                              std::uint64_t sentences, double seconds) {
  std::string text = std::to_string(done) + "/" + std::to_string(total) + " " + unit;
  if (unit != "sentences") text += ", " + std::to_string(sentences) + " sentences";
  if (seconds > 0 && done > 0) {
    text += ", " + std::to_string(std::llround(static_cast<double>(sentences) / seconds)) +
            " sentences/s";
    const double left = seconds * static_cast<double>(total - done) / static_cast<double>(done);
    text += ", " + std::to_string(std::llround(left)) + " s left";
  }
  return text;
}

void ProgressBar::update(std::size_t done, std::uint64_t sentences) {
  if (!enabled_) return;
  const Clock::time_point now = Clock::now();
  done = std::min(done, total_);
  const bool last = done == total_;
  if (now - start_ < delay_) return;
  if (drawn_ && now - last_draw_ < (terminal_ ? kTerminalInterval : kLineInterval) && !last) return;
  last_draw_ = now;
  drawn_ = true;
  const double seconds = std::chrono::duration<double>(now - start_).count();
  const std::string text = line(unit_, done, total_, sentences, seconds);
  if (terminal_) {
    std::fprintf(stderr, "\r\033[Kkg: %s", text.c_str());
  } else {
    std::fprintf(stderr, "kg: progress: %s\n", text.c_str());
  }
  std::fflush(stderr);
  if (last && !terminal_) enabled_ = false;
}

void ProgressBar::finish() {
  if (drawn_ && terminal_) {
    std::fprintf(stderr, "\r\033[K");
    std::fflush(stderr);
  }
  drawn_ = false;
  enabled_ = false;
}

LateProgressBar::LateProgressBar(std::string unit, ProgressMode mode)
    : unit_(std::move(unit)), mode_(mode) {}

void LateProgressBar::update(std::size_t done, std::size_t total, std::uint64_t sentences) {
  if (!bar_) bar_.emplace(unit_, total, mode_);
  bar_->update(done, sentences);
}

void LateProgressBar::finish() {
  if (bar_) bar_->finish();
}

}  // namespace kg::cli
