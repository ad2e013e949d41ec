// A bound on how much input the parser may read without reporting anything.
//
// Xerces streams values (characters() comes in chunks, and the reader stops a
// value at ReadOptions::max_text), but it holds a whole element name,
// attribute, comment, processing instruction or CDATA section in memory, as
// UTF-16 in buffers that double as they grow, before it reports it. A 64 MB
// element name cost 700 MB. The guard sits between the parser and the bytes:
// the reader calls progress() at every event, and a read that takes the input
// consumed since the last event past the limit throws InputGuard::Exceeded,
// which the reader turns into an input-limit finding where the parser stood.
// Memory then stays bounded by a small multiple of the limit, whatever the
// input.
#pragma once

#include <atomic>
#include <cstdint>

#include <xercesc/sax/InputSource.hpp>

namespace syncfeed {

class InputGuard {
 public:
  // Thrown out of the parser when more than limit() bytes pass without an event.
  struct Exceeded {};

  // `total`, when set, also counts every byte read (ReadOptions::bytes_read).
  explicit InputGuard(std::uint64_t limit, std::atomic<std::uint64_t>* total = nullptr)
      : limit_(limit), total_(total) {}
  // The parser reported something: the count starts again.
  void progress() { since_progress_ = 0; }
  // `bytes` more were read from the input.
  void consumed(std::uint64_t bytes) {
    if (total_) total_->fetch_add(bytes, std::memory_order_relaxed);
    since_progress_ += bytes;
    if (since_progress_ > limit_) throw Exceeded{};
  }
  std::uint64_t limit() const { return limit_; }

 private:
  std::uint64_t limit_;
  std::atomic<std::uint64_t>* total_;
  std::uint64_t since_progress_ = 0;
};

// `inner` as the parser sees it, its bytes counted by `guard`. Both must
// outlive the parse.
class GuardedInputSource final : public xercesc::InputSource {
 public:
  GuardedInputSource(xercesc::InputSource& inner, InputGuard& guard) : inner_(inner), guard_(guard) {}
  xercesc::BinInputStream* makeStream() const override;
  const XMLCh* getEncoding() const override { return inner_.getEncoding(); }
  const XMLCh* getPublicId() const override { return inner_.getPublicId(); }
  const XMLCh* getSystemId() const override { return inner_.getSystemId(); }
  bool getIssueFatalErrorIfNotFound() const override { return inner_.getIssueFatalErrorIfNotFound(); }

 private:
  xercesc::InputSource& inner_;
  InputGuard& guard_;
};

}  // namespace syncfeed
