#include "sim/scratch_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <stdexcept>

namespace syncfeed::sim {
namespace {

[[noreturn]] void fail(const std::string& doing) {
  throw std::runtime_error("the plan's temporary file: cannot " + doing + ": " + std::strerror(errno));
}

// An unlinked file in $TMPDIR or /tmp: O_TMPFILE where the file system has it,
// else mkstemp and unlink at once.
int open_anonymous() {
  const char* env = std::getenv("TMPDIR");
  const std::string folder = env && *env ? env : "/tmp";
  int fd = ::open(folder.c_str(), O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
  if (fd >= 0) return fd;
  std::string name = folder + "/syncfeed-plan-XXXXXX";
  fd = ::mkstemp(name.data());
  if (fd < 0) fail("create it in " + folder);
  ::unlink(name.c_str());
  return fd;
}

}  // namespace

ScratchFile::~ScratchFile() {
  if (fd_ >= 0) ::close(fd_);
}

void ScratchFile::spill() {
  if (fd_ < 0) fd_ = open_anonymous();
  std::string_view rest = pending_;
  while (!rest.empty()) {
    const ssize_t n = ::write(fd_, rest.data(), rest.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) fail("write it");
    rest.remove_prefix(static_cast<std::size_t>(n));
  }
  on_disk_ += pending_.size();
  pending_.clear();
}

std::string ScratchFile::read(std::uint64_t offset, std::uint64_t size) const {
  std::string out(size, '\0');
  std::uint64_t done = 0;
  // The part already on disk, then the part still pending.
  while (offset + done < on_disk_ && done < size) {
    const ssize_t n = ::pread(fd_, out.data() + done, size - done, static_cast<off_t>(offset + done));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) fail("read it");
    done += static_cast<std::uint64_t>(n);
  }
  if (done < size) pending_.copy(out.data() + done, size - done, offset + done - on_disk_);
  return out;
}

}  // namespace syncfeed::sim
