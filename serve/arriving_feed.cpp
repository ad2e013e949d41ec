#include "serve/arriving_feed.h"

#include <fcntl.h>
#include <unistd.h>

#include "net/copy_download.h"

namespace syncfeed::serve {

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
  if (!net::write_all(fd_, data, n)) return false;
  growing_.appended(n);
  return true;
}

}  // namespace syncfeed::serve
