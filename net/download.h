// A URL's body as a stream the caller pulls from: libcurl's multi interface
// driven from read(), so the body goes straight to the reader with no copy
// on disk and at most a bounded buffer in memory (a slow reader pauses the
// transfer). Redirects, credentials, TLS, timeouts and limits as
// net/curl_handle.h sets them.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "net/download_options.h"
#include "net/response.h"

namespace syncfeed::net {

class Download {
 public:
  // Nothing is sent before the first read().
  Download(const std::string& url, const DownloadOptions& options);
  ~Download();
  Download(const Download&) = delete;
  Download& operator=(const Download&) = delete;

  // Up to `capacity` bytes of the body into `buffer`, waiting until at least
  // one is there. 0: the body is complete, or the download failed (failed()).
  std::size_t read(unsigned char* buffer, std::size_t capacity);

  bool failed() const { return !error_.empty(); }
  // One line: "cannot download https://shop:***@example.com/feed.xml: HTTP 404 Not Found".
  const std::string& error() const { return error_; }
  std::uint64_t bytes() const { return bytes_; }  // of body delivered so far, decoded

 private:
  struct Transfer;  // the curl handles
  static std::size_t on_body(char* data, std::size_t size, std::size_t count, void* self);
  std::size_t take_body(const char* data, std::size_t n);
  void pump();
  void finish(int curl_code);
  void fail(const std::string& cause);

  std::string shown_;
  DownloadOptions options_;
  std::unique_ptr<Transfer> transfer_;
  Response response_;
  std::string pending_;  // body received, not yet read
  std::size_t pending_from_ = 0;
  bool paused_ = false;
  bool done_ = false;
  bool body_started_ = false;
  std::uint64_t bytes_ = 0;
  std::string refusal_;  // why take_body() refused the body
  std::string error_;
};

}  // namespace syncfeed::net
