// How a URL is downloaded (net/download.h): credentials, the CA to trust,
// timeouts and the size limit. The defaults are those of the command line
// (docs/urls.md).
#pragma once

#include <cstdint>
#include <functional>
#include <string>

namespace syncfeed::net {

struct DownloadOptions {
  // "USER:PASSWORD" for the server (--user); empty: the URL's own, else the
  // .netrc entry for the host, else none.
  std::string user;
  // The .netrc to look credentials up in; empty: ~/.netrc (when it exists).
  std::string netrc_file;
  // A PEM file of the certificate authorities to trust instead of the
  // system's (--cacert): a private CA, a test server's own certificate.
  // Certificates are always verified.
  std::string ca_file;
  long connect_timeout_seconds = 30;
  // The transfer fails when fewer than low_speed_limit bytes a second
  // arrive for low_speed_time_seconds in a row (a server that stalls).
  long low_speed_time_seconds = 60;
  long low_speed_limit = 1;
  // Bytes of body, as decoded (a gzip body is counted unpacked): past
  // this the download fails. 4 GiB: four times the largest real feed seen.
  std::uint64_t max_bytes = std::uint64_t{4} << 30;
  long max_redirects = 5;
  // Called once with the size of the body when the server announces it
  // (Content-Length, not for an encoded body), from the reading thread.
  std::function<void(std::uint64_t)> size_known;
};

}  // namespace syncfeed::net
