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

#include "feed/utf8_validator.h"

namespace syncfeed {

class InputGuard {
 public:
  // Thrown out of the parser when more than limit() bytes pass without an event.
  struct Exceeded {};
  // Thrown out of the parser at the first byte that is not UTF-8, once the
  // document is known to be UTF-8 (expect_utf8).
  struct NotUtf8 {};

  // `total`, when set, also counts every byte read (ReadOptions::bytes_read).
  // `checked_utf8`: the bytes are known to be UTF-8 (ReadOptions::checked_utf8).
  explicit InputGuard(std::uint64_t limit, std::atomic<std::uint64_t>* total = nullptr, bool checked_utf8 = false)
      : limit_(limit), total_(total), utf8_(checked_utf8 ? Utf8::Checked : Utf8::Unknown) {}
  // The parser reported something: the count starts again.
  void progress() { since_progress_ = 0; }
  // `n` more bytes were read from the input.
  void consumed(const unsigned char* data, std::uint64_t n) {
    if (total_) total_->fetch_add(n, std::memory_order_relaxed);
    since_progress_ += n;
    if (since_progress_ > limit_) throw Exceeded{};
    // Every byte is checked from the first one: Xerces reads ahead of the XML
    // declaration that says whether these bytes are meant to be UTF-8.
    if (utf8_ == Utf8::Unknown || utf8_ == Utf8::Yes)  // not No (another encoding), not Checked (before)
      if (!validator_.feed(data, n) && utf8_ == Utf8::Yes) throw NotUtf8{};
  }
  // The reader learnt the document's encoding: UTF-8 (`yes`) or another.
  // Throws NotUtf8 at once when a byte read so far was not UTF-8.
  void expect_utf8(bool yes) {
    if (utf8_ == Utf8::Checked) return;
    utf8_ = yes ? Utf8::Yes : Utf8::No;
    if (yes && !validator_.valid()) throw NotUtf8{};
  }
  std::uint64_t limit() const { return limit_; }

 private:
  std::uint64_t limit_;
  std::atomic<std::uint64_t>* total_;
  std::uint64_t since_progress_ = 0;
  enum class Utf8 : std::uint8_t { Unknown, Yes, No, Checked } utf8_;
  Utf8Validator validator_;
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
