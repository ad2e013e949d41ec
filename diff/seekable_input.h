// diff and delta read their inputs twice: once whole to index them, then
// record by record at byte offsets. A regular file can be read so; standard
// input, a pipe or a process substitution (<(gen ...)) cannot, so those are
// first copied to a temporary file that is unlinked at once (nothing is left
// behind, even on a crash) and read through /proc/self/fd (Linux). A URL is
// downloaded to such a file in the same way (net/copy_download.h).
#pragma once

#include <atomic>
#include <cstdint>
#include <string>

#include "net/download_options.h"

namespace syncfeed::diff {

class SeekableInput {
 public:
  // `path` is a file, "-" (standard input) or a URL. Check ok() before use.
  // `bytes_read`, when set, counts the bytes of a download as they arrive.
  explicit SeekableInput(const std::string& path, const net::DownloadOptions& download = {},
                         std::atomic<std::uint64_t>* bytes_read = nullptr);
  ~SeekableInput();
  SeekableInput(const SeekableInput&) = delete;
  SeekableInput& operator=(const SeekableInput&) = delete;

  bool ok() const { return error_.empty(); }
  const std::string& error() const { return error_; }
  const std::string& path() const { return readable_path_; }  // what to open
  const std::string& shown() const { return shown_; }         // how to name it in messages

 private:
  std::string readable_path_;
  std::string shown_;
  std::string error_;
  int spool_fd_ = -1;
};

}  // namespace syncfeed::diff
