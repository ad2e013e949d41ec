// A streaming UTF-8 validator for the raw bytes of a feed, fed block by block
// as Xerces reads them. Xerces's own UTF-8 decoder lets the lead bytes F5, F6
// and F7 through (it decodes them past U+10FFFF into surrogates that do not
// pair) wherever it does not check characters: in comments, processing
// instructions and, past the first block, in values too. The reader then
// handed on text that is not Unicode and Xerces counted byte offsets wrongly
// (diff read records back from the wrong bytes). Found by diff_delta_fuzzer.
//
// Strict RFC 3629: no overlong forms, no surrogates, nothing past U+10FFFF.
// No line or column is kept: once a bad byte is known, the reader locates it
// by reading the file again with feed/utf.h's Utf8ErrorLocator, which counts lines
// and columns over this same validator.
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace syncfeed {

// Past the ASCII bytes of data[i, n) (a feed is mostly ASCII, which needs no
// check): the index of the first byte with its high bit set, or n. Eight
// bytes at a time in a 64-bit word, or sixteen (two blocks a step) with SSE2,
// always there on x86-64; both are compiled where SSE2 is, so that the tests
// compare them.
namespace ascii {

inline std::size_t skip_swar(const unsigned char* data, std::size_t i, std::size_t n) {
  for (; i + 8 <= n; i += 8) {
    std::uint64_t word;
    std::memcpy(&word, data + i, 8);
    if (word & 0x8080808080808080ull) break;
  }
  while (i < n && data[i] < 0x80) ++i;
  return i;
}

#if defined(__SSE2__)
inline std::size_t skip_sse2(const unsigned char* data, std::size_t i, std::size_t n) {
  auto load = [data](std::size_t at) { return _mm_loadu_si128(reinterpret_cast<const __m128i*>(data + at)); };
  for (; i + 32 <= n; i += 32)
    if (_mm_movemask_epi8(_mm_or_si128(load(i), load(i + 16)))) break;
  for (; i + 16 <= n; i += 16)
    if (const int high = _mm_movemask_epi8(load(i)))
      return i + static_cast<std::size_t>(std::countr_zero(static_cast<unsigned>(high)));
  return skip_swar(data, i, n);
}
#endif

}  // namespace ascii

class Utf8Validator {
 public:
  // Validates the next `n` bytes; false once any byte so far was invalid.
  bool feed(const unsigned char* data, std::size_t n) {
    if (invalid_) return false;
    std::size_t i = 0;
    while (i < n) {
      if (pending_ == 0) {
        i = skip_ascii(data, i, n);
        if (i == n) break;
        if (two_bytes(data, i, n)) {  // most letters past ASCII in a feed (ă, ș, é): no state to keep
          i += 2;
          continue;
        }
        if (!start(data[i++])) return invalid_ = true, false;
      } else {
        const unsigned char b = data[i++];
        if (b < low_ || b > high_) return invalid_ = true, false;
        low_ = 0x80;
        high_ = 0xBF;
        --pending_;
      }
    }
    return true;
  }
  bool valid() const { return !invalid_; }
  // Inside a multi-byte sequence: the last byte fed was not the end of a character.
  bool mid_sequence() const { return pending_ > 0; }

 private:
  static std::size_t skip_ascii(const unsigned char* data, std::size_t i, std::size_t n) {
#if defined(__SSE2__)
    return ascii::skip_sse2(data, i, n);
#else
    return ascii::skip_swar(data, i, n);
#endif
  }

  // A whole two-byte sequence at data[i].
  static bool two_bytes(const unsigned char* data, std::size_t i, std::size_t n) {
    return data[i] >= 0xC2 && data[i] < 0xE0 && i + 1 < n && (data[i + 1] & 0xC0) == 0x80;
  }

  // A lead byte: how many continuation bytes follow, and the range of the first.
  bool start(unsigned char b) {
    if (b < 0xC2) return false;  // a continuation byte, or an overlong two-byte form
    if (b < 0xE0) return expect(1, 0x80, 0xBF);
    if (b < 0xF0) return expect(2, b == 0xE0 ? 0xA0 : 0x80, b == 0xED ? 0x9F : 0xBF);  // no overlong, no surrogate
    if (b < 0xF5) return expect(3, b == 0xF0 ? 0x90 : 0x80, b == 0xF4 ? 0x8F : 0xBF);  // up to U+10FFFF
    return false;
  }
  bool expect(int pending, unsigned char low, unsigned char high) {
    pending_ = pending;
    low_ = low;
    high_ = high;
    return true;
  }

  int pending_ = 0;           // continuation bytes still expected
  unsigned char low_ = 0x80;  // the range of the next one
  unsigned char high_ = 0xBF;
  bool invalid_ = false;
};

}  // namespace syncfeed
