// The plan pass's byte searches and marks (feed/reader/byte_search.h) and the UTF-8
// validator's ASCII skip (feed/utf8_validator.h): the SSE2 versions, the
// portable ones that other targets build, and a byte-by-byte loop give the
// same answer from every start to every end of buffers where the bytes looked
// for stand at every place relative to the 8- and 16-byte steps.
#include <rapidcheck/catch.h>
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "feed/reader/byte_search.h"
#include "feed/utf8_validator.h"

using namespace syncfeed;

namespace {

std::size_t naive_find_any(const std::string& s, std::size_t i, std::size_t size, char a, char b, char c) {
  for (; i < size; ++i)
    if (s[i] == a || s[i] == b || s[i] == c) return i;
  return size;
}

std::size_t naive_skip_ascii(const std::string& s, std::size_t i, std::size_t n) {
  while (i < n && static_cast<unsigned char>(s[i]) < 0x80) ++i;
  return i;
}

// A buffer of `n` bytes, mostly 'x', with the bytes of `sparse` where `gen` puts them.
std::string sparse_buffer(std::size_t n, std::string_view sparse) {
  std::string s(n, 'x');
  const int marks = *rc::gen::inRange(0, 5);
  for (int k = 0; k < marks; ++k)
    s[*rc::gen::inRange<std::size_t>(0, n)] = sparse[*rc::gen::inRange<std::size_t>(0, sparse.size())];
  return s;
}

}  // namespace

TEST_CASE("the byte searches agree with a byte-by-byte loop, SSE2 and portable", "[byte_search]") {
  rc::prop("find_any and find_byte, every start and end", [] {
    const std::string s = sparse_buffer(*rc::gen::inRange<std::size_t>(1, 80), "<>\"'\x80\xff");
    for (std::size_t size = 0; size <= s.size(); ++size) {
      for (std::size_t i = 0; i <= size; ++i) {
        const std::size_t any = naive_find_any(s, i, size, '>', '"', '\'');
        const std::size_t one = naive_find_any(s, i, size, '<', '<', '<');
        RC_ASSERT(byte_search::swar::find_any(s.data(), i, size, '>', '"', '\'') == any);
        RC_ASSERT(byte_search::swar::find_byte(s.data(), i, size, '<') == one);
        RC_ASSERT(byte_search::find_any(s.data(), i, size, '>', '"', '\'') == any);
        RC_ASSERT(byte_search::find_byte(s.data(), i, size, '<') == one);
#if defined(__SSE2__)
        RC_ASSERT(byte_search::sse2::find_any(s.data(), i, size, '>', '"', '\'') == any);
        RC_ASSERT(byte_search::sse2::find_byte(s.data(), i, size, '<') == one);
#endif
      }
    }
  });
  SECTION("a byte with its high bit set is not taken for one without") {
    const std::string s = std::string(40, '\xBC') + ">" + std::string(40, '\xA2') + "<";  // '<' | 0x80, '"' | 0x80
    CHECK(byte_search::find_any(s.data(), 0, s.size(), '>', '"', '\'') == 40);
    CHECK(byte_search::find_byte(s.data(), 0, s.size(), '<') == 81);
    CHECK(byte_search::swar::find_byte(s.data(), 0, s.size(), '<') == 81);
  }
}

TEST_CASE("the byte count agrees with a byte-by-byte loop, SSE2 and portable", "[byte_search]") {
  rc::prop("every start and end", [] {
    const std::string s = sparse_buffer(*rc::gen::inRange<std::size_t>(1, 80), "\n\x8a\r");
    for (std::size_t size = 0; size <= s.size(); ++size) {
      for (std::size_t i = 0; i <= size; ++i) {
        const auto expected = static_cast<std::uint64_t>(
            std::count(s.begin() + static_cast<long>(i), s.begin() + static_cast<long>(size), '\n'));
        RC_ASSERT(byte_search::swar::count_byte(s.data(), i, size, '\n') == expected);
        RC_ASSERT(byte_search::count_byte(s.data(), i, size, '\n') == expected);
#if defined(__SSE2__)
        RC_ASSERT(byte_search::sse2::count_byte(s.data(), i, size, '\n') == expected);
#endif
      }
    }
  });
  SECTION("past 255 blocks of sixteen bytes, where the lanes are summed") {
    const std::string lines(16 * 600 + 5, '\n');
    CHECK(byte_search::count_byte(lines.data(), 0, lines.size(), '\n') == lines.size());
    CHECK(byte_search::swar::count_byte(lines.data(), 0, lines.size(), '\n') == lines.size());
  }
}

TEST_CASE("the marks of 32 bytes agree with a byte-by-byte loop, SSE2 and portable", "[byte_search]") {
  rc::prop("every start", [] {
    const std::string s = sparse_buffer(*rc::gen::inRange<std::size_t>(32, 80), "<>\"'#&$%\x80\xff\xbc\xbe\xa2\xa7");
    for (std::size_t i = 0; i + 32 <= s.size(); ++i) {
      byte_search::Marks expected;
      for (std::uint32_t k = 0; k < 32; ++k) {
        const char c = s[i + k];
        expected.open |= std::uint32_t{c == '<'} << k;
        expected.close |= std::uint32_t{c == '>' || c == '"' || c == '\'' || c == '#' || c == '&'} << k;
      }
      const byte_search::Marks portable = byte_search::swar::mark32(s.data() + i);
      RC_ASSERT(portable.open == expected.open);
      RC_ASSERT(portable.close == expected.close);
#if defined(__SSE2__)
      const byte_search::Marks sse2 = byte_search::sse2::mark32(s.data() + i);
      RC_ASSERT(sse2.open == expected.open);
      RC_ASSERT(sse2.close == expected.close);
#endif
    }
  });
}

TEST_CASE("the UTF-8 validator's ASCII skip agrees with a byte-by-byte loop, SSE2 and portable", "[byte_search]") {
  rc::prop("every start and end", [] {
    const std::string s = sparse_buffer(*rc::gen::inRange<std::size_t>(1, 80), "\x80\xC3\xff\x7f");
    const auto* data = reinterpret_cast<const unsigned char*>(s.data());
    for (std::size_t n = 0; n <= s.size(); ++n) {
      for (std::size_t i = 0; i <= n; ++i) {
        const std::size_t expected = naive_skip_ascii(s, i, n);
        RC_ASSERT(ascii::skip_swar(data, i, n) == expected);
#if defined(__SSE2__)
        RC_ASSERT(ascii::skip_sse2(data, i, n) == expected);
#endif
      }
    }
  });
}
