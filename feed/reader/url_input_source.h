// A URL as Xerces reads it: the body of a net::Download, pulled by the parser
// block by block as it parses (no copy on disk, memory bounded). A download
// that fails (an HTTP error, a refused connection, TLS, a timeout, a body cut
// short) throws DownloadFailed out of the parser, which read_feed turns into
// an I/O error: never a half-read feed taken for a whole one.
#pragma once

#include <string>

#include <xercesc/sax/InputSource.hpp>

#include "net/download_options.h"

namespace syncfeed {

struct DownloadFailed {
  std::string message;  // net::Download::error(): one line, the URL's password masked
};

class UrlInputSource final : public xercesc::InputSource {
 public:
  UrlInputSource(std::string url, const net::DownloadOptions& options);
  xercesc::BinInputStream* makeStream() const override;

 private:
  std::string url_;
  const net::DownloadOptions& options_;
};

}  // namespace syncfeed
