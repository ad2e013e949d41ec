// A file one thread is still writing while others read it: the writer says
// how far the file goes and when it is finished (whole, or failed: a body cut
// short, a download that broke off); a reader at the file's current end waits
// for either. serve writes a feed's body to a file as it arrives and its sync
// reads the file meanwhile (ReadOptions::growing); the file bounds memory and
// lets several readers go at their own pace over the same bytes.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>

namespace syncfeed {

class GrowingFile {
 public:
  // The writer: `n` more bytes are in the file (written before the call).
  void appended(std::uint64_t n);
  // The writer: nothing more will come. `failure` empty: the file is whole;
  // else why it is not (one line), which readers report as an I/O error.
  // Only the first call counts.
  void finish(std::string failure = {});

  // Waits until the file holds more than `offset` bytes or is finished, and
  // returns its size then (<= offset: the end, whole or failed). Waiting
  // readers are woken each time the file grows by kWakeEvery and when it is
  // finished, not at every append (a socket hands over 4 KiB at a time: a
  // reader woken that often spends its time waking), and look again every
  // kLookAgain meanwhile, so that bytes before a writer's pause wait at most that.
  std::uint64_t wait_beyond(std::uint64_t offset) const;
  std::uint64_t size() const;
  bool finished() const;
  // Why the file is not whole; nothing while it is whole or still growing.
  std::optional<std::string> failure() const;

  static constexpr std::uint64_t kWakeEvery = 64 << 10;
  static constexpr std::chrono::milliseconds kLookAgain{2};

 private:
  mutable std::mutex mutex_;
  mutable std::condition_variable changed_;
  std::uint64_t size_ = 0;
  bool finished_ = false;
  std::string failure_;
};

}  // namespace syncfeed
