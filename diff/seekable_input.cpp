#include "diff/seekable_input.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "net/copy_download.h"
#include "net/url.h"

namespace syncfeed::diff {
namespace {

bool copy_all(int from, int to) {
  std::vector<char> buffer(1 << 16);
  for (;;) {
    const ssize_t n = ::read(from, buffer.data(), buffer.size());
    if (n == 0) return true;
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    for (ssize_t done = 0; done < n;) {
      const ssize_t w = ::write(to, buffer.data() + done, static_cast<std::size_t>(n - done));
      if (w < 0 && errno == EINTR) continue;
      if (w <= 0) return false;
      done += w;
    }
  }
}

// An unlinked temporary file, or -1 (errno says why).
int make_spool() {
  const char* tmpdir = std::getenv("TMPDIR");
  std::string name = std::string(tmpdir && *tmpdir ? tmpdir : "/tmp") + "/syncfeed-input-XXXXXX";
  const int fd = ::mkstemp(name.data());
  if (fd >= 0) ::unlink(name.c_str());
  return fd;
}

}  // namespace

SeekableInput::SeekableInput(const std::string& path, const net::DownloadOptions& download,
                             std::atomic<std::uint64_t>* bytes_read)
    : readable_path_(path), shown_(path == "-" ? "<stdin>" : net::masked_url(path)) {
  if (net::is_url(path)) {
    spool_fd_ = make_spool();
    if (spool_fd_ < 0)
      error_ =
          "cannot copy " + shown_ + " to a temporary file (set TMPDIR to a folder with room): " + std::strerror(errno);
    else
      error_ = net::copy_download(path, download, spool_fd_, bytes_read);
    readable_path_ = "/proc/self/fd/" + std::to_string(spool_fd_);
    return;
  }
  struct stat st {};
  if (path != "-") {
    if (::stat(path.c_str(), &st) != 0) {
      error_ = "cannot open " + path + ": " + std::strerror(errno);
      return;
    }
    if (S_ISDIR(st.st_mode)) {
      error_ = "cannot open " + path + ": it is a directory";
      return;
    }
    if (S_ISREG(st.st_mode)) return;
  }
  const int source = path == "-" ? STDIN_FILENO : ::open(path.c_str(), O_RDONLY);
  if (source < 0) {
    error_ = "cannot open " + path + ": " + std::strerror(errno);
    return;
  }
  spool_fd_ = make_spool();
  if (spool_fd_ < 0 || !copy_all(source, spool_fd_))
    error_ =
        "cannot copy " + shown_ + " to a temporary file (set TMPDIR to a folder with room): " + std::strerror(errno);
  if (source != STDIN_FILENO) ::close(source);
  readable_path_ = "/proc/self/fd/" + std::to_string(spool_fd_);
}

SeekableInput::~SeekableInput() {
  if (spool_fd_ >= 0) ::close(spool_fd_);
}

}  // namespace syncfeed::diff
