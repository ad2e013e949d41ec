// Xerces's UTF-8 decoder with its ASCII runs taken sixteen bytes at a time.
//
// Xerces decodes every UTF-8 document to UTF-16 before it scans it, one byte
// at a time (XMLUTF8Transcoder::transcodeFrom): about 5 % of a lint. A feed
// is nearly all ASCII, which widens to UTF-16 sixteen bytes at a time with
// SSE2, and most of its other letters take two bytes, decoded in line;
// everything else (a longer sequence, a byte that is not UTF-8) is handed to
// Xerces's own decoder, so that what is decoded, how many bytes are eaten,
// and what is thrown for bad bytes stay Xerces's
// (tests/feed/utf8_transcoder_test.cpp compares the two).
#pragma once

#include <xercesc/util/XMLUTF8Transcoder.hpp>

namespace syncfeed {

class Utf8Transcoder final : public xercesc::XMLUTF8Transcoder {
 public:
  using XMLUTF8Transcoder::XMLUTF8Transcoder;

  XMLSize_t transcodeFrom(const XMLByte* src, XMLSize_t src_count, XMLCh* to_fill, XMLSize_t max_chars,
                          XMLSize_t& bytes_eaten, unsigned char* char_sizes) override;
};

// Makes Utf8Transcoder the decoder of every document Xerces reads as UTF-8
// (sensed, declared or given by a byte order mark). Once, after
// XMLPlatformUtils::Initialize.
void install_utf8_transcoder();

}  // namespace syncfeed
