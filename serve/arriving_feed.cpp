#include "serve/arriving_feed.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>

namespace syncfeed::serve {
namespace {

bool write_all(int fd, const char* data, std::size_t n) {
  while (n > 0) {
    const ssize_t w = ::write(fd, data, n);
    if (w < 0 && errno == EINTR) continue;
    if (w <= 0) return false;
    data += w;
    n -= static_cast<std::size_t>(w);
  }
  return true;
}

}  // namespace

ArrivingFeed::ArrivingFeed(std::filesystem::path path) : path_(std::move(path)) {
  fd_ = ::open(path_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
}

ArrivingFeed::~ArrivingFeed() {
  growing_.finish("the server stopped receiving the feed");
  if (fd_ < 0) return;
  ::close(fd_);
  std::error_code ignored;
  std::filesystem::remove(path_, ignored);
}

bool ArrivingFeed::write(const void* data, std::size_t n) {
  if (!write_all(fd_, static_cast<const char*>(data), n)) return false;
  growing_.appended(n);
  return true;
}

}  // namespace syncfeed::serve
