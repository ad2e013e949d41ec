// diff and delta read their inputs twice: once whole to index them, then
// record by record at byte offsets. A regular file can be read so; standard
// input, a pipe or a process substitution (<(gen ...)) cannot, so those are
// first copied to a temporary file that is unlinked at once (nothing is left
// behind, even on a crash) and read through /proc/self/fd (Linux).
#pragma once

#include <string>

namespace syncfeed::diff {

class SeekableInput {
 public:
  // `path` is a file or "-" (standard input). Check ok() before use.
  explicit SeekableInput(const std::string& path);
  ~SeekableInput();
  SeekableInput(const SeekableInput&) = delete;
  SeekableInput& operator=(const SeekableInput&) = delete;

  bool ok() const { return error_.empty(); }
  const std::string& error() const { return error_; }
  const std::string& path() const { return readable_path_; }  // what to open
  const std::string& shown() const { return shown_; }          // how to name it in messages

 private:
  std::string readable_path_;
  std::string shown_;
  std::string error_;
  int spool_fd_ = -1;
};

}  // namespace syncfeed::diff
