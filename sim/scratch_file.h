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

  // Where appended bytes are.
  struct Extent {
    std::uint64_t offset = 0;
    std::uint64_t size = 0;
  };
  // Appends `bytes`; returns their offset. Throws std::runtime_error when the
  // file cannot be created or written (a full disk).
  std::uint64_t append(std::string_view bytes) {
    return append_with([&](std::string& pending) { pending.append(bytes); }).offset;
  }
  // Appends what write(pending) appends to the string it is given: the bytes
  // are made in place rather than made aside and copied (a plan's every card).
  template <typename Write>
  Extent append_with(Write write) {
    const std::size_t start = pending_.size();
    // Room for kSpillAt bytes and a card, taken once: the pending bytes never
    // move. Grown by doubling as they were written in place, they made the
    // allocator take a second 32 MiB segment: 12 MiB more peak memory for the
    // plan of the 150 MB feed. (Pages not written are not resident.)
    if (pending_.capacity() < kSpillAt) pending_.reserve(kSpillAt + kSpillAt / 8);
    write(pending_);
    const Extent appended{on_disk_ + start, pending_.size() - start};
    if (pending_.size() >= kSpillAt) spill();
    return appended;
  }
  // The `size` bytes at `offset`, which append() returned.
  std::string read(std::uint64_t offset, std::uint64_t size) const;

 private:
  static constexpr std::size_t kSpillAt = 8u << 20;
  void spill();

  int fd_ = -1;
  std::uint64_t on_disk_ = 0;  // bytes written to the file; pending_ follows them
  std::string pending_;
};

}  // namespace syncfeed::sim
