#include "feed/reader/growing_file_input_source.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <xercesc/util/BinInputStream.hpp>

namespace syncfeed {
namespace {

using namespace xercesc;

class GrowingFileStream final : public BinInputStream {
 public:
  GrowingFileStream(int fd, const std::string& path, const GrowingFile& file) : fd_(fd), path_(path), file_(file) {}
  ~GrowingFileStream() override { ::close(fd_); }
  XMLFilePos curPos() const override { return position_; }
  XMLSize_t readBytes(XMLByte* const to_fill, const XMLSize_t max_to_read) override {
    const std::uint64_t size = file_.wait_beyond(position_);
    if (size <= position_) {
      if (std::optional<std::string> failure = file_.failure()) throw InputFailed{*failure};
      return 0;  // whole, and read to its end
    }
    // Only bytes the writer said are there: they are whole in the file.
    const std::size_t wanted = static_cast<std::size_t>(std::min<std::uint64_t>(max_to_read, size - position_));
    ssize_t n;
    do n = ::pread(fd_, to_fill, wanted, static_cast<off_t>(position_));
    while (n < 0 && errno == EINTR);
    if (n <= 0) throw InputFailed{"cannot read " + path_ + ": " + (n < 0 ? std::strerror(errno) : "it shrank")};
    position_ += static_cast<std::uint64_t>(n);
    return static_cast<XMLSize_t>(n);
  }
  const XMLCh* getContentType() const override { return nullptr; }

 private:
  int fd_;
  std::string path_;
  const GrowingFile& file_;
  std::uint64_t position_ = 0;
};

}  // namespace

GrowingFileInputSource::GrowingFileInputSource(std::string path, const GrowingFile& file)
    : path_(std::move(path)), file_(file) {}

BinInputStream* GrowingFileInputSource::makeStream() const {
  const int fd = ::open(path_.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return nullptr;  // the parser reports that the input cannot be opened
  return new GrowingFileStream(fd, path_, file_);
}

}  // namespace syncfeed
