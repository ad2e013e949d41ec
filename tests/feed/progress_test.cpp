// The progress bar: its text, and that it draws on a terminal only.
#include <catch2/catch.hpp>

#include <fcntl.h>
#include <poll.h>
#include <stdlib.h>
#include <unistd.h>

#include <chrono>
#include <string>
#include <thread>

#include "feed/progress.h"

using namespace syncfeed;
using namespace std::chrono_literals;

namespace {

// What arrives on `fd`: waits up to `wait` for the first bytes, then reads
// until 50 ms pass without more, or one second in all (a bar redrawn every
// 10 ms never falls silent).
std::string drain(int fd, std::chrono::milliseconds wait) {
  std::string out;
  char buffer[4096];
  pollfd p{fd, POLLIN, 0};
  const auto deadline = std::chrono::steady_clock::now() + wait + 1s;
  while (std::chrono::steady_clock::now() < deadline && ::poll(&p, 1, static_cast<int>(wait.count())) > 0 &&
         (p.revents & POLLIN)) {
    const ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n <= 0) break;
    out.append(buffer, static_cast<std::size_t>(n));
    wait = 50ms;
  }
  return out;
}

// A pseudo-terminal: `terminal` is what a program writes to, `screen` what the user would see.
struct Pty {
  Pty() {
    screen = ::posix_openpt(O_RDWR | O_NOCTTY);
    REQUIRE(screen >= 0);
    REQUIRE(::grantpt(screen) == 0);
    REQUIRE(::unlockpt(screen) == 0);
    terminal = ::open(::ptsname(screen), O_RDWR | O_NOCTTY);
    REQUIRE(terminal >= 0);
  }
  ~Pty() {
    ::close(terminal);
    ::close(screen);
  }
  int screen = -1;
  int terminal = -1;
};

constexpr ProgressTiming kNow{0ms, 10ms};

}  // namespace

TEST_CASE("progress text: percentage, size, speed and time left") {
  CHECK(progress_text(61'200'000, 148'500'000, 2.0) == " 41%  61.2 / 148.5 MB   30.6 MB/s   3 s left");
  CHECK(progress_text(10'000'000, 1'500'000'000, 1.0) == "  1%  10.0 / 1500.0 MB   10.0 MB/s   2 min 29 s left");
  // Standard input: no total, so no percentage and no time left.
  CHECK(progress_text(61'200'000, 0, 2.0) == "61.2 MB   30.6 MB/s");
  // More than the total (a record read twice): never 100 % before the end, never negative time.
  CHECK(progress_text(200, 100, 1.0).substr(0, 4) == " 99%");
  CHECK(progress_text(0, 100, 0.0) == "  0%  0.0 / 0.0 MB   0.0 MB/s");
}

TEST_CASE("progress is never drawn when standard error is not a terminal") {
  int pipe_fds[2];
  REQUIRE(::pipe(pipe_fds) == 0);
  {
    ProgressBar bar(1000, true, pipe_fds[1], kNow);
    CHECK_FALSE(bar.drawing());
    CHECK(bar.counter() == nullptr);  // and the readers count nothing
    std::this_thread::sleep_for(100ms);
  }
  ::close(pipe_fds[1]);
  CHECK(drain(pipe_fds[0], 100ms).empty());
  ::close(pipe_fds[0]);
}

TEST_CASE("progress is drawn on a terminal, and its line is cleared at the end") {
  Pty pty;
  std::string shown;
  {
    ProgressBar bar(100'000'000, true, pty.terminal, kNow);
    REQUIRE(bar.drawing());
    REQUIRE(bar.counter() != nullptr);
    bar.counter()->fetch_add(50'000'000);
    shown = drain(pty.screen, 1000ms);
  }
  CHECK(shown.find("50%  50.0 / 100.0 MB") != std::string::npos);
  CHECK(shown.find(" left") != std::string::npos);
  // Whatever was drawn last, the screen ends with the line blanked: "\r   ...   \r".
  const std::string all = shown + drain(pty.screen, 1000ms);
  REQUIRE(all.size() > 2);
  REQUIRE(all.back() == '\r');
  const std::size_t blank_start = all.rfind('\r', all.size() - 2);
  REQUIRE(blank_start != std::string::npos);
  const std::string blank = all.substr(blank_start + 1, all.size() - blank_start - 2);
  CHECK_FALSE(blank.empty());
  CHECK(blank.find_first_not_of(' ') == std::string::npos);
}

TEST_CASE("progress waits before drawing, and --no-progress turns it off on a terminal") {
  Pty pty;
  {
    ProgressBar bar(1000, true, pty.terminal, ProgressTiming{10s, 10ms});
    CHECK(bar.drawing());
    std::this_thread::sleep_for(100ms);
  }  // a short run: nothing drawn, nothing to clear
  CHECK(drain(pty.screen, 100ms).empty());
  {
    ProgressBar bar(1000, false, pty.terminal, kNow);
    CHECK_FALSE(bar.drawing());
    CHECK(bar.counter() == nullptr);
    std::this_thread::sleep_for(100ms);
  }
  CHECK(drain(pty.screen, 100ms).empty());
}

TEST_CASE("progress of a download: no percentage until its size is known, then from it") {
  Pty pty;
  {
    ProgressBar bar(0, true, pty.terminal, kNow);
    bar.await_sizes(1);  // one URL among the inputs
    REQUIRE(bar.size_callback());
    bar.counter()->fetch_add(25'000'000);
    const std::string before = drain(pty.screen, 1000ms);
    CHECK(before.find("25.0 MB") != std::string::npos);
    CHECK(before.find('%') == std::string::npos);
    bar.size_callback()(100'000'000);  // the download's Content-Length
    std::this_thread::sleep_for(50ms);
    const std::string after = drain(pty.screen, 1000ms);
    CHECK(after.find("25%  25.0 / 100.0 MB") != std::string::npos);
  }
  drain(pty.screen, 200ms);
  // Nothing drawn: no callback, so a download does not even ask.
  ProgressBar off(0, false, pty.terminal, kNow);
  CHECK_FALSE(off.size_callback());
}
