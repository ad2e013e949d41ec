#include "net/copy_download.h"

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <vector>

#include "net/download.h"
#include "net/url.h"

namespace syncfeed::net {
bool write_all(int fd, const void* data, std::size_t n) {
  const char* at = static_cast<const char*>(data);
  while (n > 0) {
    const ssize_t w = ::write(fd, at, n);
    if (w < 0 && errno == EINTR) continue;
    if (w <= 0) return false;
    at += w;
    n -= static_cast<std::size_t>(w);
  }
  return true;
}

std::string copy_download(const std::string& url, const DownloadOptions& options, int fd,
                          std::atomic<std::uint64_t>* bytes_written) {
  Download download(url, options);
  std::vector<unsigned char> buffer(1 << 16);
  while (const std::size_t n = download.read(buffer.data(), buffer.size())) {
    if (bytes_written) bytes_written->fetch_add(n, std::memory_order_relaxed);
    if (!write_all(fd, buffer.data(), n))
      return "cannot copy " + masked_url(url) +
             " to a temporary file (set TMPDIR to a folder with room): " + std::strerror(errno);
  }
  return download.error();
}

std::string download_text(const std::string& url, const DownloadOptions& options, std::string& out) {
  Download download(url, options);
  unsigned char buffer[1 << 16];
  while (const std::size_t n = download.read(buffer, sizeof buffer)) out.append(reinterpret_cast<char*>(buffer), n);
  return download.error();
}

}  // namespace syncfeed::net
