// The streaming UTF-8 validator the reader runs over every byte it reads, and
// the locator built on it (feed/utf8_validator.h, feed/utf.h), against the
// Unicode standard's table of well-formed sequences and hand-picked sequences
// at the edges of RFC 3629.
// Replay a failure with RC_PARAMS="seed=N" build/tests/test_feed "[property]".
#include <rapidcheck/catch.h>

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "feed/utf.h"
#include "feed/utf8_validator.h"

using namespace syncfeed;

namespace {

// Feeds `bytes` in pieces cut at `cuts`; returns the [begin, end) of the piece
// during which the validator first failed, or nothing when it never did.
std::optional<std::pair<std::size_t, std::size_t>> failing_piece(const std::string& bytes,
                                                                 const std::vector<std::size_t>& cuts) {
  Utf8Validator validator;
  std::size_t at = 0;
  auto feed_up_to = [&](std::size_t end) {
    const std::size_t begin = at;
    at = end;
    return validator.feed(reinterpret_cast<const unsigned char*>(bytes.data()) + begin, end - begin);
  };
  for (std::size_t cut : cuts) {
    const std::size_t begin = at;
    if (!feed_up_to(std::min(at + cut, bytes.size()))) return std::pair(begin, at);
  }
  const std::size_t begin = at;
  if (!feed_up_to(bytes.size())) return std::pair(begin, at);
  return std::nullopt;
}

bool validate_in_pieces(const std::string& bytes, const std::vector<std::size_t>& cuts) {
  return !failing_piece(bytes, cuts);
}

// An independent reference: the table of well-formed byte sequences of the
// Unicode standard (Table 3-7), one row per lead-byte range. Returns the index
// of the first byte that cannot belong to a well-formed sequence, or nothing.
// (A sequence cut off by the end is no error yet: the validator, fed a block
// at a time, cannot know either.)
std::optional<std::size_t> reference_first_bad_byte(const std::string& text) {
  struct Row {
    unsigned char lead_low, lead_high, second_low, second_high;
    std::size_t length;
  };
  static const Row rows[] = {
      {0x00, 0x7F, 0, 0, 1},       {0xC2, 0xDF, 0x80, 0xBF, 2}, {0xE0, 0xE0, 0xA0, 0xBF, 3},
      {0xE1, 0xEC, 0x80, 0xBF, 3}, {0xED, 0xED, 0x80, 0x9F, 3}, {0xEE, 0xEF, 0x80, 0xBF, 3},
      {0xF0, 0xF0, 0x90, 0xBF, 4}, {0xF1, 0xF3, 0x80, 0xBF, 4}, {0xF4, 0xF4, 0x80, 0x8F, 4},
  };
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  for (std::size_t i = 0; i < text.size();) {
    const Row* row = nullptr;
    for (const Row& r : rows)
      if (bytes[i] >= r.lead_low && bytes[i] <= r.lead_high) row = &r;
    if (!row) return i;
    for (std::size_t k = 1; k < row->length && i + k < text.size(); ++k) {
      const unsigned char low = k == 1 ? row->second_low : 0x80, high = k == 1 ? row->second_high : 0xBF;
      if (bytes[i + k] < low || bytes[i + k] > high) return i + k;
    }
    i += row->length;
  }
  return std::nullopt;
}

}  // namespace

TEST_CASE("the UTF-8 validator accepts what RFC 3629 allows and nothing else") {
  auto valid = [](std::string s) { return validate_in_pieces(s, {}); };
  CHECK(valid("plain ASCII, long enough for the eight-byte steps: 0123456789"));
  CHECK(
      valid("Kov\xc3\xa1"
            "cs \xc5\x91 \xe2\x82\xac \xf0\x9f\x98\x80 \xf4\x8f\xbf\xbf"));  // á ő € 😀 U+10FFFF
  CHECK_FALSE(valid("\xf5\x9d\x9d\x9d"));                                    // past U+10FFFF: what Xerces lets through
  CHECK_FALSE(valid("\xf4\x90\x80\x80"));                                    // U+110000
  CHECK_FALSE(valid("\xed\xa0\x80"));                                        // a surrogate
  CHECK_FALSE(valid("\xc0\xaf"));                                            // overlong '/'
  CHECK_FALSE(valid("\xe0\x80\xaf"));                                        // overlong, three bytes
  CHECK_FALSE(valid("\xf0\x80\x80\xaf"));                                    // overlong, four bytes
  CHECK_FALSE(valid("\x80"));                                                // a continuation byte alone
  CHECK_FALSE(valid("\xc3("));                                               // a lead byte without its continuation
  CHECK_FALSE(valid("\xff"));
}

TEST_CASE("the UTF-8 validator gives the same answer however the input is cut into blocks", "[property]") {
  rc::prop("it fails in the piece holding the first byte the standard's table rejects", [] {
    // Each unit: an ASCII byte, or a lead byte at an edge of the standard's
    // table followed by zero to three continuation bytes at the edges of
    // theirs, all drawn independently from the bits of one number.
    static const unsigned char leads[] = {0x80, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1,
                                          0xED, 0xEE, 0xF0, 0xF1, 0xF4, 0xF5, 0xF7, 0xFF};
    static const unsigned char continuations[] = {0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0};
    const auto units = *rc::gen::container<std::vector<int>>(rc::gen::inRange(0, 1 << 20));
    const auto cuts = *rc::gen::container<std::vector<std::size_t>>(rc::gen::inRange<std::size_t>(1, 9));
    std::string bytes;
    for (const int unit : units) {
      if ((unit & 1) == 0) {
        bytes += static_cast<char>((unit >> 1) & 0x7F);
        continue;
      }
      bytes += static_cast<char>(leads[(unit >> 1) % 16]);
      for (int k = 0; k < (unit >> 5) % 4; ++k) bytes += static_cast<char>(continuations[(unit >> (7 + 3 * k)) % 8]);
    }
    // Fed one byte at a time, the validator fails at exactly the first bad
    // byte; fed in pieces of 1 to 8 bytes, in the piece that holds it.
    const std::optional<std::size_t> bad = reference_first_bad_byte(bytes);
    const auto one_by_one = failing_piece(bytes, std::vector<std::size_t>(bytes.size(), 1));
    RC_ASSERT(one_by_one.has_value() == bad.has_value());
    if (bad) RC_ASSERT(one_by_one->first == *bad);
    const auto failed = failing_piece(bytes, cuts);
    RC_ASSERT(failed.has_value() == bad.has_value());
    if (bad) RC_ASSERT(failed->first <= *bad && *bad < failed->second);
  });
}

TEST_CASE("the locator names the line and character column where a bad sequence starts") {
  Utf8ErrorLocator checker;
  CHECK_FALSE(
      checker.feed("ok\nKov\xc3\xa1"
                   "cs \xf5\x9d\x9d\x9d"));
  CHECK(checker.position().line == 2);
  CHECK(checker.position().column == 8);  // K o v á c s space, then the bad lead byte
  Utf8ErrorLocator split;
  CHECK(split.feed("a\xe2\x82"));  // a character cut between two blocks
  CHECK_FALSE(split.feed("\xac\xc3("));
  CHECK(split.position().column == 3);
}
