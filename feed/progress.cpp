#include "feed/progress.h"

#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>

namespace syncfeed {
namespace {

// Writes all of `text` to `fd`, unbuffered (standard error's FILE buffer is
// not touched, so the bar never interleaves with a half-written message).
void write_all(int fd, std::string_view text) {
  while (!text.empty()) {
    const ssize_t n = ::write(fd, text.data(), text.size());
    if (n <= 0) return;  // a terminal that went away: the bar is not worth an error
    text.remove_prefix(static_cast<std::size_t>(n));
  }
}

std::string duration(double seconds) {
  const long s = std::lround(std::max(seconds, 0.0));
  return s < 60 ? fmt::format("{} s", s) : fmt::format("{} min {:02} s", s / 60, s % 60);
}

}  // namespace

std::string progress_text(std::uint64_t bytes, std::uint64_t total, double seconds) {
  const double mb = static_cast<double>(bytes) / 1e6;
  const double rate = seconds > 0 ? mb / seconds : 0;
  if (total == 0) return fmt::format("{:.1f} MB   {:.1f} MB/s", mb, rate);
  // Past the total (a file that grew, a record read twice): done but for the end.
  const double done = std::min(static_cast<double>(bytes) / static_cast<double>(total), 0.99);
  std::string text =
      fmt::format("{:3.0f}%  {:.1f} / {:.1f} MB   {:.1f} MB/s", done * 100, mb, static_cast<double>(total) / 1e6, rate);
  if (rate > 0) text += fmt::format("   {} left", duration((static_cast<double>(total) / 1e6 - mb) / rate));
  return text;
}

ProgressBar::ProgressBar(std::uint64_t total, bool wanted, int fd, ProgressTiming timing)
    : total_(total), fd_(fd), timing_(timing), drawing_(wanted && ::isatty(fd) == 1) {
  if (drawing_) thread_ = std::jthread([this](std::stop_token stop) { run(stop); });
}

ProgressBar::~ProgressBar() {
  if (!thread_.joinable()) return;
  thread_.request_stop();
  thread_.join();
  if (drawn_ > 0) write_all(fd_, "\r" + std::string(drawn_, ' ') + "\r");
}

void ProgressBar::run(std::stop_token stop) {
  const auto start = std::chrono::steady_clock::now();
  std::unique_lock lock(mutex_);
  // Waits `how_long` or until the bar is stopped; true when it was not.
  auto wait = [&](std::chrono::milliseconds how_long) {
    wake_.wait_for(lock, stop, how_long, [&] { return stop.stop_requested(); });
    return !stop.stop_requested();
  };
  if (!wait(timing_.delay)) return;
  do {
    const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
    const std::uint64_t total = unknown_.load() > 0 ? 0 : total_.load();
    draw(progress_text(bytes_.load(std::memory_order_relaxed), total, elapsed.count()));
  } while (wait(timing_.period));
}

void ProgressBar::draw(const std::string& text) {
  // \r and spaces rather than an erase sequence: a dumb terminal gets it right too.
  std::string line = "\r" + text;
  if (text.size() < drawn_) line.append(drawn_ - text.size(), ' ');
  write_all(fd_, line);
  drawn_ = text.size();
}

}  // namespace syncfeed
