// An anonymous temporary file that grows by appending and is read back at
// offsets: the plan's card store. Nothing is created until the first 8 MiB
// have been appended (a small plan stays in memory and touches no file);
// then the file is opened in $TMPDIR (else /tmp) already unlinked
// (O_TMPFILE), so that nothing is left behind however the process ends.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace syncfeed::sim {

class ScratchFile {
 public:
  ScratchFile() = default;
  ~ScratchFile();
  ScratchFile(const ScratchFile&) = delete;
  ScratchFile& operator=(const ScratchFile&) = delete;

  // Appends `bytes`; returns their offset. Throws std::runtime_error when the
  // file cannot be created or written (a full disk).
  std::uint64_t append(std::string_view bytes);
  // The `size` bytes at `offset`, which append() returned.
  std::string read(std::uint64_t offset, std::uint64_t size) const;

 private:
  void spill();

  int fd_ = -1;
  std::uint64_t on_disk_ = 0;  // bytes written to the file; pending_ follows them
  std::string pending_;
};

}  // namespace syncfeed::sim
