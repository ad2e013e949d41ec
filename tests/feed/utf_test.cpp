// feed/utf.h: append_utf8, the reader's hottest conversion (every name, value
// and comment Xerces hands over in UTF-16). These tests hold it to a plain
// loop, one unit at a time, on text where ASCII runs end at every offset.
#include <rapidcheck/catch.h>
#include <catch2/catch.hpp>

#include "feed/utf.h"

using namespace syncfeed;

namespace {

// The plain loop: a surrogate pair is one four-byte character, a lone
// surrogate its own three bytes (as Xerces never hands one over from a
// well-formed document, nothing more is asked of it).
std::string reference_utf8(std::u16string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    char32_t c = s[i];
    if (c >= 0xD800 && c < 0xDC00 && i + 1 < s.size() && s[i + 1] >= 0xDC00 && s[i + 1] < 0xE000)
      c = 0x10000 + ((c - 0xD800) << 10) + (s[++i] - 0xDC00);
    if (c < 0x80) {
      out += static_cast<char>(c);
    } else if (c < 0x800) {
      out += static_cast<char>(0xC0 | (c >> 6));
      out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
      out += static_cast<char>(0xE0 | (c >> 12));
      out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (c >> 18));
      out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (c & 0x3F));
    }
  }
  return out;
}

std::string appended(std::string before, std::u16string_view s) {
  append_utf8(before, s.data(), s.size());
  return before;
}

// Mostly ASCII, as feeds are, with the units that need care among it.
rc::Gen<char16_t> feed_unit() {
  return rc::gen::weightedOneOf<char16_t>({
      {12, rc::gen::inRange<char16_t>(0x20, 0x7F)},
      {1, rc::gen::element<char16_t>(0x00, 0x7F, 0x80, 0xE1, 0x151, 0x7FF, 0x800, 0x20AC, 0xFFFD, 0xFFFF)},
      {1, rc::gen::inRange<char16_t>(0x80, 0xD800)},
      {1, rc::gen::inRange<char16_t>(0xD800, 0xE000)},  // surrogates, paired or not
      {1, rc::gen::inRange<char16_t>(0xE000, 0xFFFF)},
  });
}

}  // namespace

TEST_CASE("append_utf8 converts as one unit at a time would", "[utf]") {
  CHECK(appended("", u"") == "");
  CHECK(appended("kept ", u"Mátra & Fiai Kft.") == "kept Mátra & Fiai Kft.");
  CHECK(appended("", u"Őrség utca 12345678 – Ünnep 😀") == "Őrség utca 12345678 – Ünnep 😀");
  CHECK(appended("", u"abcdefgh\u00e9") == "abcdefgh\xc3\xa9");  // the first non-ASCII unit just past eight
  CHECK(appended("", u"abcdefg\u00e9h") == "abcdefg\xc3\xa9h");  // inside the first eight
  // A lone high surrogate at the end, and one before a letter: three bytes each.
  const std::u16string lone{u'a', char16_t(0xD83D)};
  CHECK(appended("", lone) == reference_utf8(lone));
  const std::u16string lone_then_letter{char16_t(0xD83D), u'x', char16_t(0xDE00)};
  CHECK(appended("", lone_then_letter) == reference_utf8(lone_then_letter));
  // Every position of one non-ASCII unit in a run of 40 ASCII letters.
  for (std::size_t at = 0; at < 40; ++at) {
    std::u16string s(40, u'x');
    s[at] = u'é';
    CHECK(appended("", s) == reference_utf8(s));
  }
}

TEST_CASE("append_utf8 equals the plain loop on random text", "[utf][property]") {
  rc::prop("feed-like text", [] {
    const auto units = *rc::gen::container<std::vector<char16_t>>(feed_unit());
    const std::u16string s(units.begin(), units.end());
    const auto before = *rc::gen::container<std::string>(rc::gen::inRange<char>('a', 'z'));
    RC_ASSERT(appended(before, s) == before + reference_utf8(s));
  });
  rc::prop("any units", [](const std::vector<char16_t>& units) {
    const std::u16string s(units.begin(), units.end());
    RC_ASSERT(appended("", s) == reference_utf8(s));
  });
}
