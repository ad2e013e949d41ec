// A progress bar on standard error for long runs: the bytes read, MB/s and
// the time left, redrawn a few times a second by a thread of its own. The
// readers only add to a counter (ReadOptions::bytes_read), once per block
// that Xerces reads, which costs nothing measurable.
//
// It draws only on a terminal, only once a run has taken a second (a short
// run shows nothing), and clears its line when it is done: a file or a pipe
// never receives a byte of it, and neither does a terminal after the run.
// Progress is not colour: NO_COLOR does not turn it off; --no-progress does.
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <mutex>
#include <string>
#include <thread>

namespace syncfeed {

struct ProgressTiming {
  std::chrono::milliseconds delay{1000};  // nothing is drawn before
  std::chrono::milliseconds period{250};  // between two redraws
};

class ProgressBar {
 public:
  // `total`: the bytes the run will read, 0 when unknown (standard input):
  // then there is no percentage and no time left. Draws on `fd` when `wanted`
  // and `fd` is a terminal.
  ProgressBar(std::uint64_t total, bool wanted, int fd = 2, ProgressTiming timing = {});
  ~ProgressBar();  // stops drawing and clears its line
  ProgressBar(const ProgressBar&) = delete;
  ProgressBar& operator=(const ProgressBar&) = delete;

  // What the readers add to (ReadOptions::bytes_read); nullptr when nothing
  // is drawn, so that they count nothing either.
  std::atomic<std::uint64_t>* counter() { return drawing_ ? &bytes_ : nullptr; }
  bool drawing() const { return drawing_; }

  // `n` of the inputs have a size that is only known once they are read (a
  // download announces it in its headers): until size_known() has been
  // called once for each, the bar shows no percentage. Call before reading.
  void await_sizes(int n) { unknown_ += n; }
  // One of them is `bytes` long (net::DownloadOptions::size_known). Any thread.
  void size_known(std::uint64_t bytes) {
    total_ += bytes;
    --unknown_;
  }
  // size_known() as net::DownloadOptions takes it; empty when nothing is drawn.
  std::function<void(std::uint64_t)> size_callback() {
    if (!drawing_) return {};
    return [this](std::uint64_t bytes) { size_known(bytes); };
  }

 private:
  void run(std::stop_token stop);
  void draw(const std::string& text);

  std::atomic<std::uint64_t> total_;
  std::atomic<int> unknown_{0};
  const int fd_;
  const ProgressTiming timing_;
  const bool drawing_;
  std::atomic<std::uint64_t> bytes_{0};
  std::size_t drawn_ = 0;  // columns of the line on screen
  std::mutex mutex_;
  std::condition_variable_any wake_;
  std::jthread thread_;  // last: started when everything else is ready
};

// The text of the bar: "  41%  61.2 / 148.5 MB   52.3 MB/s   1.7 s left", or
// without a known total "61.2 MB   52.3 MB/s".
std::string progress_text(std::uint64_t bytes, std::uint64_t total, double seconds);

}  // namespace syncfeed
