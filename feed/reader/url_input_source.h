// A URL as Xerces reads it: the body of a net::Download, pulled by the parser
// block by block as it parses (no copy on disk, memory bounded). A download
// that fails (an HTTP error, a refused connection, TLS, a timeout, a body cut
// short) throws InputFailed out of the parser (feed/reader/input_failed.h).
#pragma once

#include <string>

#include <xercesc/sax/InputSource.hpp>

#include "feed/reader/input_failed.h"
#include "net/download_options.h"

namespace syncfeed {

class UrlInputSource final : public xercesc::InputSource {
 public:
  UrlInputSource(std::string url, const net::DownloadOptions& options);
  xercesc::BinInputStream* makeStream() const override;

 private:
  std::string url_;
  const net::DownloadOptions& options_;
};

}  // namespace syncfeed
