#include "feed/reader/url_input_source.h"

#include <memory>

#include <xercesc/util/BinInputStream.hpp>

#include "net/download.h"

namespace syncfeed {
namespace {

using namespace xercesc;

class DownloadStream final : public BinInputStream {
 public:
  DownloadStream(const std::string& url, const net::DownloadOptions& options) : download_(url, options) {}
  XMLFilePos curPos() const override { return position_; }
  XMLSize_t readBytes(XMLByte* const to_fill, const XMLSize_t max_to_read) override {
    const std::size_t n = download_.read(to_fill, max_to_read);
    if (download_.failed()) throw InputFailed{download_.error()};
    position_ += n;
    return n;
  }
  const XMLCh* getContentType() const override { return nullptr; }

 private:
  net::Download download_;
  XMLFilePos position_ = 0;
};

}  // namespace

UrlInputSource::UrlInputSource(std::string url, const net::DownloadOptions& options)
    : url_(std::move(url)), options_(options) {}

BinInputStream* UrlInputSource::makeStream() const { return new DownloadStream(url_, options_); }

}  // namespace syncfeed
