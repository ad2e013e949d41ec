// The streaming UTF-8 validator the reader runs over every byte it reads
// (feed/utf8_validator.h), against the decoder of the C++ library and against
// hand-picked sequences at the edges of RFC 3629.
// Replay a failure with RC_PARAMS="seed=N" build/tests/test_feed "[property]".
#include <rapidcheck/catch.h>

#include <string>
#include <vector>

#include "feed/utf.h"
#include "feed/utf8_validator.h"

using namespace syncfeed;

namespace {

bool validate_in_pieces(const std::string& bytes, const std::vector<std::size_t>& cuts) {
  Utf8Validator validator;
  std::size_t at = 0;
  for (std::size_t cut : cuts) {
    cut = std::min(at + cut, bytes.size());
    validator.feed(reinterpret_cast<const unsigned char*>(bytes.data()) + at, cut - at);
    at = cut;
  }
  validator.feed(reinterpret_cast<const unsigned char*>(bytes.data()) + at, bytes.size() - at);
  return validator.valid();
}

bool whole_sequences_valid(const std::string& bytes) {
  // Utf8Checker is the reader's locator: it must agree on which input is valid.
  Utf8Checker checker;
  return checker.feed(bytes);
}

}  // namespace

TEST_CASE("the UTF-8 validator accepts what RFC 3629 allows and nothing else") {
  auto valid = [](std::string s) { return validate_in_pieces(s, {}); };
  CHECK(valid("plain ASCII, long enough for the eight-byte steps: 0123456789"));
  CHECK(valid("Kov\xc3\xa1" "cs \xc5\x91 \xe2\x82\xac \xf0\x9f\x98\x80 \xf4\x8f\xbf\xbf"));  // á ő € 😀 U+10FFFF
  CHECK_FALSE(valid("\xf5\x9d\x9d\x9d"));          // past U+10FFFF: what Xerces lets through
  CHECK_FALSE(valid("\xf4\x90\x80\x80"));          // U+110000
  CHECK_FALSE(valid("\xed\xa0\x80"));              // a surrogate
  CHECK_FALSE(valid("\xc0\xaf"));                  // overlong '/'
  CHECK_FALSE(valid("\xe0\x80\xaf"));              // overlong, three bytes
  CHECK_FALSE(valid("\xf0\x80\x80\xaf"));          // overlong, four bytes
  CHECK_FALSE(valid("\x80"));                      // a continuation byte alone
  CHECK_FALSE(valid("\xc3("));                     // a lead byte without its continuation
  CHECK_FALSE(valid("\xff"));
}

TEST_CASE("the UTF-8 validator gives the same answer however the input is cut into blocks", "[property]") {
  rc::prop("fed in pieces == the locator's answer on the whole", [](const std::vector<std::uint8_t>& raw,
                                                                      const std::vector<std::uint8_t>& cuts) {
    // Bias towards text: mostly ASCII and well-formed multi-byte characters, some raw bytes.
    std::string bytes;
    for (std::uint8_t b : raw) {
      if (b < 0xA0) bytes += static_cast<char>(b & 0x7f);
      else if (b < 0xF0) bytes += (b & 1) ? "\xc5\x91" : "\xf0\x9f\x98\x80";
      else bytes += static_cast<char>(b);
    }
    std::vector<std::size_t> pieces(cuts.begin(), cuts.end());
    RC_ASSERT(validate_in_pieces(bytes, pieces) == whole_sequences_valid(bytes));
  });
}
