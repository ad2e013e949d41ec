// The byte searches of the part plan's pass (part_plan.cpp): the first of one
// to three bytes in a range; and the count of a byte (a part's line feeds,
// parts_reader.cpp). The text and tags the pass skips are mostly
// shorter than a call to memchr pays for (about ten bytes each in a feed), so
// the searches are inline: sixteen bytes at a time with SSE2 (always there on
// x86-64), eight at a time in a 64-bit word (SWAR) elsewhere. Both are
// compiled everywhere SSE2 is, so that the tests compare them
// (tests/feed/byte_search_test.cpp).
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace syncfeed::byte_search {

namespace swar {

// 0x80 in each byte of `word` that equals `byte`, and only there (a zero
// byte of word ^ byte is the one whose low seven bits do not carry into its
// top bit when 0x7F is added, and whose top bit is clear).
inline std::uint64_t bytes_equal(std::uint64_t word, char byte) {
  constexpr std::uint64_t kLow7 = 0x7F7F7F7F7F7F7F7Full;
  const std::uint64_t x = word ^ (0x0101010101010101ull * static_cast<unsigned char>(byte));
  return ~(((x & kLow7) + kLow7) | x | kLow7);
}
inline std::uint64_t load8(const char* at) {
  std::uint64_t word;
  std::memcpy(&word, at, 8);
  return word;
}
inline std::size_t first_marked(std::uint64_t mask) {
  if constexpr (std::endian::native == std::endian::little) return static_cast<std::size_t>(std::countr_zero(mask)) / 8;
  return static_cast<std::size_t>(std::countl_zero(mask)) / 8;
}

// The first of `a`, `b` or `c` in data[i, size), or size.
inline std::size_t find_any(const char* data, std::size_t i, std::size_t size, char a, char b, char c) {
  for (; i + 8 <= size; i += 8) {
    const std::uint64_t word = load8(data + i);
    const std::uint64_t mask = bytes_equal(word, a) | bytes_equal(word, b) | bytes_equal(word, c);
    if (mask) return i + first_marked(mask);
  }
  for (; i < size; ++i)
    if (data[i] == a || data[i] == b || data[i] == c) return i;
  return size;
}
inline std::size_t find_byte(const char* data, std::size_t i, std::size_t size, char a) {
  for (; i + 8 <= size; i += 8)
    if (const std::uint64_t mask = bytes_equal(load8(data + i), a)) return i + first_marked(mask);
  for (; i < size; ++i)
    if (data[i] == a) return i;
  return size;
}

// How many bytes of data[i, size) equal `a`.
inline std::uint64_t count_byte(const char* data, std::size_t i, std::size_t size, char a) {
  std::uint64_t n = 0;
  for (; i + 8 <= size; i += 8)
    n += ((bytes_equal(load8(data + i), a) >> 7) * 0x0101010101010101ull) >> 56;  // summed in the top byte
  for (; i < size; ++i) n += data[i] == a;
  return n;
}

}  // namespace swar

#if defined(__SSE2__)
namespace sse2 {

inline __m128i load16(const char* at) { return _mm_loadu_si128(reinterpret_cast<const __m128i*>(at)); }
inline std::size_t first_set(int mask) {
  return static_cast<std::size_t>(std::countr_zero(static_cast<unsigned>(mask)));
}

// As swar::find_any; the last bytes (fewer than sixteen) are left to it, so
// that nothing past `size` is read.
inline std::size_t find_any(const char* data, std::size_t i, std::size_t size, char a, char b, char c) {
  const __m128i va = _mm_set1_epi8(a), vb = _mm_set1_epi8(b), vc = _mm_set1_epi8(c);
  for (; i + 16 <= size; i += 16) {
    const __m128i block = load16(data + i);
    const __m128i hits =
        _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(block, va), _mm_cmpeq_epi8(block, vb)), _mm_cmpeq_epi8(block, vc));
    if (const int mask = _mm_movemask_epi8(hits)) return i + first_set(mask);
  }
  return swar::find_any(data, i, size, a, b, c);
}
inline std::size_t find_byte(const char* data, std::size_t i, std::size_t size, char a) {
  const __m128i va = _mm_set1_epi8(a);
  for (; i + 16 <= size; i += 16)
    if (const int mask = _mm_movemask_epi8(_mm_cmpeq_epi8(load16(data + i), va))) return i + first_set(mask);
  return swar::find_byte(data, i, size, a);
}

