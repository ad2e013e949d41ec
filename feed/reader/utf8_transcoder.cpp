#include "feed/reader/utf8_transcoder.h"

#include <algorithm>
#include <bit>

#include <xercesc/framework/XMLRecognizer.hpp>
#include <xercesc/util/TransENameMap.hpp>
#include <xercesc/util/XMLUni.hpp>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace syncfeed {
namespace {

using namespace xercesc;

// The longest sequence Xerces's decoder looks at from a lead byte (FC to FF
// announce five more bytes): it must see them all to decode or reject it
// rather than wait for more input.
constexpr XMLSize_t kLongestSequence = 6;

// Widens the ASCII bytes at the start of src[0, n) into out; returns how many.
XMLSize_t widen_ascii(const XMLByte* src, XMLSize_t n, XMLCh* out, unsigned char* sizes) {
  XMLSize_t i = 0;
#if defined(__SSE2__)
  const __m128i zero = _mm_setzero_si128();
  const __m128i ones = _mm_set1_epi8(1);
  for (; i + 16 <= n; i += 16) {
    const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(src + i));
    // All sixteen are written: past the ASCII ones they are written again later.
    _mm_storeu_si128(reinterpret_cast<__m128i*>(out + i), _mm_unpacklo_epi8(bytes, zero));
    _mm_storeu_si128(reinterpret_cast<__m128i*>(out + i + 8), _mm_unpackhi_epi8(bytes, zero));
    _mm_storeu_si128(reinterpret_cast<__m128i*>(sizes + i), ones);
    if (const int high = _mm_movemask_epi8(bytes))
      return i + static_cast<XMLSize_t>(std::countr_zero(static_cast<unsigned>(high)));
  }
#endif
  for (; i < n && src[i] < 0x80; ++i) {
    out[i] = src[i];
    sizes[i] = 1;
  }
  return i;
}

// Xerces keeps two tables of its own decoders: by name (for a document
// without an XML declaration, and for a declared encoding it did not sense;
// XMLTransService::addEncoding replaces an entry), and by the encoding it
// senses from the first bytes, a protected member of XMLTransService that a
// derived class reaches. Each adopts the maker and deletes the one it replaces.
class SensedEncodings final : public XMLTransService {
 public:
  static void sensed(XMLRecognizer::Encodings encoding, ENameMap* maker) {
    gMappingsRecognizer->setElementAt(maker, encoding);
  }
};

class Utf8TranscoderMaker final : public ENameMap {
 public:
  explicit Utf8TranscoderMaker(const XMLCh* name) : ENameMap(name) {}
  XMLTranscoder* makeNew(const XMLSize_t block_size, MemoryManager* const manager) const override {
    return new (manager) Utf8Transcoder(getKey(), block_size, manager);
  }
};

}  // namespace

XMLSize_t Utf8Transcoder::transcodeFrom(const XMLByte* src, XMLSize_t src_count, XMLCh* to_fill, XMLSize_t max_chars,
                                        XMLSize_t& bytes_eaten, unsigned char* char_sizes) {
  XMLSize_t in = 0, out = 0;
  while (in < src_count && out < max_chars) {
    const XMLSize_t ascii =
        widen_ascii(src + in, std::min(src_count - in, max_chars - out), to_fill + out, char_sizes + out);
    in += ascii;
    out += ascii;
    if (in == src_count || out == max_chars) break;
    // A letter of two bytes (most letters past ASCII in a feed: á, ő, ș, ț):
    // decoded as Xerces decodes it, C2 to DF then 80 to BF.
    if (in + 1 < src_count && src[in] >= 0xC2 && src[in] <= 0xDF && (src[in + 1] & 0xC0) == 0x80) {
      to_fill[out] = static_cast<XMLCh>(((src[in] & 0x1F) << 6) | (src[in + 1] & 0x3F));
      char_sizes[out] = 2;
      in += 2;
      ++out;
      continue;
    }
    // Other bytes past ASCII go to Xerces's decoder, up to the ASCII byte
    // after them, and at least a whole sequence's worth when there is one.
    XMLSize_t end = in;
    while (end < src_count && src[end] >= 0x80) ++end;
    end = std::min(src_count, std::max(end + 1, in + kLongestSequence));
    XMLSize_t eaten = 0;
    const XMLSize_t made =
        XMLUTF8Transcoder::transcodeFrom(src + in, end - in, to_fill + out, max_chars - out, eaten, char_sizes + out);
    in += eaten;
    out += made;
    if (eaten == 0) break;  // a sequence cut by the end of the input, or no room left for it
  }
  bytes_eaten = in;
  return out;
}

void install_utf8_transcoder() {
  // The names Xerces itself knows UTF-8 by (TransService.cpp), upper case as its table keeps them.
  static const XMLCh* const names[] = {XMLUni::fgUTF8EncodingString, XMLUni::fgUTF8EncodingString2};
  for (const XMLCh* name : names) {
    ENameMap* maker = new Utf8TranscoderMaker(name);
    XMLTransService::addEncoding(maker->getKey(), maker);
  }
  SensedEncodings::sensed(XMLRecognizer::UTF_8, new Utf8TranscoderMaker(XMLUni::fgUTF8EncodingString));
}

}  // namespace syncfeed
