#include "feed/reader/input_guard.h"

#include <memory>

#include <xercesc/util/BinInputStream.hpp>

namespace syncfeed {
namespace {

using namespace xercesc;

class GuardedStream final : public BinInputStream {
 public:
  GuardedStream(BinInputStream* inner, InputGuard& guard) : inner_(inner), guard_(guard) {}
  XMLFilePos curPos() const override { return inner_->curPos(); }
  XMLSize_t readBytes(XMLByte* const to_fill, const XMLSize_t max_to_read) override {
    const XMLSize_t n = inner_->readBytes(to_fill, max_to_read);
    guard_.consumed(to_fill, n);
    return n;
  }
  const XMLCh* getContentType() const override { return inner_->getContentType(); }
  const XMLCh* getEncoding() const override { return inner_->getEncoding(); }

 private:
  std::unique_ptr<BinInputStream> inner_;
  InputGuard& guard_;
};

}  // namespace

BinInputStream* GuardedInputSource::makeStream() const {
  BinInputStream* inner = inner_.makeStream();
  if (!inner) return nullptr;  // the parser reports that the input cannot be opened
  return new GuardedStream(inner, guard_);
}

}  // namespace syncfeed
