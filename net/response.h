// What the headers of the last response said (redirects followed): its
// status and how the body is encoded. Filled in by curl's header callback.
#pragma once

#include <cstddef>
#include <string>

namespace syncfeed::net {

struct Response {
  int status = 0;                // 0: no HTTP status line (yet, or FTP)
  std::string reason;            // "Not Found"; empty with HTTP/2
  std::string content_encoding;  // "gzip"; empty: the body is sent as it is

  // "HTTP 404 Not Found"; empty without a status.
  std::string status_text() const;
  bool is_error() const { return status >= 400; }
  // One header line as curl hands it (status lines included, CRLF at the end).
  void take_header_line(const char* data, std::size_t n);
  static std::size_t on_header(char* data, std::size_t size, std::size_t count, void* response);
};

}  // namespace syncfeed::net