// As swar::count_byte. Each compare gives 0xFF (-1) where `a` is; subtracting
// it counts per byte lane, summed before a lane can pass 255. (No popcount:
// without -mpopcnt it is a library call.)
inline std::uint64_t count_byte(const char* data, std::size_t i, std::size_t size, char a) {
  const __m128i va = _mm_set1_epi8(a);
  std::uint64_t n = 0;
  while (i + 16 <= size) {
    __m128i lanes = _mm_setzero_si128();
    for (int k = 0; k < 255 && i + 16 <= size; ++k, i += 16)
      lanes = _mm_sub_epi8(lanes, _mm_cmpeq_epi8(load16(data + i), va));
    const __m128i sums = _mm_sad_epu8(lanes, _mm_setzero_si128());  // two 64-bit sums of eight lanes
    n += static_cast<std::uint64_t>(_mm_cvtsi128_si64(sums)) +
         static_cast<std::uint64_t>(_mm_cvtsi128_si64(_mm_unpackhi_epi64(sums, sums)));
  }
  return n + swar::count_byte(data, i, size, a);
}

}  // namespace sse2
#endif

// What the pass uses: SSE2 where the target has it.
inline std::size_t find_any(const char* data, std::size_t i, std::size_t size, char a, char b, char c) {
#if defined(__SSE2__)
  return sse2::find_any(data, i, size, a, b, c);
#else
  return swar::find_any(data, i, size, a, b, c);
#endif
}
inline std::size_t find_byte(const char* data, std::size_t i, std::size_t size, char a) {
#if defined(__SSE2__)
  return sse2::find_byte(data, i, size, a);
#else
  return swar::find_byte(data, i, size, a);
#endif
}
inline std::uint64_t count_byte(const char* data, std::size_t i, std::size_t size, char a) {
#if defined(__SSE2__)
  return sse2::count_byte(data, i, size, a);
#else
  return swar::count_byte(data, i, size, a);
#endif
}

// Where '<' stands, and where '>' or a quote may stand, in the 32 bytes from
// `at`: bit k for at[k]. The pass reads most text and the tag after it with
// one call (a feed's are about ten bytes each): where the tag ends then does
// not wait for a second load that starts where the '<' is. `close` also
// marks '#' and '&': the bytes that are 0x27 once 0x05 is or-ed in are the
// two quotes and these two, one compare for four bytes; the pass reads a tag
// with any of them the long way.
struct Marks {
  std::uint32_t open = 0, close = 0;
};
// The bytes `close` marks besides '>'.
inline bool quote_like(char c) { return (c | 0x05) == 0x27; }

namespace swar {

// The top bits of the bytes of `marked` (0x80 or 0) as eight bits, the first byte's lowest.
inline std::uint32_t gather(std::uint64_t marked) {
  return static_cast<std::uint32_t>(((marked >> 7) * 0x0102040810204080ull) >> 56);
}
inline Marks mark32(const char* at) {
  Marks marks;
  for (int k = 0; k < 4; ++k) {
    if constexpr (std::endian::native == std::endian::little) {
      const std::uint64_t word = load8(at + 8 * k);
      marks.open |= gather(bytes_equal(word, '<')) << (8 * k);
      marks.close |= gather(bytes_equal(word, '>') | bytes_equal(word | 0x0505050505050505ull, 0x27)) << (8 * k);
    } else {
      for (int b = 8 * k; b < 8 * k + 8; ++b) {
        marks.open |= std::uint32_t{at[b] == '<'} << b;
        marks.close |= std::uint32_t{at[b] == '>' || quote_like(at[b])} << b;
      }
    }
  }
  return marks;
}

}  // namespace swar

#if defined(__SSE2__)
namespace sse2 {

inline Marks mark32(const char* at) {
  const __m128i open = _mm_set1_epi8('<'), gt = _mm_set1_epi8('>'), five = _mm_set1_epi8(0x05),
                quote = _mm_set1_epi8(0x27);
  auto close = [&](__m128i block) {
    return _mm_or_si128(_mm_cmpeq_epi8(block, gt), _mm_cmpeq_epi8(_mm_or_si128(block, five), quote));
  };
  const __m128i low = load16(at), high = load16(at + 16);
  auto bits = [](__m128i low_marked, __m128i high_marked) {
    return static_cast<std::uint32_t>(_mm_movemask_epi8(low_marked)) |
           static_cast<std::uint32_t>(_mm_movemask_epi8(high_marked)) << 16;
  };
  return {bits(_mm_cmpeq_epi8(low, open), _mm_cmpeq_epi8(high, open)), bits(close(low), close(high))};
}

}  // namespace sse2
#endif

inline Marks mark32(const char* at) {
#if defined(__SSE2__)
  return sse2::mark32(at);
#else
  return swar::mark32(at);
#endif
}

}  // namespace syncfeed::byte_search
